package org.anxiao.safety.zone;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * Shared fixtures. The campus triangle has its apex to the south at (φ0, λ0) and its other vertices at
 * (φ0 + 0.002, λ0 ± 0.002): a venue due south of the apex is nearest the apex, so its distance is the
 * meridian arc M(φ0) − M(φ), worked outside the library with Helmert's series for WGS-84 (a = 6 378 137
 * m, f = 1/298.257223563, n = f/(2 − f)) and checked by Simpson's rule with 20 000 steps.
 */
final class ZoneFixtures {
  /** Meridian arcs from (23.1°, 113.3°) southward: latitude → metres (Helmert's series). */
  static final double LAT_150 = 23.0986455401; // M(23.1) − M(LAT_150) = 150.00020 m
  static final double LAT_199_9996 = 23.0981940595; // 199.99960 m
  static final double LAT_200_0006 = 23.0981940504; // 200.00060 m
  static final double LAT_250 = 23.0977425670; // 250.00031 m
  static final double LAT_100 = 23.0990970262; // 100.00020 m
  static final double LAT_180 = 23.0983746485; // 180.00020 m
  /** Metres, as worked. */
  static final double ARC_150 = 150.00020;
  static final double ARC_199_9996 = 199.99960;
  static final double ARC_200_0006 = 200.00060;
  static final double ARC_250 = 250.00031;
  static final double ARC_100 = 100.00020;
  static final double ARC_180 = 180.00020;

  private ZoneFixtures() {}

  static GeoPoint wgs(double lat, double lon) {
    return new GeoPoint(lat, lon, CoordinateSystem.WGS84);
  }

  static CampusBoundary triangle(double lat0, double lon0) {
    return new CampusBoundary(new Boundary(List.of(wgs(lat0, lon0), wgs(lat0 + 0.002, lon0 + 0.002),
        wgs(lat0 + 0.002, lon0 - 0.002))));
  }

  /** The Guangzhou campus triangle, apex (23.1, 113.3). */
  static CampusBoundary guangzhou() {
    return triangle(23.1, 113.3);
  }

  static RuleContext context(String jurisdiction, String date) {
    return RuleContext.of(RulePackRegistry.standard(), JurisdictionCode.of(jurisdiction), LocalDate.parse(date));
  }

  static RuleContext context(String jurisdiction, String date, VerificationPolicy policy) {
    return context(jurisdiction, date).withPolicy(policy);
  }
}
