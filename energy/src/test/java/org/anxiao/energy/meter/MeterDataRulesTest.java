package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.CN;
import static org.anxiao.energy.meter.MeterFixtures.METERS_2024;
import static org.anxiao.energy.meter.MeterFixtures.SCHOOL;
import static org.anxiao.energy.meter.MeterFixtures.at;
import static org.anxiao.energy.meter.MeterFixtures.monthValue;
import static org.anxiao.energy.meter.MeterFixtures.read;
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
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;

/** The sufficiency rule as packs give it: verification, newer packs, assessments and the wire form. */
class MeterDataRulesTest {
  private static final PackRef CALTRACK = PackRef.of("caltrack.data-sufficiency", "1.0.0");

  static RulePack pack(String id, String version, String jurisdiction, String verification, long months, long missing) {
    return AnxiaoJson.strict().readDocument("""
        {"schemaVersion": "1.0", "id": "%s", "version": "%s", "kind": "anxiao.energy.data-sufficiency",
         "title": {"zh": "测试", "en": "test"}, "jurisdiction": "%s", "validFrom": "2018-01-01",
         "source": {"issuer": "test", "document": "test", "year": 2024}, "verification": "%s",
         "parameters": {"monthsRequired": {"type": "integer", "value": %d},
                        "maxMissingMonths": {"type": "integer", "value": %d}}}
        """.formatted(id, version, jurisdiction, verification, months, missing), RulePack.DOCUMENT);
  }

  static RulePackRegistry with(RulePack pack) {
    return RulePackRegistry.builder().addClassPath(MeterDataRulesTest.class.getClassLoader()).add(pack).build();
  }

