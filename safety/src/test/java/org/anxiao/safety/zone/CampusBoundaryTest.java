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
}
