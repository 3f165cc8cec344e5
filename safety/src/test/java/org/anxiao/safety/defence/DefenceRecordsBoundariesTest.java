package org.anxiao.safety.defence;

import static org.anxiao.safety.defence.DefenceChecklistsTest.assertField;
import static org.anxiao.safety.defence.DefenceFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RuleValue;
import org.junit.jupiter.api.Test;

/**
 * The rule records built directly (as a caller or a layering bug might), each check at, just below and
 * just above its boundary, and the result's invariants.
 */
class DefenceRecordsBoundariesTest {
  private static final DefenceMeasureRule MEASURES = DefenceFixtures.minhangMeasures().rules().value();
  private static final FacilityTableRule TABLE = DefenceFixtures.facilities().rules().value();

  private static <V> RuleValue<V> as(RuleValue<?> like, V value) {
    return new RuleValue<>(value, like.applied());
  }

  private static DefenceMeasureRule measures(long days, String share) {
    return new DefenceMeasureRule(as(MEASURES.minimumRetentionDays(), days),
        as(MEASURES.requiredAlarmCoverage(), new BigDecimal(share)));
  }

  private static FacilityTableRule weights(String required, String recommended) {
    return new FacilityTableRule(TABLE.table(), as(TABLE.requiredWeight(), new BigDecimal(required)),
        as(TABLE.recommendedWeight(), new BigDecimal(recommended)));
  }

