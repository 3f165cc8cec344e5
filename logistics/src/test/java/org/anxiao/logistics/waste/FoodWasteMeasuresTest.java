package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.S1;
import static org.anxiao.logistics.waste.WasteFixtures.S2;
import static org.anxiao.logistics.waste.WasteFixtures.allowing;
import static org.anxiao.logistics.waste.WasteFixtures.food;
import static org.anxiao.logistics.waste.WasteFixtures.foodTargets;
import static org.anxiao.logistics.waste.WasteFixtures.worked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** Food-waste measures worked by hand (沪教委保〔2021〕13号 §三(三)2), targets from fictional TEST packs only. */
class FoodWasteMeasuresTest {
  private static Optional<BigDecimal> dec(String v) {
    return Optional.of(new BigDecimal(v));
  }

  @Test
  void workedTermWithoutTargets() {
    // 450 kg = 450 000 g over 12 000 person-meals = 37.5 g → 37.50 (2 places);
    // loss 360 / 8 000 = 0.045 → 0.0450; clean trays 1 020 / 1 200 = 0.85 → 0.8500.
    FoodWasteResult r = food().measure(worked());
    assertEquals(dec("37.50"), r.figures().plateWastePerMeal());
    assertEquals(dec("0.0450"), r.figures().lossRate());
    assertEquals(dec("0.8500"), r.figures().cleanTrayRate());
    // No target pack ships: nothing checked, no finding, no pack, no rule read.
    assertEquals(Set.of(), r.targetsChecked());
    assertEquals(List.of(), r.findings());
    assertEquals(List.of(), r.packs());
    assertEquals(List.of(), r.rulesApplied());
    assertTrue(food().targets().isEmpty());
    assertEquals(SubjectKind.KEY_PART, r.subject().kind());
    assertEquals("C1", r.subject().id());
    assertEquals(FoodWasteMeasures.ID, r.calculator());
    assertEquals(Optional.of(S1), r.period());
    assertEquals(worked(), r.inputs());
    assertEquals("anxiao.logistics.food-waste", r.toAssessment(Instant.parse("2025-02-01T00:00:00Z")).calculator());
  }

  @Test
  void roundsHalfUp() {
    // 1.0005 kg = 1 000.5 g / 100 meals = 10.005 g → 10.01 half up (half even would give 10.00);
    // loss 1 / 32 = 0.03125 → 0.0313 half up (half even 0.0312); trays 1 / 32 → 0.0313.
    FoodWasteResult r = food().measure(food(S1, 100, "1.0005", "32", "1", 32, 1));
    assertEquals(dec("10.01"), r.figures().plateWastePerMeal());
    assertEquals(dec("0.0313"), r.figures().lossRate());
    assertEquals(dec("0.0313"), r.figures().cleanTrayRate());
  }

  @Test
  void gramsAndKilogramsAgree() {
    // 450 000 g is 450 kg: the same 37.50 g per person-meal.
    FoodWasteRecord inGrams = new FoodWasteRecord("C1", S1, 12_000, WasteFixtures.g("450000"), WasteFixtures.t("8"),
        WasteFixtures.g("360000"), 1_200, 1_020);
    assertEquals(food().measure(worked()).figures(), food().measure(inGrams).figures());
  }

  @Test
  void zeroDenominatorsGiveNoValue() {
    // No meals, nothing bought, no tray counted: every measure is empty (never NaN, never 0).
    FoodWasteResult r = food().measure(food(S1, 0, "0", "0", "0", 0, 0));
    assertEquals(Optional.empty(), r.figures().plateWastePerMeal());
    assertEquals(Optional.empty(), r.figures().lossRate());
    assertEquals(Optional.empty(), r.figures().cleanTrayRate());
    // Even with targets in force a measure without value is not checked.
    FoodWasteResult t = food(foodTargets("SECONDARY")).measure(food(S1, 0, "0", "0", "0", 0, 0));
    assertEquals(Set.of(), t.targetsChecked());
    assertEquals(List.of(), t.findings());
  }

