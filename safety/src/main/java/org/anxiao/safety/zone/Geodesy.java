package org.anxiao.safety.zone;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.GeodesicData;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.internal.Require;

/**
 * Geodesic distances on the WGS-84 ellipsoid (大地线距离), with GeographicLib (C. F. F. Karney,
 * "Algorithms for geodesics", J. Geodesy 87 (2013) 43–55): point to point accurate to about 15 nm.
 * Every point is first converted to WGS-84 ({@link Coordinates}), so points given in GCJ-02 or BD-09
 * are measured where they really are.
 *
 * <p>Point to campus boundary: 0 when the point is inside or on the boundary ({@link
 * CampusBoundary#contains(GeoPoint)}); otherwise the minimum over the edges of the distance from the
 * point to the geodesic segment. On each edge the foot is found by golden-section search along the
 * geodesic (GeographicLib's {@code GeodesicLine}) until the bracket is shorter than {@value
 * #EDGE_TOLERANCE_METRES} m, at most {@value #MAX_STEPS} steps: the distance to a segment is unimodal
 * along it, so the result is within 1e-6 m of the true minimum (the error is at most the bracket where
 * the point nearly touches the edge and far smaller elsewhere, the minimum being flat) — far inside
 * the millimetre to which {@link SafetyZones} reports distances.
 *
 * <p>Stateless and thread-safe.
 */
public final class Geodesy {
  /** The golden-section search along an edge stops when the bracket is shorter than this, metres. */
  public static final double EDGE_TOLERANCE_METRES = 1e-7;
  /** The most golden-section steps per edge (enough for an edge of 10 000 km to 1e-7 m). */
  public static final int MAX_STEPS = 120;
  private static final double INVERSE_GOLDEN = (Math.sqrt(5) - 1) / 2;
  private static final Geodesic WGS84 = Geodesic.WGS84;

  private Geodesy() {}

  /**
   * {@return the geodesic distance between {@code a} and {@code b}, metres, on the WGS-84 ellipsoid}
   * Symmetric: {@code distance(a, b) == distance(b, a)} to GeographicLib's accuracy.
   *
   * @param a a point in any coordinate system
   * @param b a point in any coordinate system
   */
  public static double distance(GeoPoint a, GeoPoint b) {
    GeoPoint p = Coordinates.toWgs84(Require.nonNull("a", a));
    GeoPoint q = Coordinates.toWgs84(Require.nonNull("b", b));
    return WGS84.Inverse(p.latitude(), p.longitude(), q.latitude(), q.longitude(), GeodesicMask.DISTANCE).s12;
  }

  /**
   * {@return the geodesic distance from {@code point} to {@code boundary}, metres: 0 inside or on it,
   * otherwise the distance to the nearest point of the boundary}
   *
   * @param point    a point in any coordinate system
   * @param boundary the campus boundary
   */
  public static double distanceToBoundary(GeoPoint point, CampusBoundary boundary) {
    Require.nonNull("point", point);
    Require.nonNull("boundary", boundary);
    if (boundary.contains(point)) {
      return 0;
    }
    GeoPoint p = Coordinates.toWgs84(point);
    List<GeoPoint> ring = boundary.wgs84Vertices();
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < ring.size(); i++) {
      best = Math.min(best, toSegment(p, ring.get(i), ring.get((i + 1) % ring.size())));
    }
    return best;
  }

  /** The distance from p to the geodesic segment ab (all WGS-84), by golden-section search. */
  static double toSegment(GeoPoint p, GeoPoint a, GeoPoint b) {
    GeodesicLine line = WGS84.InverseLine(a.latitude(), a.longitude(), b.latitude(), b.longitude(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    double lo = 0;
    double hi = line.Distance();
    double x1 = hi - INVERSE_GOLDEN * (hi - lo);
    double x2 = lo + INVERSE_GOLDEN * (hi - lo);
    double f1 = along(p, line, x1);
    double f2 = along(p, line, x2);
    for (int step = 0; step < MAX_STEPS && hi - lo > EDGE_TOLERANCE_METRES; step++) {
      if (f1 <= f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - INVERSE_GOLDEN * (hi - lo);
        f1 = along(p, line, x1);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + INVERSE_GOLDEN * (hi - lo);
        f2 = along(p, line, x2);
      }
    }
    double ends = Math.min(along(p, line, 0), along(p, line, line.Distance()));
    return Math.min(Math.min(f1, f2), ends);
  }

  private static double along(GeoPoint p, GeodesicLine line, double s) {
    GeodesicData q = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return WGS84.Inverse(p.latitude(), p.longitude(), q.lat2, q.lon2, GeodesicMask.DISTANCE).s12;
  }
}
