package org.anxiao.safety.zone;

/**
 * The published GCJ-02 and BD-09 transforms, in one place, with their constants. Package-private:
 * {@link Coordinates} is the public door.
 *
 * <p>These constants are kept in code, not in a rule pack, on purpose: they do not vary by
 * jurisdiction or date and are not a rule anybody may choose — they <em>define</em> the GCJ-02 and
 * BD-09 systems as the map services implement them. A pack could be pinned or overridden, and a
 * different constant would not give "another rule" but wrong coordinates still tagged GCJ-02.
 *
 * <p>WGS-84 → GCJ-02 (国测局加偏, the transform in common use, as in the open-source {@code
 * eviltransform} / {@code coordtransform} libraries): the offset polynomials below in (λ − 105°,
 * φ − 35°), scaled to degrees on Krasovsky's ellipsoid, a = 6 378 245 m and e² =
 * 0.00669342162296594323 (some libraries silently use WGS-84's a = 6 378 137 m, about 1 cm apart).
 * Outside China (the usual bounding box: longitude outside 72.004°–137.8347° or latitude outside
 * 0.8293°–55.8271°) GCJ-02 equals WGS-84.
 *
 * <p>GCJ-02 → BD-09 (百度加偏): with x_π = π × 3000 / 180 (a library that drops the × 3000 / 180 moves
 * BD-09 points by up to about 90 m, 29 m on average, over mainland China — worked from the formulas), z = √(x² + y²) + 0.00002 sin(y x_π), θ = atan2(y, x) + 0.000003 cos(x x_π),
 * BD-09 = (z cos θ + 0.0065, z sin θ + 0.006) with x the longitude and y the latitude.
 */
final class ChinaOffsets {
  /** Krasovsky 1940 semi-major axis, metres, as the GCJ-02 transform uses it. */
  static final double KRASOVSKY_A = 6_378_245.0;
  /**
   * Krasovsky 1940 first eccentricity squared, as the GCJ-02 transform uses it: published as
   * 0.00669342162296594323, here the nearest double (the last three digits are below double precision).
   */
  static final double KRASOVSKY_E2 = 0.006693421622965943;
  /** x_π = π × 3000 / 180, the BD-09 angle scale. */
  static final double X_PI = Math.PI * 3000.0 / 180.0;
  /** The bounding box outside which GCJ-02 equals WGS-84: west, east, south, north, degrees. */
  static final double WEST = 72.004;
  static final double EAST = 137.8347;
  static final double SOUTH = 0.8293;
  static final double NORTH = 55.8271;
  /** BD-09 offsets, degrees. */
  static final double BD_DX = 0.0065;
  static final double BD_DY = 0.006;
  static final double BD_DZ = 0.00002;
  static final double BD_DTHETA = 0.000003;

  private ChinaOffsets() {}

  /** {@return whether (latitude, longitude) is outside the GCJ-02 bounding box} */
  static boolean outsideChina(double latitude, double longitude) {
    return longitude < WEST || longitude > EAST || latitude < SOUTH || latitude > NORTH;
  }

  /** {@return WGS-84 (latitude, longitude) → GCJ-02, as {latitude, longitude}} */
  static double[] wgsToGcj(double latitude, double longitude) {
    if (outsideChina(latitude, longitude)) {
      return new double[] {latitude, longitude};
    }
    double x = longitude - 105.0;
    double y = latitude - 35.0;
    double dLat = offsetLatitude(x, y);
    double dLon = offsetLongitude(x, y);
    double radLat = latitude / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - KRASOVSKY_E2 * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_E2)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {latitude + dLat, longitude + dLon};
  }

  /** {@return GCJ-02 (latitude, longitude) → BD-09, as {latitude, longitude}} */
  static double[] gcjToBd(double latitude, double longitude) {
    double x = longitude;
    double y = latitude;
    double z = Math.sqrt(x * x + y * y) + BD_DZ * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) + BD_DTHETA * Math.cos(x * X_PI);
    return new double[] {z * Math.sin(theta) + BD_DY, z * Math.cos(theta) + BD_DX};
  }

  /** {@return the one-step BD-09 → GCJ-02 approximation, the iteration's start} */
  static double[] bdToGcjFirstGuess(double latitude, double longitude) {
    double x = longitude - BD_DX;
    double y = latitude - BD_DY;
    double z = Math.sqrt(x * x + y * y) - BD_DZ * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - BD_DTHETA * Math.cos(x * X_PI);
    return new double[] {z * Math.sin(theta), z * Math.cos(theta)};
  }

  private static double offsetLatitude(double x, double y) {
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double offsetLongitude(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
