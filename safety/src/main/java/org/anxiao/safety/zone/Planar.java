package org.anxiao.safety.zone;

/**
 * Plane geometry on a gnomonic projection of a campus ring: segment intersection and the
 * inside test. Package-private helper of {@link CampusBoundary}; stateless.
 */
final class Planar {
  private Planar() {}

  /**
   * Two edges closer than this on the gnomonic plane, metres, touch: a ring whose edges come within a
   * millimetre of each other is taken to touch itself (exact collinearity is meaningless on a projection).
   */
  static final double TOUCH_METRES = 1e-3;

  /**
   * {@return whether edges {@code i} and {@code k} (i &lt; k) of an n-ring conflict: non-adjacent edges
   * that cross or come within {@value #TOUCH_METRES} m, or adjacent edges that fold back onto each other
   * (the far end of one within {@value #TOUCH_METRES} m of the other)}
   */
  static boolean edgesConflict(double[][] p, int n, int i, int k) {
    double[] a = p[i];
    double[] b = p[(i + 1) % n];
    double[] c = p[k];
    double[] d = p[(k + 1) % n];
    boolean adjacent = k == i + 1 || (i == 0 && k == n - 1);
    if (!adjacent) {
      return segmentsCross(a, b, c, d) || Math.min(Math.min(toSegment(a, c, d), toSegment(b, c, d)),
          Math.min(toSegment(c, a, b), toSegment(d, a, b))) <= TOUCH_METRES;
    }
    // Adjacent: they share one vertex; they conflict when one's far end lies on the other.
    double[] shared = k == i + 1 ? b : a;
    double[] other1 = k == i + 1 ? a : b;
    double[] other2 = k == i + 1 ? d : c;
    return toSegment(other1, shared, other2) <= TOUCH_METRES || toSegment(other2, shared, other1) <= TOUCH_METRES;
  }

  /** {@return whether segments ab and cd cross properly (each one's ends strictly on both sides of the other)} */
  static boolean segmentsCross(double[] a, double[] b, double[] c, double[] d) {
    double d1 = cross(c, d, a);
    double d2 = cross(c, d, b);
    double d3 = cross(a, b, c);
    double d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  /** {@return the distance from q to the segment ab on the plane} */
  static double toSegment(double[] q, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(q[0] - (a[0] + t * dx), q[1] - (a[1] + t * dy));
  }

  /** {@return whether the origin lies inside the ring or on an edge (even–odd rule)} */
  static boolean containsOrigin(double[][] p) {
    int n = p.length;
    boolean inside = false;
    double[] origin = {0, 0};
    for (int i = 0, j = n - 1; i < n; j = i++) {
      if (toSegment(origin, p[j], p[i]) <= TOUCH_METRES) {
        return true; // on the boundary, to the millimetre
      }
      if ((p[i][1] > 0) != (p[j][1] > 0)) {
        double x = p[j][0] + (0 - p[j][1]) * (p[i][0] - p[j][0]) / (p[i][1] - p[j][1]);
        if (x > 0) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  /** (b − o) × (c − o). */
  private static double cross(double[] o, double[] b, double[] c) {
    return (b[0] - o[0]) * (c[1] - o[1]) - (b[1] - o[1]) * (c[0] - o[0]);
  }
}