  /** Water billed monthly through 2024 with June missing. */
  static MeterDataInput oneGap() {
    List<IntervalReading> r = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      if (m != 6) {
        r.add(monthValue("W1", 2024, m, "300", "m3"));
      }
    }
    return MeterDataInput.ofIntervals(List.of(Meter.interval("W1", Carrier.WATER, "m3")), r);
  }

  @Test
  void theBundledPackBindsAndIsCited() {
    DataSufficiencyRule rule = METERS_2024.rules().value();
    assertEquals(12L, rule.monthsRequired().value());
    assertEquals(1L, rule.maxMissingMonths().value());
    assertEquals(CALTRACK, rule.monthsRequired().applied().pack());
    assertEquals("CalTRACK Methods 2.0", rule.monthsRequired().applied().citation().document());
    assertEquals(List.of(DataSufficiencyRule.KIND), METERS_2024.requirements());
    assertEquals("anxiao.energy.meter-data", METERS_2024.id().value());
  }

  @Test
  void anUnverifiedPackIsRefusedUnlessAllowed() {
    RulePackRegistry registry = with(pack("sh.test.data-sufficiency", "1.0.0", "310000", "UNVERIFIED", 12, 0));
    RuleContext shanghai = RuleContext.of(registry, JurisdictionCode.of("310000"), LocalDate.of(2024, 12, 31));
    RulePackException e = assertThrows(RulePackException.class,
        () -> MeterData.in(shanghai).monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear()));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    MeterDataResult r = MeterData.in(shanghai.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED))
        .monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    // Shanghai's test pack allows no missing month: June's gap makes the year insufficient.
    assertFalse(r.sufficient());
    assertEquals(PackRef.of("sh.test.data-sufficiency", "1.0.0"), r.rulesApplied().get(0).pack());
  }

  @Test
  void aResultKeepsItsRulesWhenANewerPackIsRegistered() {
    MeterDataResult before = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    assertTrue(before.sufficient());
    RulePackRegistry newer = with(pack("caltrack.data-sufficiency", "1.1.0", "CN", "SECONDARY", 12, 0));
    RuleContext context = RuleContext.of(newer, CN, LocalDate.of(2024, 12, 31));
    MeterDataResult now = MeterData.in(context).monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    assertFalse(now.sufficient(), "the newer version allows no missing month");
    // The earlier result is what it was, and pinning its pack reproduces it exactly.
    assertTrue(before.sufficient());
    assertEquals(CALTRACK, before.rulesApplied().get(0).pack());
    MeterDataResult pinned = MeterData.in(context.pin(CALTRACK))
        .monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    assertEquals(before, pinned);
  }

  @Test
  void aResultBecomesAnAssessment() {
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    Assessment a = r.toAssessment(Instant.parse("2025-01-15T02:00:00Z"));
    assertEquals("anxiao.energy.meter-data", a.calculator());
    assertEquals(SCHOOL, a.subject());
    assertEquals(Optional.of(new CalendarYear(2024)), a.period());
    assertEquals(r.rulesApplied(), a.rulesApplied());
    assertTrue(a.packs().contains(CALTRACK));
    assertEquals(a.inputsDigest(), METERS_2024.monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear())
        .toAssessment(Instant.parse("2025-02-01T00:00:00Z")).inputsDigest());
  }

  @Test
  void theInputRoundTripsThroughJson() {
    Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh").withRollover(new BigDecimal("100000"))
        .withMultiplier(new BigDecimal("80")).in("B1", EndUse.AIR_CONDITIONING);
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = new MeterDataInput(List.of(e1, w1),
        List.of(read("E1", at(2024, 1, 1), "99990.5", "kWh"), read("E1", at(2024, 2, 1), "12.5", "kWh")),
        List.of(monthValue("W1", 2024, 1, "31.25", "m3")),
        List.of(new MeterReplacement("E1", at(2024, 1, 20), org.anxiao.core.unit.Measure.of("99999.9", "kWh"),
            org.anxiao.core.unit.Measure.of("0", "kWh"))));
    String json = AnxiaoJson.strict().write(data);
    assertEquals(data, AnxiaoJson.strict().read(json, MeterDataInput.class));
    // Optional fields may be absent: endUse WHOLE, multiplier 1, no rollover, no building, no lists of data.
    MeterDataInput minimal = AnxiaoJson.strict().read("""
        {"meters": [{"id": "G1", "carrier": "NATURAL_GAS", "unit": "m3", "registerKind": "CUMULATIVE"}]}
        """, MeterDataInput.class);
    assertEquals(MeterDataInput.ofRegisters(List.of(Meter.cumulative("G1", Carrier.NATURAL_GAS, "m3")), List.of(),
        List.of()), minimal);
    // The wire form is checked like the constructors: a reading of an unknown meter is refused.
    assertThrows(org.anxiao.core.error.AnxiaoException.class, () -> AnxiaoJson.strict().read("""
        {"meters": [{"id": "G1", "carrier": "NATURAL_GAS", "unit": "m3", "registerKind": "CUMULATIVE"}],
         "registerReadings": [{"meterId": "G2", "readAt": "2024-01-01T00:00:00", "reading": {"value": "1", "unit": "m3"}}]}
        """, MeterDataInput.class));
  }

  @Test
  void theResultRoundTripsThroughJson() {
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), oneGap(), GapHandling.linear());
    String json = AnxiaoJson.strict().write(r);
    assertEquals(r, AnxiaoJson.strict().read(json, MeterDataResult.class));
  }

  @Test
  void aPackOfTheWrongShapeIsRefusedWithItsPointer() {
    RulePackException zero = assertThrows(RulePackException.class,
        () -> with(pack("sh.zero.data-sufficiency", "1.0.0", "310000", "SECONDARY", 0, 1)));
    assertEquals(RulePackException.INVALID, zero.errorCode());
    assertTrue(zero.field().orElseThrow().endsWith("#/parameters/monthsRequired/value"), zero.getMessage());
    RulePackException negative = assertThrows(RulePackException.class,
        () -> with(pack("sh.negative.data-sufficiency", "1.0.0", "310000", "SECONDARY", 12, -1)));
    assertTrue(negative.field().orElseThrow().contains("#/parameters/maxMissingMonths"), negative.getMessage());
  }
}
