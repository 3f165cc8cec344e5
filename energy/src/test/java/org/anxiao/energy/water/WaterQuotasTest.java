package org.anxiao.energy.water;

import static org.anxiao.energy.water.WaterFixtures.QUOTAS;
import static org.anxiao.energy.water.WaterFixtures.SCHOOL;
import static org.anxiao.energy.water.WaterFixtures.YEAR;
import static org.anxiao.energy.water.WaterFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * Water per person against quota tiers, worked by hand from the fictional TEST pack
 * {@code test.water-quotas@1.0.0} (TEST_DAY_SCHOOL: 先进值 15, 通用值 20 m³/person·a) — no quota ships.
 */
class WaterQuotasTest {
  static final String DAY_SCHOOL = "TEST_DAY_SCHOOL";

  static WaterQuotas quotas() {
    return WaterQuotas.in(WaterFixtures.context(pack(QUOTAS)));
  }

  static WaterQuotaResult assess(String m3, double population) {
    return quotas().assess(SCHOOL, YEAR, DAY_SCHOOL, AnxiaoUnits.of(m3, AnxiaoUnits.CUBIC_METER), population);
  }

  @Test
  void withoutAPackTheQuotaIsNotFound() {
    assertEquals("RULE_NOT_FOUND", assertThrows(RulePackException.class,
        () -> WaterQuotas.in(RuleContext.standard(WaterFixtures.BEIJING, WaterFixtures.DATE))).errorCode());
  }

  @Test
  void aSchoolAboveTheGeneralValue() {
    WaterQuotaResult r = assess("27600", 1200);
    // 27 600 m³ ÷ 1 200 persons = 23 m³/person·a > 20 (通用值)
    assertEquals(23, r.perPerson(), 1e-12);
    assertEquals(QuotaTier.OVER, r.tier());
    assertEquals(new BigDecimal("20"), r.general());
    assertEquals(new BigDecimal("15"), r.advanced());
    assertEquals(List.of("general[TEST_DAY_SCHOOL]", "advanced[TEST_DAY_SCHOOL]"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList());
    assertEquals(List.of(PackRef.of("test.water-quotas", "1.0.0")), r.packs());
    Finding f = r.findings().get(0);
    assertEquals(WaterQuotas.QUOTA_EXCEEDED, f.code());
    assertEquals(Severity.LOW, f.severity());
    assertEquals(Optional.of(Measure.of("23", "m3")), f.measured());
    assertEquals(Optional.of(Measure.of("20", "m3")), f.required());
    assertEquals("general[TEST_DAY_SCHOOL]", f.rules().get(0).parameter());
    assertEquals("人均用水量 23.000 m³/(人·a)，超过 TEST_DAY_SCHOOL 类用水定额通用值 20 m³/(人·a)。", f.message().zh());
    assertEquals(27600, AnxiaoUnits.toDouble(r.used(), AnxiaoUnits.CUBIC_METER), 1e-9);
  }

  @Test
  void theTiersAndTheirBoundaries() {
    // 21 000 ÷ 1 200 = 17.5: above 15 (先进值), within 20 (通用值) — an INFO finding.
    WaterQuotaResult general = assess("21000", 1200);
    assertEquals(QuotaTier.GENERAL, general.tier());
    assertEquals(WaterQuotas.ADVANCED_NOT_MET, general.findings().get(0).code());
    assertEquals(Severity.INFO, general.findings().get(0).severity());
    assertEquals(Optional.of(Measure.of("15", "m3")), general.findings().get(0).required());
    // 24 000 ÷ 1 200 = 20 exactly: meets 通用值.
    assertEquals(QuotaTier.GENERAL, assess("24000", 1200).tier());
    // 18 000 ÷ 1 200 = 15 exactly: meets 先进值, no finding.
    WaterQuotaResult advanced = assess("18000", 1200);
    assertEquals(QuotaTier.ADVANCED, advanced.tier());
    assertTrue(advanced.findings().isEmpty());
    // An academic year is one year too; the population may be an average (1 150.5 persons).
    WaterQuotaResult ay = quotas().assess(SCHOOL, new AcademicYear(2023), DAY_SCHOOL,
        AnxiaoUnits.of("11505", AnxiaoUnits.CUBIC_METER), 1150.5);
    // 11 505 ÷ 1 150.5 = 10
    assertEquals(10, ay.perPerson(), 1e-12);
  }

  @Test
  void badInputNamesItsField() {
    WaterQuotas q = quotas();
    assertEquals(Optional.of("period"), assertThrows(InvalidValueException.class, () -> q.assess(SCHOOL, new Month(2024, 3),
        DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 100)).field());
    assertEquals(Optional.of("period"), assertThrows(InvalidValueException.class, () -> q.assess(SCHOOL,
        Period.parse("2024-01-01/2025-01-02"), DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 100)).field());
    assertEquals(Optional.of("population"), assertThrows(InvalidValueException.class, () -> q.assess(SCHOOL, YEAR,
        DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 0)).field());
    assertEquals(Optional.of("population"), assertThrows(InvalidValueException.class, () -> q.assess(SCHOOL, YEAR,
        DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), Double.NaN)).field());
    assertEquals(Optional.of("volume"), assertThrows(InvalidValueException.class, () -> q.assess(SCHOOL, YEAR,
        DAY_SCHOOL, AnxiaoUnits.of("-1", AnxiaoUnits.CUBIC_METER), 100)).field());
    UnknownCodeException unknown = assertThrows(UnknownCodeException.class, () -> q.assess(SCHOOL, YEAR, "TEST_UNIVERSITY",
        AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 100));
    assertTrue(unknown.getMessage().contains("TEST_UNIVERSITY"), unknown.getMessage());
  }

