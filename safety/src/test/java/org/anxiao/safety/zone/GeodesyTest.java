package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.guangzhou;
import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** Distances worked outside the library: meridian arcs (Helmert's series) and equatorial arcs (a × Δλ). */
class GeodesyTest {
  private static final double A = 6_378_137.0;
  private static final double TOL = 1e-6;

  @Test
  void alongTheEquatorTheDistanceIsATimesDeltaLambda() {
    // 6378137 × 0.002 × π / 180 = 222.638982 m.
    assertEquals(222.63898158654715, Geodesy.distance(wgs(0, 9.998), wgs(0, 10)), TOL);
    assertEquals(A * Math.toRadians(1), Geodesy.distance(wgs(0, 10), wgs(0, 11)), TOL);
  }

  @Test
  void alongAMeridianTheDistanceIsTheMeridianArc() {
    assertEquals(ZoneFixtures.ARC_150, Geodesy.distance(wgs(23.1, 113.3), wgs(ZoneFixtures.LAT_150, 113.3)), 1e-5);
    assertEquals(ZoneFixtures.ARC_199_9996, Geodesy.distance(wgs(ZoneFixtures.LAT_199_9996, 113.3), wgs(23.1, 113.3)),
        1e-5);
  }

  @Test
  void fromAVenueDueSouthOfTheApexTheDistanceIsTheArc() {
    CampusBoundary campus = guangzhou();
    assertEquals(ZoneFixtures.ARC_150, Geodesy.distanceToBoundary(wgs(ZoneFixtures.LAT_150, 113.3), campus), 1e-5);
    assertEquals(ZoneFixtures.ARC_200_0006, Geodesy.distanceToBoundary(wgs(ZoneFixtures.LAT_200_0006, 113.3), campus),
        1e-5);
    assertEquals(ZoneFixtures.ARC_250, Geodesy.distanceToBoundary(wgs(ZoneFixtures.LAT_250, 113.3), campus), 1e-5);
  }

  @Test
  void fromAVenueDueWestOfAnEquatorialApex() {
    CampusBoundary campus = new CampusBoundary(new Boundary(List.of(wgs(0, 10), wgs(0.001, 10.002), wgs(-0.001, 10.002))));
    assertEquals(222.63898158654715, Geodesy.distanceToBoundary(wgs(0, 9.998), campus), TOL);
  }

  @Test
  void insideAndOnTheBoundaryIsZero() {
    CampusBoundary campus = guangzhou();
    assertEquals(0.0, Geodesy.distanceToBoundary(wgs(23.1015, 113.3), campus));
    assertEquals(0.0, Geodesy.distanceToBoundary(wgs(23.1, 113.3), campus));
    assertEquals(0.0, Geodesy.distanceToBoundary(wgs(23.102, 113.302), campus));
  }

  @Test
  void theFootOnAnEdgeInteriorMatchesADenseSearch() {
    // A venue east of the east edge: the nearest point lies inside the edge, not at a vertex. A search over
    // 20 001 points of the edge (each 0.015 m apart) bounds the minimum from above; the golden-section
    // result must lie at or below it and within the sampling error (≤ spacing² / (2 d) + 1e-6).
    CampusBoundary campus = guangzhou();
    GeoPoint venue = wgs(23.1008, 113.3025);
    double lib = Geodesy.distanceToBoundary(venue, campus);
    net.sf.geographiclib.GeodesicLine line = net.sf.geographiclib.Geodesic.WGS84.InverseLine(23.1, 113.3, 23.102,
        113.302);
    double best = Double.POSITIVE_INFINITY;
    int n = 20_000;
    for (int i = 0; i <= n; i++) {
      net.sf.geographiclib.GeodesicData q = line.Position(line.Distance() * i / n);
      best = Math.min(best, net.sf.geographiclib.Geodesic.WGS84.Inverse(23.1008, 113.3025, q.lat2, q.lon2).s12);
    }
    double spacing = line.Distance() / n;
    assertEquals(best, lib, spacing * spacing / (2 * best) + 1e-6);
    assertEquals(true, lib <= best + 1e-9);
  }

  @Test
  void pointsInOtherSystemsAreConvertedFirst() {
    // The GCJ-02 point of WGS-84 (LAT_180, 113.3), worked with the published forward transform.
    GeoPoint gcj = new GeoPoint(23.0957255107, 113.3053727896, CoordinateSystem.GCJ02);
    assertEquals(ZoneFixtures.ARC_180, Geodesy.distanceToBoundary(gcj, guangzhou()), 1e-4);
    assertEquals(0, Geodesy.distance(gcj, wgs(ZoneFixtures.LAT_180, 113.3)), 1e-4);
    GeoPoint bd = new GeoPoint(23.1025304776, 113.3118598383, CoordinateSystem.BD09);
    assertEquals(ZoneFixtures.ARC_100, Geodesy.distanceToBoundary(bd, guangzhou()), 1e-4);
  }

  @Test
  void nullsAreNamed() {
    assertThrows(MissingValueException.class, () -> Geodesy.distance(null, wgs(0, 0)));
    assertThrows(MissingValueException.class, () -> Geodesy.distance(wgs(0, 0), null));
    assertThrows(MissingValueException.class, () -> Geodesy.distanceToBoundary(null, guangzhou()));
    assertThrows(MissingValueException.class, () -> Geodesy.distanceToBoundary(wgs(0, 0), null));
  }
}
