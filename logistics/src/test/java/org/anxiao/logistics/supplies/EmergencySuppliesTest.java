package org.anxiao.logistics.supplies;

import static org.anxiao.logistics.supplies.FictionalQuota.ON;
import static org.anxiao.logistics.supplies.FictionalQuota.PACK;
import static org.anxiao.logistics.supplies.FictionalQuota.dec;
import static org.anxiao.logistics.supplies.FictionalQuota.line;
import static org.anxiao.logistics.supplies.FictionalQuota.m2;
import static org.anxiao.logistics.supplies.FictionalQuota.size;
import static org.anxiao.logistics.supplies.FictionalQuota.supplies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * Worked examples under the fictional quota {@code xx.fictional.emergency-supplies} (UNVERIFIED, read under
 * ALLOW_UNVERIFIED), a school of 1,230 pupils, 6 buildings, 24,500 m² of floor and 31,000 m² of site, on
 * 2026-06-01 with a 30-day window. Required, by the pack's formulas (each term ⌈b ÷ per⌉ × quantity):
 * <pre>
 * sandbags       50 + 10 × ⌈1230 ÷ 100⌉ + 20 × ⌈6 ÷ 1⌉ = 50 + 10 × 13 + 20 × 6 = 300
 * water-pumps     1 +  1 × ⌈31000 ÷ 10000⌉            =  1 + 4                 =   5
 * raincoats      10 +  2 × ⌈6 ÷ 1⌉                    = 10 + 12                =  22
 * flashlights     5 +  2 × ⌈24500 ÷ 5000⌉             =  5 + 2 × 5             =  15
 * first-aid-kits  2 +  1 × ⌈1230 ÷ 500⌉               =  2 + 3                 =   5
 * sand (t)        1 + 0.5 × ⌈6 ÷ 1⌉                   =  1 + 3                 =   4
 * </pre>
 */
class EmergencySuppliesTest {

  /** Every item exactly at its quota, nothing expiring within 30 days. */
  static List<StockLine> full() {
    List<StockLine> lines = new ArrayList<>();
    lines.add(line("sandbags", 300, "2024-05-01"));
    lines.add(line("water-pumps", 5, "2023-04-01"));
    lines.add(line("raincoats", 22, "2025-04-01"));
    lines.add(line("flashlights", 15, "2024-05-01"));
    lines.add(line("first-aid-kits", 5, "2025-09-01"));
    lines.add(StockLine.of("sand", Measure.of("4", "t"), LocalDate.of(2024, 5, 1)));
    return lines;
  }

  static List<StockLine> replace(List<StockLine> lines, String item, StockLine... with) {
    List<StockLine> out = new ArrayList<>();
    for (StockLine l : lines) {
      if (!l.item().equals(item)) {
        out.add(l);
      }
    }
    out.addAll(List.of(with));
    return out;
  }

  static SupplyResult assess(List<StockLine> lines) {
    return supplies().assess(size(), SupplyStock.of("S1", lines), ON);
  }

  static List<String> codes(SupplyResult a) {
    return a.findings().stream().map(f -> f.code().value()).toList();
  }

  static List<String> rules(List<AppliedRule> rules) {
    return rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList();
  }

