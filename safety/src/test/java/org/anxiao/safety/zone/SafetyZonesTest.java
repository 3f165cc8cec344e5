package org.anxiao.safety.zone;

import static org.anxiao.safety.zone.ZoneFixtures.context;
import static org.anxiao.safety.zone.ZoneFixtures.guangzhou;
import static org.anxiao.safety.zone.ZoneFixtures.triangle;
import static org.anxiao.safety.zone.ZoneFixtures.wgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/** Worked zone checks under the shipped packs; distances are the meridian arcs of {@link ZoneFixtures}. */
class SafetyZonesTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "school-1");

  private static SafetyZones national() {
    return SafetyZones.in(context("440000", "2026-03-01"));
  }

  private static VenueDistance one(SafetyZones zones, CampusBoundary campus, VenueCategory category, GeoPoint at) {
    ZoneCheck check = zones.check(SCHOOL, campus, List.of(new Venue("venue", category, at)));
    assertEquals(1, check.venues().size());
    return check.venues().get(0);
  }

  private static List<String> codes(ZoneCheck check) {
    return check.findings().stream().map(Finding::code).map(Object::toString).toList();
  }

  @Test
  void anInternetCafe150mAwayIsInside() {
    // M(23.1) − M(23.0986455401) = 150.00020 m → 150.000 m ≤ 200 → inside.
    ZoneCheck check = national().check(SCHOOL, guangzhou(),
        List.of(new Venue("网吧甲", VenueCategory.INTERNET_CAFE, wgs(ZoneFixtures.LAT_150, 113.3))));
    VenueDistance v = check.venues().get(0);
    assertEquals(0, new BigDecimal("150.000").compareTo(v.distance()));
    assertEquals(new BigDecimal("150"), v.distance(), "canonical: no trailing zeros");
    assertEquals(VenueStatus.INSIDE_ZONE, v.status());
    assertEquals(Optional.of(new BigDecimal("200")), v.radius());
    assertEquals(List.of(v), check.violations());
    assertEquals(List.of("SAFETY.ZONE.VENUE_INSIDE", "SAFETY.ZONE.SUMMARY"), codes(check));
    Finding inside = check.findings().get(0);
    assertEquals(Severity.HIGH, inside.severity());
    assertTrue(inside.message().zh().contains("网吧甲") && inside.message().zh().contains("150 米")
        && inside.message().zh().contains("200"), inside.message().zh());
    assertTrue(inside.message().en().contains("is 150 m") && inside.message().en().contains("internet café"),
        inside.message().en());
    assertEquals(Severity.HIGH, check.findings().get(1).severity());
    assertTrue(check.findings().get(1).message().en().contains("1 venues, 1 inside the zone, 0 outside"),
        check.findings().get(1).message().en());
    AppliedRule rule = check.rules().get(0);
    assertEquals("cn.internet-cafe.school-zone@1.0.0", rule.pack().toString());
    assertEquals("radii[INTERNET_CAFE]", rule.parameter());
    assertEquals(Verification.SECONDARY, rule.verification());
    assertEquals("cn.internet-cafe.school-zone@1.0.0", check.packs().get(0).toString());
    Assertment.of(check);
  }

  /** The result becomes an Assessment carrying its findings and rules. */
  private static final class Assertment {
    static void of(ZoneCheck check) {
      Assessment a = check.toAssessment(Instant.parse("2026-03-01T00:00:00Z"));
      assertEquals(check.findings(), a.findings());
      assertEquals(SafetyZones.ID, check.calculator());
      assertEquals(check.rules(), check.rulesApplied());
    }
  }

  @Test
  void exactlyTheRadiusIsInsideAndOneMillimetreMoreIsOutside() {
    // 199.99960 m → 200.000 ≤ 200 inside; 200.00060 m → 200.001 > 200 outside.
    VenueDistance at = one(national(), guangzhou(), VenueCategory.INTERNET_CAFE, wgs(ZoneFixtures.LAT_199_9996, 113.3));
    assertEquals(0, new BigDecimal("200").compareTo(at.distance()));
    assertEquals(VenueStatus.INSIDE_ZONE, at.status());
    VenueDistance past = one(national(), guangzhou(), VenueCategory.INTERNET_CAFE,
        wgs(ZoneFixtures.LAT_200_0006, 113.3));
    assertEquals(0, new BigDecimal("200.001").compareTo(past.distance()));
    assertEquals(VenueStatus.OUTSIDE_ZONE, past.status());
    ZoneCheck check = national().check(SCHOOL, guangzhou(),
        List.of(new Venue("v", VenueCategory.INTERNET_CAFE, wgs(ZoneFixtures.LAT_200_0006, 113.3))));
    assertEquals(List.of("SAFETY.ZONE.SUMMARY"), codes(check));
    assertEquals(Severity.INFO, check.findings().get(0).severity());
    assertTrue(check.violations().isEmpty());
  }

  @Test
  void insideTheCampusIsDistanceZero() {
    VenueDistance v = one(national(), guangzhou(), VenueCategory.INTERNET_CAFE, wgs(23.1015, 113.3));
    assertEquals(0, BigDecimal.ZERO.compareTo(v.distance()));
    assertEquals(VenueStatus.INSIDE_ZONE, v.status());
  }

  @Test
  void aCategoryTheRuleDoesNotListIsNotRestricted() {
    ZoneCheck check = national().check(SCHOOL, guangzhou(),
        List.of(new Venue("KTV", VenueCategory.KTV, wgs(ZoneFixtures.LAT_150, 113.3))));
    VenueDistance v = check.venues().get(0);
    assertEquals(VenueStatus.NOT_RESTRICTED, v.status());
    assertEquals(Optional.empty(), v.radius());
    assertEquals(0, new BigDecimal("150").compareTo(v.distance()));
    assertTrue(check.rules().isEmpty());
    assertTrue(check.findings().get(0).message().en().contains("1 of unrestricted categories"));
  }

  @Test
  void minhangRestrictsKtvAndGameRooms() {
    SafetyZones minhang = SafetyZones.in(context("310112", "2026-03-01"));
    CampusBoundary campus = triangle(31.1, 121.38);
    // M(31.1) − M(31.0986470766) = 150.00020 m; M(31.1) − M(31.0977451279) = 250.00030 m.
    ZoneCheck check = minhang.check(SCHOOL, campus, List.of(
        new Venue("KTV", VenueCategory.KTV, wgs(31.0986470766, 121.38)),
        new Venue("游戏机房", VenueCategory.GAME_ROOM, wgs(31.0977451279, 121.38)),
        new Venue("彩票店", VenueCategory.LOTTERY_SHOP, wgs(31.0986470766, 121.38))));
    assertEquals(List.of(VenueStatus.INSIDE_ZONE, VenueStatus.OUTSIDE_ZONE, VenueStatus.NOT_RESTRICTED),
        check.venues().stream().map(VenueDistance::status).toList());
    assertEquals(0, new BigDecimal("150").compareTo(check.venues().get(0).distance()));
    assertEquals(0, new BigDecimal("250").compareTo(check.venues().get(1).distance()));
    assertEquals(List.of("sh.minhang.school-zone@1.0.0/radii[KTV]", "sh.minhang.school-zone@1.0.0/radii[GAME_ROOM]"),
        check.rules().stream().map(r -> r.pack() + "/" + r.parameter()).toList());
    assertEquals(Verification.OFFICIAL_TEXT, check.rules().get(0).verification());
    // Before its pack, Minhang has only the national rule: the KTV is not restricted.
    VenueDistance before = one(SafetyZones.in(context("310112", "2022-02-28")), campus, VenueCategory.KTV,
        wgs(31.0986470766, 121.38));
    assertEquals(VenueStatus.NOT_RESTRICTED, before.status());
  }

  @Test
  void lishuiUnverifiedRadiiAreSkippedByDefaultAndReadWithConsent() {
    CampusBoundary campus = triangle(28.45, 119.92);
    GeoPoint at120 = wgs(28.4489172270, 119.92); // M(28.45) − M(28.4489172270) = 120.00020 m
    ZoneCheck byDefault = SafetyZones.in(context("331100", "2026-03-01")).check(SCHOOL, campus, List.of(
        new Venue("彩票店", VenueCategory.LOTTERY_SHOP, at120),
        new Venue("网吧", VenueCategory.INTERNET_CAFE, at120)));
    VenueDistance skipped = byDefault.venues().get(0);
    assertEquals(VenueStatus.NOT_CHECKED, skipped.status());
    assertEquals(Optional.empty(), skipped.radius());
    assertEquals(0, new BigDecimal("120").compareTo(skipped.distance()));
    assertEquals(VenueStatus.INSIDE_ZONE, byDefault.venues().get(1).status());
    assertEquals(List.of("SAFETY.ZONE.RADIUS_UNVERIFIED", "SAFETY.ZONE.VENUE_INSIDE", "SAFETY.ZONE.SUMMARY"),
        codes(byDefault));
    assertEquals(Severity.INFO, byDefault.findings().get(0).severity());
    assertTrue(byDefault.findings().get(0).message().en().contains("UNVERIFIED"));
    assertEquals(List.of("zj.lishui.school-zone@1.0.0/radii[INTERNET_CAFE]"),
        byDefault.rules().stream().map(r -> r.pack() + "/" + r.parameter()).toList());
    assertTrue(byDefault.findings().get(2).message().en().contains("1 not checked"));

    ZoneCheck allowed = SafetyZones.in(context("331100", "2026-03-01", VerificationPolicy.ALLOW_UNVERIFIED))
        .check(SCHOOL, campus, List.of(new Venue("彩票店", VenueCategory.LOTTERY_SHOP, at120)));
    assertEquals(VenueStatus.INSIDE_ZONE, allowed.venues().get(0).status());
    assertEquals(Verification.UNVERIFIED, allowed.rules().get(0).verification());
    // After the plan's term only the national rule applies.
    assertEquals(VenueStatus.NOT_RESTRICTED, one(SafetyZones.in(context("331100", "2027-01-01")), campus,
        VenueCategory.LOTTERY_SHOP, at120).status());
  }

  @Test
  void beforeTheRegulationNoRuleIsInForce() {
    assertThrows(RulePackException.class, () -> SafetyZones.in(context("440000", "2002-11-14")));
    assertEquals(VenueStatus.INSIDE_ZONE, one(SafetyZones.in(context("440000", "2002-11-15")), guangzhou(),
        VenueCategory.INTERNET_CAFE, wgs(ZoneFixtures.LAT_150, 113.3)).status());
  }

  @Test
  void aVenueInGcj02IsMeasuredWhereItIs() {
    // GCJ-02 (23.0957255107, 113.3053727896) is WGS-84 (LAT_180, 113.3): 180 m, inside. Read as WGS-84
    // numbers it would be some 600 m away.
    GeoPoint gcj = new GeoPoint(23.0957255107, 113.3053727896, CoordinateSystem.GCJ02);
    VenueDistance v = one(national(), guangzhou(), VenueCategory.INTERNET_CAFE, gcj);
    assertEquals(0, new BigDecimal("180").compareTo(v.distance()));
    assertEquals(VenueStatus.INSIDE_ZONE, v.status());
    VenueDistance misread = one(national(), guangzhou(), VenueCategory.INTERNET_CAFE,
        wgs(23.0957255107, 113.3053727896));
    assertEquals(VenueStatus.OUTSIDE_ZONE, misread.status());
    assertTrue(misread.distance().compareTo(new BigDecimal("500")) > 0);
  }

  @Test
  void badInputIsNamed() {
    SafetyZones zones = national();
    List<Venue> none = List.of();
    assertThrows(MissingValueException.class, () -> zones.check(null, guangzhou(), none));
    assertThrows(MissingValueException.class, () -> zones.check(SCHOOL, null, none));
    assertThrows(MissingValueException.class, () -> zones.check(SCHOOL, guangzhou(), null));
    List<Venue> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(MissingValueException.class, () -> zones.check(SCHOOL, guangzhou(), withNull));
    List<Venue> tooMany = Collections.nCopies(SafetyZones.MAX_VENUES + 1,
        new Venue("v", VenueCategory.OTHER, wgs(23, 113)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> zones.check(SCHOOL, guangzhou(), tooMany));
    assertTrue(e.getMessage().contains("venues"), e.getMessage());
    // Exactly the limit is accepted (venues inside the campus: distance 0, no edge search).
    ZoneCheck full = zones.check(SCHOOL, guangzhou(), Collections.nCopies(SafetyZones.MAX_VENUES,
        new Venue("v", VenueCategory.OTHER, wgs(23.1015, 113.3))));
    assertEquals(SafetyZones.MAX_VENUES, full.venues().size());
    assertThrows(MissingValueException.class, () -> SafetyZones.in(null));
    assertThrows(MissingValueException.class, () -> SafetyZones.of(null, VerificationPolicy.DEFAULT));
    assertThrows(MissingValueException.class, () -> SafetyZones.of(zones.rules(), null));
    assertThrows(MissingValueException.class, () -> new Venue("v", null, wgs(23, 113)));
    assertThrows(MissingValueException.class, () -> new Venue("v", VenueCategory.KTV, null));
    assertThrows(InvalidValueException.class, () -> new Venue("a\nb", VenueCategory.KTV, wgs(23, 113)));
    assertThrows(MissingValueException.class, () -> new SafetyZoneRule(null));
  }

  @Test
  void anEmptyListIsAnEmptyCheck() {
    ZoneCheck check = national().check(SCHOOL, guangzhou(), List.of());
    assertTrue(check.venues().isEmpty());
    assertEquals(List.of("SAFETY.ZONE.SUMMARY"), codes(check));
    assertEquals(Severity.INFO, check.findings().get(0).severity());
    assertFalse(national().toString().isEmpty());
    assertEquals(List.of(SafetyZoneRule.KIND), national().requirements());
    assertEquals(SafetyZones.ID, national().id());
  }

  @Test
  void theInputsCoverTheVenues() {
    Venue v = new Venue("v", VenueCategory.KTV, wgs(ZoneFixtures.LAT_150, 113.3));
    ZoneCheck check = national().check(SCHOOL, guangzhou(), List.of(v));
    assertEquals(new ZoneCheck.Inputs(SCHOOL, guangzhou(), List.of(v)), check.inputs());
  }
}