  private static void refused(String parameter, org.junit.jupiter.api.function.Executable call) {
    RulePackException e = assertThrows(RulePackException.class, call);
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.field().orElseThrow().endsWith("#/parameters/" + parameter + "/value"), e.getMessage());
  }

  @Test
  void theMeasureRuleTakesAtLeastOneDayAndAShareAboveZeroUpToOne() {
    assertEquals(1L, measures(1, "1").minimumRetentionDays().value());
    refused("minimumRetentionDays", () -> measures(0, "1"));
    refused("minimumRetentionDays", () -> measures(-1, "1"));
    assertEquals(new BigDecimal("0.0001"), measures(30, "0.0001").requiredAlarmCoverage().value());
    refused("requiredAlarmCoverage", () -> measures(30, "0"));
    refused("requiredAlarmCoverage", () -> measures(30, "-0.5"));
    refused("requiredAlarmCoverage", () -> measures(30, "1.0001"));
    assertEquals(0, BigDecimal.ONE.compareTo(measures(30, "1.000").requiredAlarmCoverage().value()));
    assertThrows(MissingValueException.class, () -> new DefenceMeasureRule(null, MEASURES.requiredAlarmCoverage()));
    assertThrows(MissingValueException.class, () -> new DefenceMeasureRule(MEASURES.minimumRetentionDays(), null));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void valuesOfTheWrongTypeAreRefused() {
    RuleValue wrongDays = as(MEASURES.minimumRetentionDays(), "30");
    refused("minimumRetentionDays", () -> new DefenceMeasureRule(wrongDays, MEASURES.requiredAlarmCoverage()));
    RuleValue wrongShare = as(MEASURES.requiredAlarmCoverage(), 1L);
    refused("requiredAlarmCoverage", () -> new DefenceMeasureRule(MEASURES.minimumRetentionDays(), wrongShare));
    RuleValue wrongTable = as(TABLE.table(), "table");
    AnxiaoException t = assertThrows(AnxiaoException.class,
        () -> new FacilityTableRule(wrongTable, TABLE.requiredWeight(), TABLE.recommendedWeight()));
    assertEquals(Optional.of("table"), t.field());
    RuleValue wrongWeight = as(TABLE.requiredWeight(), 2L);
    AnxiaoException w = assertThrows(AnxiaoException.class,
        () -> new FacilityTableRule(TABLE.table(), wrongWeight, TABLE.recommendedWeight()));
    assertEquals(Optional.of("requiredWeight"), w.field());
    RuleValue wrongRecommended = as(TABLE.recommendedWeight(), 1L);
    AnxiaoException r = assertThrows(AnxiaoException.class,
        () -> new FacilityTableRule(TABLE.table(), TABLE.requiredWeight(), wrongRecommended));
    assertEquals(Optional.of("recommendedWeight"), r.field());
  }

  @Test
  void theRequiredWeightMustBeAboveTheRecommendedAndBothPositive() {
    assertEquals(new BigDecimal("1.01"), weights("1.01", "1").requiredWeight().value());
    refused("requiredWeight", () -> weights("1", "1"));
    refused("requiredWeight", () -> weights("0.99", "1"));
    refused("recommendedWeight", () -> weights("2", "0"));
    refused("recommendedWeight", () -> weights("2", "-1"));
    refused("requiredWeight", () -> weights("0", "-1"));
    assertEquals(new BigDecimal("0.001"), weights("1", "0.001").recommendedWeight().value());
    assertSame(TABLE.requiredWeight(), TABLE.weight(Obligation.REQUIRED));
    assertSame(TABLE.recommendedWeight(), TABLE.weight(Obligation.RECOMMENDED));
    assertThrows(MissingValueException.class, () -> TABLE.weight(null));
    assertThrows(MissingValueException.class,
        () -> new FacilityTableRule(null, TABLE.requiredWeight(), TABLE.recommendedWeight()));
  }

  @Test
  void aResultHasAVerdictExactlyForEachMeasureGiven() {
    DefenceMeasureResult r = DefenceFixtures.minhangMeasures().assess(SCHOOL, DefenceFacts.of(30, 1, 1));
    DefenceFacts retentionOnly = new DefenceFacts(Optional.of(30), Optional.empty());
    DefenceFacts coverageOnly = new DefenceFacts(Optional.empty(), Optional.of(new AlarmCoverage(1, 1)));
    assertField("coverageMet", () -> new DefenceMeasureResult(SCHOOL, retentionOnly, Optional.of(true),
        Optional.of(true), r.rules(), r.packs(), r.findings()));
    assertField("retentionMet", () -> new DefenceMeasureResult(SCHOOL, coverageOnly, Optional.of(true),
        Optional.of(true), r.rules(), r.packs(), r.findings()));
    assertField("retentionMet", () -> new DefenceMeasureResult(SCHOOL, r.facts(), Optional.empty(),
        Optional.of(true), r.rules(), r.packs(), r.findings()));
    assertField("coverageMet", () -> new DefenceMeasureResult(SCHOOL, r.facts(), Optional.of(true),
        null, r.rules(), r.packs(), r.findings()));
    DefenceMeasureResult onlyRetention = new DefenceMeasureResult(SCHOOL, retentionOnly, Optional.of(false), null,
        List.of(), List.of(), List.of());
    assertEquals(Optional.empty(), onlyRetention.coverageMet());
    assertTrue(!onlyRetention.compliant());
    assertTrue(new DefenceMeasureResult(SCHOOL, coverageOnly, null, Optional.of(true), List.of(), List.of(),
        List.of()).compliant());
    assertTrue(!new DefenceMeasureResult(SCHOOL, coverageOnly, null, Optional.of(false), List.of(), List.of(),
        List.of()).compliant());
  }

  @Test
  void theFacilityItemsNameTheirKeyPartAndObligation() {
    var card = FacilityTablesTest.GB.score(SCHOOL, FacilityTablesTest.allBut());
    var item = card.scorecard().sections().get(0).items().get(2);
    assertEquals("perimeter-intrusion", item.itemId());
    assertEquals(0, BigDecimal.ONE.compareTo(item.weight()));
    var title = FacilityTablesTest.GB.score(SCHOOL, FacilityTablesTest.allBut("perimeter-intrusion")).findings()
        .get(0).message();
    assertTrue(title.zh().contains("周界：周界入侵探测装置（宜）"), title.zh());
    assertTrue(title.en().contains("perimeter: perimeter intrusion detection (should)"), title.en());
  }
}
