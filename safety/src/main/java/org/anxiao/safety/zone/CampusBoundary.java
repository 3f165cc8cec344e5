package org.anxiao.safety.zone;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.internal.Require;

/**
 * A campus boundary (校园边界) fit for the safety-zone check: core's {@link Boundary} (at least three
 * distinct vertices, one coordinate system) that is moreover a <b>simple</b> polygon — no edge of zero
 * length, no two edges crossing or touching except adjacent edges at their shared vertex ("touching"
 * meaning closer than 1 mm, so that a vertex set on another edge counts however the projection rounds
 * it) — and no
 * wider than {@value #MAX_EXTENT_DEGREES}° in latitude or longitude (a campus, not a province: the
 * inside test and the simplicity test project the ring on a gnomonic plane, where geodesics are
 * straight lines, which holds to well under a millimetre at campus scale).
 *
 * <p>Core's {@code Boundary} does not check simplicity; this record does, at construction. Immutable
 * and thread-safe.
 *
 * @param boundary the boundary, in any coordinate system (converted to WGS-84 for measuring)
 */
public record CampusBoundary(Boundary boundary) {
  /** The most vertices a campus boundary may have (the simplicity test is quadratic). */
  public static final int MAX_VERTICES = 4096;
  /** The widest a campus boundary may be, in degrees of latitude or longitude (≈ 100 km). */
  public static final double MAX_EXTENT_DEGREES = 1.0;

  /**
   * Creates the record after checking that the boundary is a simple polygon of campus size.
   *
   * @param boundary the boundary
   * @throws org.anxiao.core.error.MissingValueException when {@code boundary} is null
   * @throws InvalidValueException naming {@code boundary.vertices} (with the vertex or edge index) when
   *     the ring has too many vertices, is too wide, has a zero-length edge, or intersects itself
   */
  public CampusBoundary {
    Require.nonNull("boundary", boundary);
    List<GeoPoint> ring = wgs84(boundary);
    int n = ring.size();
    Require.that(n <= MAX_VERTICES, "boundary.vertices", n, "a campus boundary has at most " + MAX_VERTICES
        + " vertices");
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (GeoPoint p : ring) {
      minLat = Math.min(minLat, p.latitude());
      maxLat = Math.max(maxLat, p.latitude());
      minLon = Math.min(minLon, p.longitude());
      maxLon = Math.max(maxLon, p.longitude());
    }
    double extent = Math.max(maxLat - minLat, maxLon - minLon);
    Require.that(extent <= MAX_EXTENT_DEGREES, "boundary.vertices", extent,
        "a campus boundary spans at most " + MAX_EXTENT_DEGREES + " degrees of latitude or longitude");
    double[][] plane = project(ring, ring.get(0));
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      if (Math.hypot(plane[i][0] - plane[j][0], plane[i][1] - plane[j][1]) <= Planar.TOUCH_METRES) {
        throw new InvalidValueException("boundary.vertices[" + j + "]", boundary.vertices().get(j),
            "repeats vertex " + i + ": an edge of zero length");
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = i + 1; k < n; k++) {
        if (Planar.edgesConflict(plane, n, i, k)) {
          throw new InvalidValueException("boundary.vertices", "edges " + i + " and " + k,
              "the boundary intersects itself: edge " + i + " (vertices " + i + "–" + (i + 1) % n + ") and edge " + k
                  + " (vertices " + k + "–" + (k + 1) % n + ") cross or touch");
        }
      }
    }
  }

  /** {@return the vertices in WGS-84, in order} */
  public List<GeoPoint> wgs84Vertices() {
    return wgs84(boundary);
  }

  /**
   * {@return whether {@code point} lies inside the boundary or on it (within 1 mm of an edge counts as on
   * it)}
   *
   * @param point a point in any coordinate system (converted to WGS-84)
   */
  public boolean contains(GeoPoint point) {
    GeoPoint p = Coordinates.toWgs84(Require.nonNull("point", point));
    List<GeoPoint> ring = wgs84Vertices();
    double[][] plane = project(ring, p);
    for (double[] xy : plane) {
      if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
        return false; // a vertex more than 90° away: the point is far from this small campus
      }
    }
    return Planar.containsOrigin(plane);
  }

  private static List<GeoPoint> wgs84(Boundary boundary) {
    List<GeoPoint> out = new ArrayList<>(boundary.vertices().size());
    for (GeoPoint v : boundary.vertices()) {
      out.add(Coordinates.toWgs84(v));
    }
    return out;
  }

  /** The ring on the ellipsoidal gnomonic plane centred at {@code centre}, metres. */
  private static double[][] project(List<GeoPoint> ring, GeoPoint centre) {
    Gnomonic gnomonic = new Gnomonic(Geodesic.WGS84);
    double[][] out = new double[ring.size()][];
    for (int i = 0; i < ring.size(); i++) {
      GnomonicData d = gnomonic.Forward(centre.latitude(), centre.longitude(), ring.get(i).latitude(),
          ring.get(i).longitude());
      out[i] = new double[] {d.x, d.y};
    }
    return out;
  }
}