  @Test
  void targetsMissedGiveThreeFindingsCitingTheTestPack() {
    // TEST pack (SECONDARY, fictional): ≤ 35 g, loss ≤ 0.04, clean ≥ 0.9.
    // 37.50 > 35; 0.0450 > 0.04; 0.8500 < 0.9: three findings.
    FoodWasteResult r = food(foodTargets("SECONDARY")).measure(worked());
    assertEquals(Set.of(FoodWasteMeasure.values()), r.targetsChecked());
    assertEquals(List.of("LOGISTICS.WASTE.PLATE_WASTE_ABOVE_TARGET", "LOGISTICS.WASTE.LOSS_RATE_ABOVE_TARGET",
        "LOGISTICS.WASTE.CLEAN_TRAY_RATE_BELOW_TARGET"), codes(r));
    assertEquals(List.of("test.food-waste-targets@1.0.0"), r.packs().stream().map(Object::toString).toList());
    assertEquals(List.of("maxPlateWastePerMeal", "maxLossRate", "minCleanTrayRate"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList());
    Finding plate = r.findings().get(0);
    assertEquals(Severity.LOW, plate.severity());
    assertEquals(Optional.of(new Measure(new BigDecimal("37.50"), "g")), plate.measured());
    assertEquals(Optional.of(new Measure(new BigDecimal("35"), "g")), plate.required());
    assertEquals(Optional.of(Comparison.AT_MOST), plate.comparison());
    assertEquals(List.of(r.rulesApplied().get(0)), plate.rules());
    assertEquals("Canteen C1, AY2024-2025-S1: plate waste of 37.50 g per person-meal (450000 g over 12000"
        + " person-meals) is above the target of at most 35 g"
        + " (test.food-waste-targets@1.0.0).", plate.message().en());
    assertEquals("食堂 C1，AY2024-2025-S1：人均餐余 37.50 克/人次（450000 克 / 12000 人次），高于目标上限 35 克（test.food-waste-targets@1.0.0）。",
        plate.message().zh());
    Finding loss = r.findings().get(1);
    assertEquals(Optional.of(new Measure(new BigDecimal("0.0450"), "1")), loss.measured());
    assertEquals(Optional.of(Comparison.AT_MOST), loss.comparison());
    assertEquals(List.of(r.rulesApplied().get(1)), loss.rules());
    assertTrue(loss.message().en().contains("loss rate 0.0450 (360 kg lost of 8000 kg) is above the target of at most 0.04"), loss.message().en());
    Finding clean = r.findings().get(2);
    assertEquals(Optional.of(new Measure(new BigDecimal("0.9"), "1")), clean.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), clean.comparison());
    assertEquals(List.of(r.rulesApplied().get(2)), clean.rules());
    assertTrue(clean.message().en().contains("clean-tray rate 0.8500 (1020 of 1200 trays clean) is below the target of at least 0.9"),
        clean.message().en());
  }

