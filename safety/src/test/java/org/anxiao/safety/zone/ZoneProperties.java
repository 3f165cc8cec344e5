package org.anxiao.safety.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.anxiao.safety.zone.ZoneFixtures.guangzhou;
import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.anxiao.core.geo.GeoPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.ZoneGenerators;
import org.junit.jupiter.api.Test;

/** Distances: non-negative, 0 inside, symmetric point to point, bounded by the vertices. */
class ZoneProperties {
  private static final CampusBoundary CAMPUS = guangzhou();

  @Test
  void pointToPointIsSymmetricAndNonNegative() {
    qt().withExamples(200).forAll(doubles().between(18.0, 53.0), doubles().between(74.0, 134.0),
        doubles().between(-0.05, 0.05), doubles().between(-0.05, 0.05)).check((lat, lon, dLat, dLon) -> {
          GeoPoint a = wgs(lat, lon);
          GeoPoint b = wgs(lat + dLat, lon + dLon);
          double ab = Geodesy.distance(a, b);
          return ab >= 0 && Math.abs(ab - Geodesy.distance(b, a)) <= 1e-7;
        });
  }

  @Test
  void zeroInsideTheCampus() {
    // Convex combinations of the triangle's vertices with every weight at least 0.05 (u, v ≤ 0.45, so 1 − u − v ≥ 0.1) lie well inside.
    qt().withExamples(200).forAll(doubles().between(0.05, 0.45), doubles().between(0.05, 0.45)).check((u, v) -> {
          double w = 1 - u - v;
          GeoPoint p = wgs(23.1 * w + 23.102 * u + 23.102 * v, 113.3 * w + 113.302 * u + 113.298 * v);
          return CAMPUS.contains(p) && Geodesy.distanceToBoundary(p, CAMPUS) == 0;
        });
  }

  @Test
  void outsideTheDistanceIsPositiveAndAtMostTheNearestVertex() {
    qt().withExamples(200).forAll(doubles().between(23.09, 23.112), doubles().between(113.29, 113.31)).check((lat,
        lon) -> {
      GeoPoint p = wgs(lat, lon);
      double d = Geodesy.distanceToBoundary(p, CAMPUS);
      if (CAMPUS.contains(p)) {
        return d == 0;
      }
      double nearestVertex = CAMPUS.wgs84Vertices().stream().mapToDouble(v -> Geodesy.distance(p, v)).min()
          .orElseThrow();
      return d > 0 && d <= nearestVertex + 1e-6; // GeographicLib's ~15 nm, the edge search's 1e-6 m
    });
  }

  @Test
  void aRestrictedVenueIsInsideExactlyWhenItsDistanceIsAtMostTheRadius() {
    JurisdictionCode cn = JurisdictionCode.CN;
    SafetyZones zones = SafetyZones.in(RuleContext.standard(cn, ZoneGenerators.DATE));
    Map<VenueCategory, BigDecimal> radii = ZoneGenerators.radii(cn);
    assertEquals(0, new BigDecimal("200").compareTo(radii.get(VenueCategory.INTERNET_CAFE)), "the 200 m rule");
    qt().withExamples(150).forAll(ZoneGenerators.campuses().flatMap(b -> ZoneGenerators.venues(b, cn)
        .map(v -> new Object[] {b, v}))).checkAssert(pair -> {
          CampusBoundary b = (CampusBoundary) pair[0];
          Venue v = (Venue) pair[1];
          VenueDistance d = zones.check(Subject.of(SubjectKind.OTHER, "kit"), b, List.of(v)).venues().get(0);
          BigDecimal r = radii.get(v.category());
          VenueStatus expected = r == null ? VenueStatus.NOT_RESTRICTED
              : d.distance().compareTo(r) <= 0 ? VenueStatus.INSIDE_ZONE : VenueStatus.OUTSIDE_ZONE;
          assertEquals(expected, d.status(), () -> v + " at " + d.distance());
        });
  }

  @Test
  void coordinatesOutOfRangeAreRefusedNamingTheAxis() {
    Laws.standard().withExamples(100).rejects(ZoneGenerators.invalidPoints());
  }
}