  @Test
  void oneExpiredAndOneShortItemWorkedByHand() {
    // water-pumps: required 5, 3 in stock → shortfall 5 − 3 = 2.
    // raincoats: 10 bought 2021-05-01 expire after 60 months on 2026-05-01, before 2026-06-01 → expired 10;
    // 22 bought 2025-04-01 expire 2030-04-01 → usable 22 = required 22, no shortfall.
    List<StockLine> lines = replace(full(), "water-pumps", line("water-pumps", 3, "2023-04-01"));
    lines = replace(lines, "raincoats", line("raincoats", 10, "2021-05-01"), line("raincoats", 22, "2025-04-01"));
    SupplyResult a = assess(lines);

    assertEquals(List.of("LOGISTICS.SUPPLIES.SHORTFALL", "LOGISTICS.SUPPLIES.EXPIRED"), codes(a));
    SupplyLine pumps = a.line("water-pumps").orElseThrow();
    assertEquals(0, dec("5").compareTo(pumps.required()));
    assertEquals(0, dec("3").compareTo(pumps.usable()));
    assertEquals(0, dec("2").compareTo(pumps.shortfall()));
    assertTrue(pumps.isShort());
    SupplyLine coats = a.line("raincoats").orElseThrow();
    assertEquals(0, dec("22").compareTo(coats.required()));
    assertEquals(0, dec("22").compareTo(coats.usable()));
    assertEquals(0, dec("10").compareTo(coats.expired()));
    assertEquals(0, coats.shortfall().signum());
    assertEquals(Optional.of(LocalDate.of(2030, 4, 1)), coats.nextExpiry());
    assertEquals(List.of(pumps), a.shortfalls());
    assertFalse(a.sufficient());

    Finding shortfall = a.findings().get(0);
    assertEquals(Severity.HIGH, shortfall.severity());
    assertEquals(SubjectKind.SCHOOL, shortfall.subject().kind());
    assertEquals("S1", shortfall.subject().id());
    assertEquals(Optional.of(Measure.count(3)), shortfall.measured());
    assertEquals(Optional.of(Measure.count(5)), shortfall.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), shortfall.comparison());
    assertEquals("Emergency supplies: water pumps — the quota requires 5, 3 usable in stock: short by 2.",
        shortfall.message().en());
    assertEquals("应急物资：排水泵——定额 5，可用库存 3，缺 2。", shortfall.message().zh());
    assertEquals(List.of(PACK + "/items"), rules(shortfall.rules()));
    Finding expired = a.findings().get(1);
    assertEquals(Severity.LOW, expired.severity());
    assertEquals(Optional.of(Measure.count(10)), expired.measured());
    assertEquals("Emergency supplies: raincoats — 10 in stock expired before 2026-06-01; replace and dispose of it.",
        expired.message().en());
    assertEquals("应急物资：雨衣——库存中 10 在 2026-06-01 前已过期，应予更换和处置。", expired.message().zh());
    assertEquals(List.of(PACK + "/items"), rules(expired.rules()));
    assertEquals(List.of(PACK + "/items", PACK + "/expiringWithinDays"), rules(a.rules()));
    assertEquals(List.of(PACK + "/items", PACK + "/expiringWithinDays"), rules(a.rulesApplied()));
    assertEquals(30, a.expiringWithinDays());
  }

  @Test
  void requiredQuantitiesShowTheirTerms() {
    SupplyResult a = assess(full());
    SupplyLine sandbags = a.line("sandbags").orElseThrow();
    // 50 + 10 × ⌈1230 ÷ 100⌉ + 20 × ⌈6 ÷ 1⌉ = 50 + 130 + 120 = 300.
    assertEquals(0, dec("50").compareTo(sandbags.base()));
    assertEquals(2, sandbags.terms().size());
    TermAmount pupils = sandbags.terms().get(0);
    assertEquals(QuotaBasis.PUPILS, pupils.basis());
    assertEquals(0, dec("1230").compareTo(pupils.value()));
    assertEquals(0, dec("13").compareTo(pupils.steps()));
    assertEquals(0, dec("130").compareTo(pupils.amount()));
    TermAmount buildings = sandbags.terms().get(1);
    assertEquals(0, dec("6").compareTo(buildings.steps()));
    assertEquals(0, dec("120").compareTo(buildings.amount()));
    assertEquals(0, dec("300").compareTo(sandbags.required()));
    // 1 + 1 × ⌈31000 ÷ 10000⌉ = 1 + 4 = 5 (site area).
    assertEquals(0, dec("5").compareTo(a.line("water-pumps").orElseThrow().required()));
    // 5 + 2 × ⌈24500 ÷ 5000⌉ = 5 + 10 = 15 (floor area).
    assertEquals(0, dec("15").compareTo(a.line("flashlights").orElseThrow().required()));
    assertEquals(0, dec("10").compareTo(a.line("flashlights").orElseThrow().terms().get(0).amount()));
    // 2 + ⌈1230 ÷ 500⌉ = 2 + 3 = 5.
    assertEquals(0, dec("5").compareTo(a.line("first-aid-kits").orElseThrow().required()));
    // 1 t + 0.5 t × 6 = 4 t.
    SupplyLine sand = a.line("sand").orElseThrow();
    assertEquals("t", sand.unit());
    assertEquals(0, dec("4").compareTo(sand.required()));
    assertEquals(0, dec("4").compareTo(sand.usable()));
    assertEquals(6, a.lines().size());
    assertEquals(List.of("sandbags", "water-pumps", "raincoats", "flashlights", "first-aid-kits", "sand"),
        a.lines().stream().map(SupplyLine::item).toList());
  }

  @Test
  void aFullStockIsAdequate() {
    SupplyResult a = assess(full());
    assertEquals(List.of("LOGISTICS.SUPPLIES.ADEQUATE"), codes(a));
    assertTrue(a.sufficient());
    assertTrue(a.shortfalls().isEmpty());
    Finding f = a.findings().get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals("Emergency supplies: all 6 items of the quota are stocked, none expired or expiring within 30 days.",
        f.message().en());
    assertEquals("应急物资：定额所列 6 项物资库存充足，无过期，30 日内无到期。", f.message().zh());
    assertEquals(List.of(PACK + "/items", PACK + "/expiringWithinDays"), rules(f.rules()));
  }

  @Test
  void requiredExactlyEqualToUsableIsNoShortfallAndOneLessIs() {
    // 300 required: 300 usable → 0; 299 usable → 1.
    SupplyLine equal = assess(full()).line("sandbags").orElseThrow();
    assertEquals(0, equal.shortfall().signum());
    assertFalse(equal.isShort());
    SupplyResult one = assess(replace(full(), "sandbags", line("sandbags", 299, "2024-05-01")));
    assertEquals(0, BigDecimal.ONE.compareTo(one.line("sandbags").orElseThrow().shortfall()));
    assertEquals(List.of("LOGISTICS.SUPPLIES.SHORTFALL"), codes(one));
    // More than required: shortfall stays 0.
    SupplyResult more = assess(replace(full(), "sandbags", line("sandbags", 301, "2024-05-01")));
    assertEquals(0, more.line("sandbags").orElseThrow().shortfall().signum());
  }

  @Test
  void expiringExactlyNDaysAheadIsExpiringAndNPlusOneIsNot() {
    // on 2026-06-01 + 30 days = 2026-07-01: an expiry on 2026-07-01 is expiring, 2026-07-02 is not.
    SupplyResult at = assess(replace(full(), "first-aid-kits",
        line("first-aid-kits", 5, "2025-01-01", "2026-07-01")));
    SupplyLine kits = at.line("first-aid-kits").orElseThrow();
    assertEquals(0, dec("5").compareTo(kits.expiring()));
    assertEquals(0, dec("5").compareTo(kits.usable()));
    assertEquals(List.of("LOGISTICS.SUPPLIES.EXPIRING"), codes(at));
    Finding f = at.findings().get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals(Optional.of(Measure.count(5)), f.measured());
    assertEquals(Optional.empty(), f.required());
    assertEquals("Emergency supplies: first-aid kits — 5 expire(s) within 30 days (earliest 2026-07-01).",
        f.message().en());
    assertEquals("应急物资：急救包——5 将在 30 日内到期（最早 2026-07-01）。", f.message().zh());
    assertEquals(List.of(PACK + "/items", PACK + "/expiringWithinDays"), rules(f.rules()));

    SupplyResult after = assess(replace(full(), "first-aid-kits",
        line("first-aid-kits", 5, "2025-01-01", "2026-07-02")));
    assertEquals(0, after.line("first-aid-kits").orElseThrow().expiring().signum());
    assertEquals(List.of("LOGISTICS.SUPPLIES.ADEQUATE"), codes(after));
  }

  @Test
  void anExpiryOnTheAssessmentDayIsStillUsableAndTheDayBeforeIsExpired() {
    SupplyLine today = assess(replace(full(), "first-aid-kits", line("first-aid-kits", 5, "2025-01-01", "2026-06-01")))
        .line("first-aid-kits").orElseThrow();
    assertEquals(0, dec("5").compareTo(today.usable()));
    assertEquals(0, dec("5").compareTo(today.expiring()));
    assertEquals(0, today.expired().signum());
    SupplyResult yesterday = assess(replace(full(), "first-aid-kits",
        line("first-aid-kits", 5, "2025-01-01", "2026-05-31")));
    SupplyLine y = yesterday.line("first-aid-kits").orElseThrow();
    assertEquals(0, y.usable().signum());
    assertEquals(0, dec("5").compareTo(y.expired()));
    assertEquals(0, dec("5").compareTo(y.shortfall()));
    assertEquals(List.of("LOGISTICS.SUPPLIES.SHORTFALL", "LOGISTICS.SUPPLIES.EXPIRED"), codes(yesterday));
    assertEquals(Optional.empty(), y.nextExpiry());
  }

  @Test
  void theShelfLifeGivesTheExpiryOfALineWithoutOne() {
    // raincoats: 60 months. Bought 2021-06-01 → expiry 2026-06-01 = on → usable and expiring;
    // bought 2021-05-31 → expiry 2026-05-31 → expired.
    SupplyLine on = assess(replace(full(), "raincoats", line("raincoats", 22, "2021-06-01")))
        .line("raincoats").orElseThrow();
    assertEquals(0, dec("22").compareTo(on.usable()));
    assertEquals(0, dec("22").compareTo(on.expiring()));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), on.nextExpiry());
    SupplyLine before = assess(replace(full(), "raincoats", line("raincoats", 22, "2021-05-31")))
        .line("raincoats").orElseThrow();
    assertEquals(0, dec("22").compareTo(before.expired()));
    assertEquals(0, before.usable().signum());
    // A stated expiry wins over the shelf life: bought 2021-01-01, label 2027-01-01 → usable.
    SupplyLine stated = assess(replace(full(), "raincoats", line("raincoats", 22, "2021-01-01", "2027-01-01")))
        .line("raincoats").orElseThrow();
    assertEquals(0, dec("22").compareTo(stated.usable()));
    assertEquals(0, stated.expired().signum());
    // No shelf life and no stated expiry: never expires (sandbags bought in 2000).
    SupplyLine old = assess(replace(full(), "sandbags", line("sandbags", 300, "2000-01-01")))
        .line("sandbags").orElseThrow();
    assertEquals(0, dec("300").compareTo(old.usable()));
    assertEquals(Optional.empty(), old.nextExpiry());
  }

  @Test
  void linesOfOneItemAddUpAndTheEarliestUsableExpiryIsShown() {
    // raincoats: 10 expiring 2026-06-20 (within 30 days), 12 expiring 2026-12-31, 5 expired 2026-01-01.
    SupplyLine l = assess(replace(full(), "raincoats", line("raincoats", 12, "2025-01-01", "2026-12-31"),
        line("raincoats", 10, "2025-01-01", "2026-06-20"), line("raincoats", 5, "2024-01-01", "2026-01-01")))
        .line("raincoats").orElseThrow();
    assertEquals(0, dec("22").compareTo(l.usable()));
    assertEquals(0, dec("10").compareTo(l.expiring()));
    assertEquals(0, dec("5").compareTo(l.expired()));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 20)), l.nextExpiry());
    assertEquals(0, l.shortfall().signum());
  }

  @Test
  void anItemWithoutLinesIsHeldAtZero() {
    SupplyResult a = assess(replace(full(), "sand"));
    SupplyLine sand = a.line("sand").orElseThrow();
    assertEquals(0, sand.usable().signum());
    assertEquals(0, dec("4").compareTo(sand.shortfall()));
    assertEquals("Emergency supplies: bulk sand — the quota requires 4 t, 0 t usable in stock: short by 4 t.",
        a.findings().get(0).message().en());
    assertEquals(Optional.of(Measure.of("4", "t")), a.findings().get(0).required());
    assertEquals(Optional.empty(), a.line("no-such-item"));
  }

  @Test
  void eachTermRoundsUpAtItsBoundary() {
    // 1,200 pupils: ⌈12⌉ = 12 → 50 + 120 + 120 = 290; 1,201: ⌈12.01⌉ = 13 → 300; 1,199: ⌈11.99⌉ = 12 → 290.
    assertEquals(0, dec("290").compareTo(required("sandbags", 1200, 6, "24500", "31000")));
    assertEquals(0, dec("300").compareTo(required("sandbags", 1201, 6, "24500", "31000")));
    assertEquals(0, dec("290").compareTo(required("sandbags", 1199, 6, "24500", "31000")));
    // Site 30,000 m²: ⌈3⌉ = 3 → 4 pumps; 30,000.01 → 5.
    assertEquals(0, dec("4").compareTo(required("water-pumps", 1230, 6, "24500", "30000")));
    assertEquals(0, dec("5").compareTo(required("water-pumps", 1230, 6, "24500", "30000.01")));
    // Floor 25,000 m²: ⌈5⌉ = 5 → 15; 25,001 → ⌈5.0002⌉ = 6 → 17.
    assertEquals(0, dec("15").compareTo(required("flashlights", 1230, 6, "25000", "31000")));
    assertEquals(0, dec("17").compareTo(required("flashlights", 1230, 6, "25001", "31000")));
    // An empty school: bases only (0 steps).
    assertEquals(0, dec("50").compareTo(required("sandbags", 0, 0, "0", "0")));
    assertEquals(0, dec("1").compareTo(required("sand", 0, 0, "0", "0")));
  }

  private static BigDecimal required(String item, long pupils, long buildings, String floor, String site) {
    return supplies().assess(new SchoolSize(pupils, buildings, m2(floor), m2(site)), SupplyStock.of("S1", List.of()), ON)
        .line(item).orElseThrow().required();
  }

  @Test
  void aLineNamingAnItemTheQuotaDoesNotListIsUnknown() {
    List<StockLine> lines = new ArrayList<>(full());
    lines.add(line("sandbag", 1, "2024-05-01"));
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> assess(lines));
    assertEquals(Optional.of("lines[6].item"), e.field());
    assertEquals("UNKNOWN_CODE", e.errorCode());
    assertTrue(e.getMessage().contains(PACK), e.getMessage());
  }

  @Test
  void aLineInAnotherUnitThanItsItemIsAUnitMismatch() {
    List<StockLine> lines = replace(full(), "sand", StockLine.of("sand", Measure.of("4000", "kg"), LocalDate.of(2024, 5, 1)));
    UnitMismatchException e = assertThrows(UnitMismatchException.class, () -> assess(lines));
    assertEquals(Optional.of("lines[5].quantity"), e.field());
    List<StockLine> counted = replace(full(), "sandbags",
        StockLine.of("sandbags", Measure.of("300", "t"), LocalDate.of(2024, 5, 1)));
    assertEquals(Optional.of("lines[5].quantity"),
        assertThrows(UnitMismatchException.class, () -> assess(counted)).field());
  }

  @Test
  void aLinePurchasedAfterTheAssessmentDateIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> assess(replace(full(), "sand", StockLine.of("sand", Measure.of("4", "t"), LocalDate.of(2026, 6, 2)))));
    assertEquals(Optional.of("lines[5].purchased"), e.field());
    // Bought on the day itself is fine.
    assertEquals(0, dec("4").compareTo(assess(replace(full(), "sand",
        StockLine.of("sand", Measure.of("4", "t"), ON))).line("sand").orElseThrow().usable()));
  }

  @Test
  void withoutAQuotaPackTheCalculatorFailsNamingTheKind() {
    // No pack ships: Shanghai (310000) has none.
    RulePackException e = assertThrows(RulePackException.class,
        () -> EmergencySupplies.in(RuleContext.standard(JurisdictionCode.of("310000"), ON)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    assertTrue(e.getMessage().contains("anxiao.logistics.emergency-supplies"), e.getMessage());
    // Nor in the fictional area without the fictional pack.
    RulePackException none = assertThrows(RulePackException.class, () -> EmergencySupplies.in(
        RuleContext.of(FictionalQuota.registry(), FictionalQuota.FICTIONAL, ON)));
    assertEquals(RulePackException.NOT_FOUND, none.errorCode());
    // Before the fictional pack's first day (2020-01-01).
    RulePackException before = assertThrows(RulePackException.class, () -> EmergencySupplies.in(
        RuleContext.of(FictionalQuota.registry(FictionalQuota.pack()), FictionalQuota.FICTIONAL,
            LocalDate.of(2019, 12, 31))));
    assertEquals(RulePackException.NOT_FOUND, before.errorCode());
  }

  @Test
  void theFictionalQuotaIsUnverifiedAndRefusedUnderTheDefaultPolicy() {
    EmergencySupplies strict = EmergencySupplies.in(FictionalQuota.context(VerificationPolicy.DEFAULT));
    RulePackException e = assertThrows(RulePackException.class,
        () -> strict.assess(size(), SupplyStock.of("S1", full()), ON));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  @Test
  void theCalculatorDescribesItselfAndBecomesAnAssessment() {
    EmergencySupplies s = supplies();
    assertEquals("anxiao.logistics.emergency-supplies", s.id().value());
    assertEquals(List.of(SupplyQuotaRule.KIND), s.requirements());
    assertEquals(List.of(PACK), s.rules().packs().stream().map(Object::toString).toList());
    assertTrue(s.toString().startsWith("anxiao.logistics.emergency-supplies 319900 2026-06-01"), s.toString());
    SupplyResult a = assess(full());
    assertEquals(EmergencySupplies.ID, a.calculator());
    assertEquals(List.of(PACK), a.packs().stream().map(Object::toString).toList());
    Assessment assessment = a.toAssessment(Instant.parse("2026-06-01T02:00:00Z"));
    assertEquals("anxiao.logistics.emergency-supplies", assessment.calculator());
    assertEquals(a.findings(), assessment.findings());
    Assessment again = assess(full()).toAssessment(Instant.parse("2026-06-01T02:00:00Z"));
    assertEquals(assessment.inputsDigest(), again.inputsDigest());
    Assessment other = assess(replace(full(), "sand")).toAssessment(Instant.parse("2026-06-01T02:00:00Z"));
    assertFalse(assessment.inputsDigest().equals(other.inputsDigest()));
    assertEquals(size(), a.size());
    assertEquals(ON, a.on());
  }
}
