package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.guangzhou;
import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** Simplicity, size and the inside test of a campus boundary. */
class CampusBoundaryTest {
  private static CampusBoundary of(GeoPoint... vertices) {
    return new CampusBoundary(new Boundary(List.of(vertices)));
  }

  private static String refused(GeoPoint... vertices) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> of(vertices));
    assertTrue(e.getMessage().contains("boundary.vertices"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void aSquareAndAConcavePolygonAreSimple() {
    of(wgs(31, 121), wgs(31, 121.002), wgs(31.002, 121.002), wgs(31.002, 121));
    // An L-shape (concave).
    CampusBoundary l = of(wgs(31, 121), wgs(31, 121.002), wgs(31.001, 121.002), wgs(31.001, 121.001),
        wgs(31.002, 121.001), wgs(31.002, 121));
    assertTrue(l.contains(wgs(31.0015, 121.0005)));
    assertFalse(l.contains(wgs(31.0015, 121.0015)), "the notch of the L is outside");
  }

  @Test
  void aBowTieIsRefused() {
    String m = refused(wgs(23.1, 113.3), wgs(23.102, 113.302), wgs(23.1, 113.302), wgs(23.102, 113.3));
    assertTrue(m.contains("edges 0 and 2"), m);
  }

  @Test
  void aRingThroughOnePointTwiceIsRefused() {
    String m = refused(wgs(23.1, 113.3), wgs(23.101, 113.3), wgs(23.102, 113.301), wgs(23.102, 113.299),
        wgs(23.101, 113.3), wgs(23.1, 113.302));
    assertTrue(m.contains("intersects itself"), m);
  }

  @Test
  void aVertexOnAnotherEdgeIsRefused() {
    // Vertex 3 is the geodesic midpoint of edge 1, (31, 121.002)–(31.002, 121): the ring touches itself there.
    net.sf.geographiclib.GeodesicLine edge = net.sf.geographiclib.Geodesic.WGS84.InverseLine(31, 121.002, 31.002, 121);
    net.sf.geographiclib.GeodesicData mid = edge.Position(edge.Distance() / 2);
    String m = refused(wgs(31, 121), wgs(31, 121.002), wgs(31.002, 121), wgs(mid.lat2, mid.lon2),
        wgs(31.0005, 120.999));
    assertTrue(m.contains("intersects itself"), m);
    // Poking through the edge by 0.0001° (about 10 m) is a crossing.
    refused(wgs(31, 121), wgs(31, 121.002), wgs(31.002, 121), wgs(31.001, 121.0011), wgs(31.0005, 120.999));
    // Stopping 0.0001° short of it is simple.
    of(wgs(31, 121), wgs(31, 121.002), wgs(31.002, 121), wgs(31.001, 121.0009), wgs(31.0005, 120.999));
  }

  @Test
  void anEdgeThatFoldsBackIsRefused() {
    // Edge 1 runs back along edge 0: (31, 121) → (31, 121.002) → (31, 121.001) → (31.001, 121.001).
    String m = refused(wgs(31, 121), wgs(31, 121.002), wgs(31, 121.001), wgs(31.001, 121.001));
    assertTrue(m.contains("edge 0") || m.contains("edges 0"), m);
    // Edge 1 runs back past the start of edge 0: (31, 121.001) → (31, 121.002) → (31, 121) → (31.001, 121).
    refused(wgs(31, 121.001), wgs(31, 121.002), wgs(31, 121), wgs(31.001, 121));
    // The closing edge folding back onto the first: (31, 121.001) → (31, 121) and (31, 121) → (31, 121.002).
    refused(wgs(31, 121), wgs(31, 121.002), wgs(31.001, 121.003), wgs(31, 121.001));
  }

  @Test
  void aRepeatedConsecutiveVertexIsAZeroLengthEdge() {
    String m = refused(wgs(31, 121), wgs(31, 121), wgs(31, 121.002), wgs(31.002, 121.002));
    assertTrue(m.contains("boundary.vertices[1]") && m.contains("zero length"), m);
  }

  @Test
  void theExtentLimitIsInclusive() {
    // Exactly 1° of latitude is allowed; a hair more is not.
    of(wgs(23, 113), wgs(23, 113.01), wgs(24, 113.005));
    String m = refused(wgs(23, 113), wgs(23, 113.01), wgs(24.000001, 113.005));
    assertTrue(m.contains("at most 1.0 degrees"), m);
    of(wgs(23, 113), wgs(23.01, 114), wgs(23.02, 113.5));
    refused(wgs(23, 113), wgs(23.01, 114.000001), wgs(23.02, 113.5));
  }

  @Test
  void theVertexLimitIsInclusive() {
    of(circle(CampusBoundary.MAX_VERTICES).toArray(GeoPoint[]::new));
    String m = refused(circle(CampusBoundary.MAX_VERTICES + 1).toArray(GeoPoint[]::new));
    assertTrue(m.contains("at most " + CampusBoundary.MAX_VERTICES), m);
  }

  private static List<GeoPoint> circle(int n) {
    List<GeoPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = 2 * Math.PI * i / n;
      out.add(wgs(31 + 0.01 * Math.sin(t), 121 + 0.01 * Math.cos(t)));
    }
    return out;
  }

  @Test
  void containsInsideOnEdgeOnVertexAndOutside() {
    CampusBoundary campus = guangzhou();
    assertTrue(campus.contains(wgs(23.1015, 113.3)));
    assertTrue(campus.contains(wgs(23.1, 113.3)), "a vertex");
    assertTrue(campus.contains(wgs(23.102, 113.3)), "on the north edge's midpoint (a geodesic there bulges north)");
    assertFalse(campus.contains(wgs(23.0999, 113.3)), "just south of the apex");
    assertFalse(campus.contains(wgs(23.1021, 113.3)), "north of the north edge");
    assertFalse(campus.contains(wgs(23.101, 113.3015)), "east of the east edge");
    assertFalse(campus.contains(wgs(-23.1, -66.7)), "the antipode: more than 90° away");
  }

  @Test
  void aBoundaryInAnotherSystemIsMeasuredInWgs84() {
    CampusBoundary campus = new CampusBoundary(new Boundary(List.of(
        Coordinates.convert(wgs(23.1, 113.3), CoordinateSystem.GCJ02),
        Coordinates.convert(wgs(23.102, 113.302), CoordinateSystem.GCJ02),
        Coordinates.convert(wgs(23.102, 113.298), CoordinateSystem.GCJ02))));
    assertEquals(CoordinateSystem.WGS84, campus.wgs84Vertices().get(0).system());
    assertEquals(23.1, campus.wgs84Vertices().get(0).latitude(), 1e-9);
    assertTrue(campus.contains(wgs(23.1015, 113.3)));
    assertFalse(campus.contains(new GeoPoint(23.1015, 113.3, CoordinateSystem.GCJ02)), "the same numbers in GCJ-02 are"
        + " some 600 m away");
  }

  @Test
  void nullsAreNamed() {
    assertThrows(MissingValueException.class, () -> new CampusBoundary(null));
    assertThrows(MissingValueException.class, () -> guangzhou().contains(null));
  }

  @Test
  void theSelfIntersectionMessageNamesBothEdgesAndTheirVertices() {
    String m = refused(wgs(23.1, 113.3), wgs(23.102, 113.302), wgs(23.1, 113.302), wgs(23.102, 113.3));
    assertTrue(m.contains("edge 0 (vertices 0–1) and edge 2 (vertices 2–3)"), m);
  }

  // Planar, on the gnomonic plane (metres); every figure below is exact in binary or worked by hand.

  @Test
  void planarNonAdjacentEdgesConflictAtExactlyTheTouchDistance() {
    // Edge 0 (0,0)–(1,0); edge 2 starts at (0.5, 0.001), 1 mm straight above the middle of edge 0.
    double[][] touching = {{0, 0}, {1, 0}, {0.5, 0.001}, {0.5, 5}};
    assertTrue(Planar.edgesConflict(touching, 4, 0, 2));
    double[][] clear = {{0, 0}, {1, 0}, {0.5, 0.0011}, {0.5, 5}};
    assertFalse(Planar.edgesConflict(clear, 4, 0, 2));
  }

  @Test
  void planarAdjacentEdgesConflictWhenAFarEndIsExactlyTheTouchDistanceFromTheOther() {
    // Edges 0 (a–b) and 1 (b–d) share b = (0,0). Far end a 1 mm above the middle of b–d = (0,0)–(1,0).
    assertTrue(Planar.edgesConflict(new double[][] {{0.5, 0.001}, {0, 0}, {1, 0}}, 3, 0, 1));
    // Far end d 1 mm above the middle of b–a = (0,0)–(1,0).
    assertTrue(Planar.edgesConflict(new double[][] {{1, 0}, {0, 0}, {0.5, 0.001}}, 3, 0, 1));
    assertFalse(Planar.edgesConflict(new double[][] {{0.5, 0.0011}, {0, 0}, {1, 0}}, 3, 0, 1));
    assertFalse(Planar.edgesConflict(new double[][] {{1, 0}, {0, 0}, {0.5, 0.0011}}, 3, 0, 1));
  }

  @Test
  void planarSegmentsCrossOnlyProperly() {
    double[] p = {0, 0};
    double[] q = {2, 0};
    double[] mid = {1, 0};
    // A T-junction: one end of the stem on the bar, the stem above or below; every orientation and both roles.
    for (double[] foot : new double[][] {{1, 1}, {1, -1}}) {
      double[][][] bars = {{p, q}, {q, p}};
      double[][][] stems = {{mid, foot}, {foot, mid}};
      for (double[][] bar : bars) {
        for (double[][] stem : stems) {
          assertFalse(Planar.segmentsCross(bar[0], bar[1], stem[0], stem[1]));
          assertFalse(Planar.segmentsCross(stem[0], stem[1], bar[0], bar[1]));
        }
      }
    }
    // A proper crossing, every orientation, is a crossing.
    double[] up = {1, -1};
    double[] down = {1, 1};
    assertTrue(Planar.segmentsCross(p, q, up, down));
    assertTrue(Planar.segmentsCross(q, p, up, down));
    assertTrue(Planar.segmentsCross(p, q, down, up));
    assertTrue(Planar.segmentsCross(q, p, down, up));
    assertTrue(Planar.segmentsCross(up, down, p, q));
    // Disjoint and parallel segments do not.
    assertFalse(Planar.segmentsCross(p, q, new double[] {0, 1}, new double[] {2, 1}));
    assertFalse(Planar.segmentsCross(p, q, new double[] {3, -1}, new double[] {3, 1}));
  }

  @Test
  void planarDistanceToASegment() {
    double[] a = {1, 2};
    double[] b = {4, 6};
    // ab = (3, 4), |ab| = 5. q = (5, 1): t = ((4)(3) + (−1)(4)) / 25 = 0.32, foot (1.96, 3.28),
    // distance √(3.04² + 2.28²) = 3.8 (= |(q − a) × ab| / 5 = 19 / 5).
    assertEquals(3.8, Planar.toSegment(new double[] {5, 1}, a, b), 1e-12);
    // Beyond either end the distance is to that end: (−2, −2) is 5 from a, (8, 9) is 5 from b.
    assertEquals(5.0, Planar.toSegment(new double[] {-2, -2}, a, b), 1e-12);
    assertEquals(5.0, Planar.toSegment(new double[] {8, 9}, a, b), 1e-12);
    // A zero-length segment is its point: (4, 6) is 5 from (1, 2).
    assertEquals(5.0, Planar.toSegment(b, a, a), 1e-12);
  }

  @Test
  void planarOriginExactlyTheTouchDistanceFromAnEdgeIsOnTheBoundary() {
    // The bottom edge (−1, 0.001)–(1, 0.001) passes 1 mm above the origin, which is otherwise outside.
    assertTrue(Planar.containsOrigin(new double[][] {{-1, 0.001}, {1, 0.001}, {1, 2}, {-1, 2}}));
    assertFalse(Planar.containsOrigin(new double[][] {{-1, 0.0011}, {1, 0.0011}, {1, 2}, {-1, 2}}));
  }
}