  @Test
  void aPackWhoseAdvancedValueExceedsItsGeneralValueIsRefused() {
    RulePack pack = pack(QUOTAS);
    Parameter.DecimalTable t = (Parameter.DecimalTable) pack.parameters().get("advanced");
    Map<String, DecimalEntry> rows = new LinkedHashMap<>(t.rows());
    rows.put(DAY_SCHOOL, new DecimalEntry(new BigDecimal("25"), Optional.empty(), Optional.empty()));
    Map<String, Parameter> parameters = new LinkedHashMap<>(pack.parameters());
    parameters.put("advanced", new Parameter.DecimalTable(rows, t.unit(), t.clause(), t.verification(), t.note()));
    RulePack inverted = RulePack.builder().from(pack).parameters(parameters).build();
    RulePackException e = assertThrows(RulePackException.class, () -> WaterQuotas.in(WaterFixtures.context(inverted))
        .assess(SCHOOL, YEAR, DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 10));
    assertEquals("RULE_PACK_INVALID", e.errorCode());
  }

  @Test
  void anUnverifiedQuotaIsRefusedByDefaultAndAcceptedWithConsent() {
    RuleContext context = WaterFixtures.context(WaterFixtures.withVerification(pack(QUOTAS), Verification.UNVERIFIED));
    assertEquals("RULE_UNVERIFIED", assertThrows(RulePackException.class, () -> WaterQuotas.in(context).assess(SCHOOL, YEAR,
        DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 10)).errorCode());
    WaterQuotaResult allowed = WaterQuotas.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).assess(SCHOOL, YEAR,
        DAY_SCHOOL, AnxiaoUnits.of("100", AnxiaoUnits.CUBIC_METER), 10);
    // 100 ÷ 10 = 10 ≤ 15
    assertEquals(QuotaTier.ADVANCED, allowed.tier());
  }

  @Test
  void theResultBecomesAnAssessmentAndRoundTrips() {
    WaterQuotaResult r = assess("27600", 1200);
    Assessment a = r.toAssessment(Instant.parse("2025-01-05T00:00:00Z"));
    assertEquals("anxiao.energy.water-quota", a.calculator());
    assertEquals(1, a.findings().size());
    assertEquals(r, AnxiaoJson.strict().read(AnxiaoJson.strict().write(r), WaterQuotaResult.class));
  }

  @Test
  void theTierIsMonotoneInUseAndResultsSurviveANewerPack() {
    RuleContext newer = WaterFixtures.context(pack(QUOTAS), WaterFixtures.doubled(pack(QUOTAS)));
    WaterQuotas latest = WaterQuotas.in(newer);
    qt().withExamples(200).forAll(longs().between(0, 100_000_000L), longs().between(0, 100_000_000L),
        integers().between(1, 5000)).checkAssert((a, b, people) -> {
          WaterQuotaResult less = assess(BigDecimal.valueOf(Math.min(a, b), 2).toPlainString(), people);
          WaterQuotaResult more = assess(BigDecimal.valueOf(Math.max(a, b), 2).toPlainString(), people);
          assertTrue(more.tier().ordinal() >= less.tier().ordinal());
          assertTrue(more.findings().size() >= less.findings().size() || more.tier() == QuotaTier.OVER);
          RuleContext pinned = newer;
          for (PackRef ref : less.packs()) {
            pinned = pinned.pin(ref);
          }
          assertEquals(less, WaterQuotas.in(pinned).assess(SCHOOL, YEAR, DAY_SCHOOL,
              AnxiaoUnits.of(BigDecimal.valueOf(Math.min(a, b), 2), AnxiaoUnits.CUBIC_METER), people));
          // The newer pack (general 40, advanced 30) is what an unpinned context reads.
          assertEquals(new BigDecimal("40"), latest.assess(SCHOOL, YEAR, DAY_SCHOOL,
              AnxiaoUnits.of(BigDecimal.ONE, AnxiaoUnits.CUBIC_METER), people).general());
        });
  }
}