  @Test
  void targetsAtTheBoundaryAreMet() {
    // 420 kg / 12 000 = 35.00 g = 35 (met); 320 / 8 000 = 0.0400 (met); 1 080 / 1 200 = 0.9000 (met).
    FoodWasteResult r = food(foodTargets("SECONDARY")).measure(food(S1, 12_000, "420", "8000", "320", 1_200, 1_080));
    assertEquals(Set.of(FoodWasteMeasure.values()), r.targetsChecked());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void targetsJustBeyondTheBoundaryAreMissed() {
    // 420.06 kg / 12 000 = 35.005 g → 35.01 > 35; 320.4 / 8 000 = 0.04005 → 0.0401 > 0.04;
    // 1 079 / 1 200 = 0.89916… → 0.8992 < 0.9.
    FoodWasteResult r = food(foodTargets("SECONDARY")).measure(food(S1, 12_000, "420.06", "8000", "320.4", 1_200, 1_079));
    assertEquals(3, r.findings().size());
    // And just inside: 419.94 kg → 34.995 g < 35 (met; shown 35.00); 319.6 / 8 000 = 0.03995 < 0.04 (met);
    // 1 081 / 1 200 = 0.90083… → 0.9008 (met).
    FoodWasteResult in = food(foodTargets("SECONDARY")).measure(food(S1, 12_000, "419.94", "8000", "319.6", 1_200, 1_081));
    assertEquals(List.of(), in.findings());
    assertEquals(dec("35.00"), in.figures().plateWastePerMeal());
  }

  @Test
  void roundingNeverHidesAMiss() {
    // The exact quotient is compared, not the rounded figure: 420.04 kg = 420 040 g / 12 000 = 35.00333… g → 35.00,
    // but 420 040 > 35 × 12 000 = 420 000 (missed); 320.2 / 8 000 = 0.040025 → 0.0400, but 320.2 > 0.04 × 8 000 = 320
    // (missed); 17 999 / 20 000 = 0.89995 → 0.9000 half up, but 17 999 < 0.9 × 20 000 = 18 000 (missed).
    FoodWasteResult r = food(foodTargets("SECONDARY")).measure(food(S1, 12_000, "420.04", "8000", "320.2", 20_000, 17_999));
    assertEquals(dec("35.00"), r.figures().plateWastePerMeal());
    assertEquals(dec("0.0400"), r.figures().lossRate());
    assertEquals(dec("0.9000"), r.figures().cleanTrayRate());
    assertEquals(List.of("LOGISTICS.WASTE.PLATE_WASTE_ABOVE_TARGET", "LOGISTICS.WASTE.LOSS_RATE_ABOVE_TARGET",
        "LOGISTICS.WASTE.CLEAN_TRAY_RATE_BELOW_TARGET"), codes(r));
    assertEquals(Optional.of(new Measure(new BigDecimal("35.00"), "g")), r.findings().get(0).measured());
    assertTrue(r.findings().get(0).message().en().contains("plate waste of 35.00 g per person-meal (420040 g over 12000"
        + " person-meals) is above the target of at most 35 g"), r.findings().get(0).message().en());
    assertTrue(r.findings().get(1).message().en().contains("(320.2 kg lost of 8000 kg)"), r.findings().get(1).message().en());
    assertTrue(r.findings().get(2).message().zh().contains("光盘率 0.9000（光盘 17999 / 20000 盘）"),
        r.findings().get(2).message().zh());
    // One gram, one gram of loss and one tray the other way: 419 990 g < 420 000, 319.99 < 320, 18 000 = 18 000 (met).
    FoodWasteResult in = food(foodTargets("SECONDARY")).measure(food(S1, 12_000, "419.99", "8000", "319.99", 20_000, 18_000));
    assertEquals(List.of(), in.findings());
  }

  @Test
  void aPackGivingOneTargetChecksOnlyThat() {
    RulePack lossOnly = foodTargets("SECONDARY", "\"maxLossRate\": {\"type\": \"decimal\", \"value\": \"0.05\"}");
    FoodWasteResult r = food(lossOnly).measure(worked());
    assertEquals(Set.of(FoodWasteMeasure.LOSS_RATE), r.targetsChecked());
    assertEquals(List.of(), r.findings());
    assertEquals(1, r.rulesApplied().size());
  }

  @Test
  void unverifiedTargetsAreSkippedWithInfoUnlessAllowed() {
    RulePack unverified = foodTargets("UNVERIFIED");
    FoodWasteResult r = food(unverified).measure(worked());
    assertEquals(Set.of(), r.targetsChecked());
    assertEquals(List.of("LOGISTICS.WASTE.NOT_CHECKED", "LOGISTICS.WASTE.NOT_CHECKED",
        "LOGISTICS.WASTE.NOT_CHECKED"), codes(r));
    assertEquals(List.of(), r.rulesApplied());
    Finding skipped = r.findings().get(0);
    assertEquals(Severity.INFO, skipped.severity());
    assertEquals("maxPlateWastePerMeal", skipped.rules().get(0).parameter());
    assertEquals(1, skipped.rules().size());
    assertEquals("test.food-waste-targets@1.0.0", skipped.rules().get(0).pack().toString());
    assertEquals(org.anxiao.core.rule.Verification.UNVERIFIED, skipped.rules().get(0).verification());
    assertEquals(List.of("maxLossRate", "minCleanTrayRate"),
        r.findings().subList(1, 3).stream().map(f -> f.rules().get(0).parameter()).toList());
    assertEquals("Target maxPlateWastePerMeal of test.food-waste-targets@1.0.0 is UNVERIFIED, below the verification"
        + " policy: not checked.", skipped.message().en());
    assertEquals("规则包 test.food-waste-targets@1.0.0 的目标 maxPlateWastePerMeal 核实等级为 UNVERIFIED，低于核实策略要求：未检查。",
        skipped.message().zh());
    FoodWasteResult allowed = FoodWasteMeasures.in(allowing(unverified)).measure(worked());
    assertEquals(3, allowed.targetsChecked().size());
    assertEquals(3, allowed.findings().size());
    assertFalse(codes(allowed).contains("LOGISTICS.WASTE.NOT_CHECKED"));
  }

  @Test
  void trendOverTwoTerms() {
    // S1: 37.50 g, 0.0450, 0.8500. S2: 385 kg / 11 000 = 35.00 g; 300 / 7 500 = 0.0400; 990 / 1 100 = 0.9000.
    // Changes: 35.00 − 37.50 = −2.50 (improved); 0.0400 − 0.0450 = −0.0050 (improved); 0.9000 − 0.8500 = 0.0500 (improved).
    FoodWasteTrend trend = food().trend(List.of(worked(), food(S2, 11_000, "385", "7500", "300", 1_100, 990)));
    assertEquals("C1", trend.canteen());
    assertEquals(2, trend.terms().size());
    assertEquals(3, trend.changes().size());
    MeasureChange plate = trend.changes(FoodWasteMeasure.PLATE_WASTE_PER_MEAL).get(0);
    assertEquals(dec("-2.50"), plate.change());
    assertEquals(TrendDirection.IMPROVED, plate.direction());
    assertEquals(S1, plate.from());
    assertEquals(S2, plate.to());
    assertEquals(dec("37.50"), plate.previous());
    assertEquals(dec("35.00"), plate.current());
    assertEquals(dec("-0.0050"), trend.changes(FoodWasteMeasure.LOSS_RATE).get(0).change());
    assertEquals(TrendDirection.IMPROVED, trend.changes(FoodWasteMeasure.LOSS_RATE).get(0).direction());
    assertEquals(dec("0.0500"), trend.changes(FoodWasteMeasure.CLEAN_TRAY_RATE).get(0).change());
    assertEquals(TrendDirection.IMPROVED, trend.changes(FoodWasteMeasure.CLEAN_TRAY_RATE).get(0).direction());
  }

  @Test
  void trendWorsenedUnchangedAndNotComparable() {
    // S1 as worked; S2: 480 kg / 12 000 = 40.00 (worse); 360 / 8 000 = 0.0450 (unchanged); 1 000 / 1 200 = 0.8333 (worse).
    FoodWasteTrend worse = food().trend(List.of(worked(), food(S2, 12_000, "480", "8000", "360", 1_200, 1_000)));
    assertEquals(TrendDirection.WORSENED, worse.changes(FoodWasteMeasure.PLATE_WASTE_PER_MEAL).get(0).direction());
    assertEquals(TrendDirection.UNCHANGED, worse.changes(FoodWasteMeasure.LOSS_RATE).get(0).direction());
    assertEquals(dec("0.0000"), worse.changes(FoodWasteMeasure.LOSS_RATE).get(0).change());
    assertEquals(TrendDirection.WORSENED, worse.changes(FoodWasteMeasure.CLEAN_TRAY_RATE).get(0).direction());
    assertEquals(dec("-0.0167"), worse.changes(FoodWasteMeasure.CLEAN_TRAY_RATE).get(0).change());
    // A loss rate that rises is worse, a plate waste that rises is worse; no trays counted → not comparable.
    FoodWasteTrend none = food().trend(List.of(worked(), food(S2, 12_000, "450", "8000", "400", 0, 0)));
    MeasureChange clean = none.changes(FoodWasteMeasure.CLEAN_TRAY_RATE).get(0);
    assertEquals(TrendDirection.NOT_COMPARABLE, clean.direction());
    assertEquals(Optional.empty(), clean.change());
    assertEquals(Optional.empty(), clean.current());
    assertEquals(TrendDirection.WORSENED, none.changes(FoodWasteMeasure.LOSS_RATE).get(0).direction());
    assertEquals(TrendDirection.UNCHANGED, none.changes(FoodWasteMeasure.PLATE_WASTE_PER_MEAL).get(0).direction());
    // Not comparable from the earlier side too.
    FoodWasteTrend back = food().trend(List.of(food(S1, 0, "0", "8000", "360", 1_200, 1_020), worked2()));
    assertEquals(TrendDirection.NOT_COMPARABLE, back.changes(FoodWasteMeasure.PLATE_WASTE_PER_MEAL).get(0).direction());
    assertEquals(Optional.empty(), back.changes(FoodWasteMeasure.PLATE_WASTE_PER_MEAL).get(0).previous());
  }

  private static FoodWasteRecord worked2() {
    return food(S2, 12_000, "450", "8000", "360", 1_200, 1_020);
  }

  @Test
  void oneTermTrendHasNoChange() {
    FoodWasteTrend one = food().trend(List.of(worked()));
    assertEquals(1, one.terms().size());
    assertEquals(List.of(), one.changes());
  }

  @Test
  void trendRefusesOverlapDisorderAnotherCanteenAndNoTerm() {
    FoodWasteRecord year = food(Period.parse("AY2024-2025"), 12_000, "450", "8000", "360", 1_200, 1_020);
    PeriodOverlapException overlap = assertThrows(PeriodOverlapException.class,
        () -> food().trend(List.of(worked(), year)));
    assertEquals("terms[1].period", overlap.field().orElseThrow());
    assertEquals("PERIOD_OVERLAP", overlap.errorCode());
    // The same term twice overlaps too.
    assertThrows(PeriodOverlapException.class, () -> food().trend(List.of(worked(), worked())));
    InvalidValueException order = assertThrows(InvalidValueException.class,
        () -> food().trend(List.of(worked2(), worked())));
    assertEquals("terms[1].period", order.field().orElseThrow());
    assertTrue(order.getMessage().contains("must come after terms[0].period AY2024-2025-S2"), order.getMessage());
    FoodWasteRecord other = new FoodWasteRecord("C2", S2, 1, WasteFixtures.kg("1"), WasteFixtures.kg("1"),
        WasteFixtures.kg("0"), 1, 1);
    InvalidValueException canteen = assertThrows(InvalidValueException.class,
        () -> food().trend(List.of(worked(), other)));
    assertEquals("terms[1].canteen", canteen.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> food().trend(List.of()));
  }

  @Test
  void adjacentTermsDoNotOverlap() {
    // S1 ends (exclusive) on 2025-02-01, the day S2 starts: adjacent, not overlapping.
    assertEquals(S1.end(), S2.start());
    assertEquals(2, food().trend(List.of(worked(), worked2())).terms().size());
  }

  @Test
  void calculatorDescribesItself() {
    FoodWasteMeasures none = food();
    assertEquals(List.of(FoodWasteTargets.KIND), none.requirements());
    assertEquals(FoodWasteMeasures.ID, none.id());
    assertTrue(none.toString().contains("no targets"), none.toString());
    FoodWasteMeasures some = food(foodTargets("SECONDARY"));
    assertTrue(some.toString().contains("test.food-waste-targets@1.0.0"), some.toString());
    assertTrue(some.targets().isPresent());
    FoodWasteMeasures same = FoodWasteMeasures.of(some.targets(), org.anxiao.core.rule.VerificationPolicy.DEFAULT);
    assertEquals(some.measure(worked()).findings(), same.measure(worked()).findings());
  }

  private static List<String> codes(FoodWasteResult r) {
    return r.findings().stream().map(f -> f.code().toString()).toList();
  }
}
