package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.logistics.canteen.CanteenAccountReport;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.dormitory.DormitoryInspections;
import org.anxiao.logistics.dormitory.DormitoryOccupancy;
import org.anxiao.logistics.dormitory.DormitoryOccupancyResult;
import org.anxiao.logistics.dormitory.Responsibility;
import org.anxiao.logistics.dormitory.RoomRank;
import org.anxiao.logistics.food.DayLogCheck;
import org.anxiao.logistics.food.FoodSafetyLogs;
import org.anxiao.logistics.food.FoodTraceability;
import org.anxiao.logistics.food.TraceLevel;
import org.anxiao.logistics.food.TraceabilityCheck;
import org.anxiao.logistics.greening.Greening;
import org.anxiao.logistics.greening.GreeningResult;
import org.anxiao.logistics.sixt.SixTPillar;
import org.anxiao.logistics.sixt.SixTScorecard;
import org.anxiao.logistics.sixt.SixTScorecards;
import org.anxiao.logistics.supplies.EmergencySupplies;
import org.anxiao.logistics.supplies.SupplyLine;
import org.anxiao.logistics.supplies.SupplyResult;
import org.anxiao.logistics.waste.FoodWasteMeasure;
import org.anxiao.logistics.waste.FoodWasteMeasures;
import org.anxiao.logistics.waste.FoodWasteResult;
import org.anxiao.logistics.waste.FoodWasteTrend;
import org.anxiao.logistics.waste.MeasureChange;
import org.anxiao.logistics.waste.TrendDirection;
import org.anxiao.logistics.waste.WasteSorting;
import org.anxiao.logistics.waste.WasteSortingResult;
import org.anxiao.logistics.waste.WasteStream;
import org.junit.jupiter.api.Test;

/**
 * The logistics section over the two bundled schools (minhang-primary.json, minhang-boarding-senior.json) and the
 * bundled logistics documents, on 2024-10-15, against figures worked out by hand here (示例数据，虚构).
 *
 * <p><b>Canteen accounts</b> (学生食堂 {@code can}, 1,080 pupils, lunch only). AY2024-2025-S1: 90 days × 1,080 =
 * 97,200 person-meals, 餐标 15.00. Revenue 1,458,000.00 + 97,200.00 = 1,555,200.00. Cost 1,049,760.00 + 324,000.00
 * = 1,373,760.00; + 86,418.37 = 1,460,178.37; + 21,356.90 = 1,481,535.27; + 48,000.00 (depreciation, counted) =
 * 1,529,535.27; + 6,213.25 = 1,535,748.52. Surplus 1,555,200.00 − 1,535,748.52 = 19,451.48; rate 19,451.48 /
 * 1,555,200.00 = 0.012507… → 0.0125. Ingredient share of all revenue 1,049,760.00 / 1,555,200.00 = 0.675 → 0.6750.
 * AY2023-2024-S2: 91,800 person-meals, 餐标 14.00; revenue 1,285,200.00 + 91,800.00 = 1,377,000.00; cost 881,280 +
 * 306,000 + 79,850 + 19,800 + 48,000 + 5,120 = 1,340,050.00. Price change from the 餐标 (both terms state one):
 * (15.00 − 14.00) / 14.00 = 0.071428… → 0.0714. The shipped pack {@code cn.example.canteen-accounting} is
 * UNVERIFIED: under the default policy no value is read — depreciation counted and all revenue taken (the example
 * readings, DEPRECIATION_ASSUMED and BASIS_ASSUMED) and the three thresholds not checked (NOT_CHECKED × 3): five INFO
 * findings. Under ALLOW_UNVERIFIED: 0.0125 ≤ 0.03, 0.6750 ≥ 0.60, |0.0714| ≤ 0.10 → no finding.
 *
 * <p><b>Food-safety day logs</b> (Minhang 310112: Shanghai's pack gives the seven daily records, the national pack
 * the sample rules: at least 125 g, kept at least 48 h). 2024-10-14: three lunch dishes sampled 130 g, 125 g
 * (exactly the minimum passes), 150 g, retained 11:30, discarded 2024-10-16 12:00 (48 h 30 min), 11:30 (exactly
 * 48 h passes), 12:00; refrigerated, labelled; a leader at lunch; one delivery by two checkers with documents; two
 * staff certified to 2025; all seven routines → no finding. 2024-10-15: 红烧鸡块 sampled 100 g (100 &lt; 125) and
 * kept 2024-10-15 11:30 → 2024-10-17 03:30 = 48 h − 8 h = 40 h (40 &lt; 48); the other two dishes 130 g and 150 g,
 * still kept → exactly SAMPLE_LIGHT and SAMPLE_SHORT, citing {@code cn.food-safety-routines}
 * sampleMinimumMass and sampleMinimumHours. The logs are held with placeholder names only (leader, checker-1…,
 * staff-1…, the form {@code toJson()} writes).
 *
 * <p><b>Traceability</b> (Minhang {@code sh.minhang.food-traceability-2022}: on-line target 100 %, three levels).
 * Six purchases; p1–p5 uploaded, p6 not → on-line 5/6 = 0.83333… → 0.8333 (5 &lt; 1 × 6: ONLINE_BELOW_TARGET).
 * p5 lacks its base; the calculator counts a purchase complete whatever its upload, so the offline p6, which has all
 * three levels, is complete: p1, p2, p3, p4, p6 → 5/6 = 0.8333 (not 4/6); one LEVEL_MISSING (BASE: p5).
 *
 * <p><b>Food waste</b> (no target pack ships). AY2023-2024-S2: 3,580,000 g / 91,800 = 38.998… → 39.00 g;
 * 4,320 / 96,000 = 0.045 → 0.0450; 1,560 / 2,000 = 0.78 → 0.7800. AY2024-2025-S1: 3,402,000 / 97,200 = 35 →
 * 35.00 g; 3,857 / 101,500 = 0.038 → 0.0380; 1,700 / 2,000 = 0.85 → 0.8500. All three improved (plate waste and
 * loss down, clean trays up); no target checked, no finding.
 *
 * <p><b>Waste sorting</b>, campus main, 2024-10 ({@code sh.logistics.waste-streams}): 420 + 3 + 1,650 + 927 =
 * 3,000 kg; shares 420/3,000 = 0.1400, 3/3,000 = 0.0010, 1,650/3,000 = 0.5500, 927/3,000 = 0.3090; accuracy
 * 111/120 = 0.925 → 0.9250; recovered RECYCLABLE only 420 kg → 0.1400; per person per day 3,000 / ((1,080 + 95) ×
 * 22) = 3,000 / 25,850 = 0.11605… → 0.116 kg. No target, no finding.
 *
 * <p><b>Dormitory</b> {@code dorm-s}, rooms S301–S306 of 6 beds: 6, 7, 6, 5, 6, 4 occupants = 34 (the brief's 37
 * was a slip: 6 + 7 + 6 + 5 + 6 + 4 = 34) of 36 beds → 34/36 = 0.94444… → 0.9444; S302 7/6 = 1.16666… → 1.1667,
 * S304 5/6 → 0.8333, S306 4/6 → 0.6667. Every room has a safety officer and the five responsibilities but S305,
 * without THEFT_PREVENTION (防盗): one RESPONSIBILITIES_MISSING under {@code sh.dormitory-responsibilities-2024}
 * (OFFICIAL_TEXT). Default policy: the national maxOccupancyRate (UNVERIFIED) is skipped, nobody is over capacity;
 * ALLOW_UNVERIFIED: 7 &gt; 1 × 6 → S302 over capacity. <b>Room inspection</b> ({@code sh.example.dormitory-inspection},
 * UNVERIFIED: refused under the default policy; under ALLOW_UNVERIFIED five items of 20): S301 20 × 5 = 100 (优秀, ≥ 90); S302 20 + 20 + 15 + 20 + 10 = 85 (合格, ≥ 60); S305 20 × 4 + 5 =
 * 85 (合格) → 1 S301, 2 S302, 2 S305 (a tie shares the place, listed by room id).
 *
 * <p><b>六T canteen sheet</b> {@code sh.example.sixt-canteen} (UNVERIFIED: refused under the default policy). Pillar =
 * Σ item scores × pillar points / 20: 天天处理 (10 + 10) × 20/20 = 20; 天天整合 (10 + 5) × 20/20 = 15; 天天清扫
 * (10 + 10) × 20/20 = 20; 天天规范 (10 + 5) × 15/20 = 11.25; 天天检查 (10 + 10) × 15/20 = 15; 天天改进 (5 + 5) ×
 * 10/20 = 5; total 86.25 ≥ 80 → 达标 MET.
 *
 * <p><b>Emergency supplies</b>, fictional quota {@code xx.fictional.emergency-supplies} (area 319900, UNVERIFIED,
 * ALLOW_UNVERIFIED): 1,080 pupils, 7 buildings, floor 6,850 + 5,420 + 3,200 + 1,150 + 1,680 + 2,400 + 1,300 =
 * 22,000 m², site 28,000 m². Required: sandbags 50 + 10 × ⌈10.8⌉ + 20 × 7 = 50 + 110 + 140 = 300; water-pumps 1 +
 * ⌈2.8⌉ = 4; raincoats 10 + 2 × 7 = 24; flashlights 5 + 2 × ⌈4.4⌉ = 15; first-aid-kits 2 + ⌈2.16⌉ = 5; sand 1 +
 * 0.5 × 7 = 4.5 t. Stock: water-pumps 3 → short 1; raincoats 24 of 2019-06-01 + 60 months = 2024-06-01, expired,
 * and 24 of 2024-06-01 (to 2029-06-01) usable → no shortfall; first-aid-kits 2022-11-01 + 24 months = 2024-11-01 ≤
 * 2024-10-15 + 30 days = 2024-11-14 → 5 expiring; the rest at quota. Findings SHORTFALL, EXPIRED, EXPIRING.
 *
 * <p><b>Greening</b>, the bundled {@code campus-greening-main.json}: campus main (EXISTING), roof 600 m², vertical
 * 200 m², {@code sh.dgtj08-2438-2024.greening} (states no roof or vertical
 * factor, so neither counts): cover 9,800 / 28,000 = 0.35 → 0.3500; green space 8,400 / 28,000 = 0.3 → 0.3000; the
 * pack states a minimum for new schools only → NO_MINIMUM for both, nothing met or missed.
 */
class LogisticsReportTest {
  private static final School PRIMARY = school("minhang-primary.json");
  private static final School BOARDING = school("minhang-boarding-senior.json");
  private static final LogisticsReport.Documents DOCS = LogisticsReport.bundled(AnxiaoJson.strict());
  private static final Instant AT = Instant.parse("2024-10-15T02:00:00Z");

  private static School school(String resource) {
    return DemoResources.school(resource);
  }

  private static String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LogisticsReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), PRIMARY, BOARDING, DOCS);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).toList();
  }

  private static String dec(Optional<BigDecimal> value) {
    return value.orElseThrow().toPlainString();
  }

  private static void assessable(CalculationResult result, CalculatorId id) {
    Assessment a = result.toAssessment(AT);
    assertEquals(id.toString(), a.calculator());
    assertEquals(AT, a.assessedAt());
    assertEquals(result.findings(), a.findings());
  }

  @Test
  void canteenAccounts() {
    CanteenAccountReport d = LogisticsReport.canteen(PRIMARY, DOCS, VerificationPolicy.DEFAULT);
    assertEquals("1555200.00", d.totalRevenue().value().toPlainString());
    assertEquals("1458000.00", d.mealFees().value().toPlainString());
    assertEquals("1535748.52", d.totalCost().value().toPlainString());
    assertTrue(d.depreciationCounted());
    assertEquals("19451.48", d.surplus().value().toPlainString());
    assertEquals("0.0125", dec(d.surplusRate()));
    assertEquals("0.6750", dec(d.ingredientShare()));
    assertEquals("0.0714", dec(d.priceChange().orElseThrow().change()));
    // Cost shares of 1,535,748.52 (half up): 1,049,760.00 → 0.683549… → 0.6835; 324,000.00 → 0.210972… → 0.2110;
    // 86,418.37 → 0.056271… → 0.0563; 21,356.90 → 0.013907… → 0.0139; 48,000.00 → 0.031255… → 0.0313;
    // 6,213.25 → 0.004046… → 0.0040.
    assertEquals(List.of("INGREDIENTS 0.6835", "LABOUR 0.2110", "UTILITIES 0.0563", "CONSUMABLES 0.0139",
        "DEPRECIATION 0.0313", "OTHER 0.0040"), d.costBreakdown().stream()
        .map(c -> c.category() + " " + dec(c.share())).toList());
    assertEquals(Map.of("LOGISTICS.CANTEEN.DEPRECIATION_ASSUMED", 1L, "LOGISTICS.CANTEEN.BASIS_ASSUMED", 1L,
        "LOGISTICS.CANTEEN.NOT_CHECKED", 3L), d.findings().stream().collect(java.util.stream.Collectors.groupingBy(
            f -> f.code().value(), java.util.stream.Collectors.counting())));
    assertTrue(d.rules().isEmpty());
    assessable(d, CanteenAccounting.ID);

    CanteenAccountReport a = LogisticsReport.canteen(PRIMARY, DOCS, VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals("0.0125", dec(a.surplusRate()));
    assertEquals(List.of(), a.findings());
    assertTrue(a.rules().stream().anyMatch(r -> r.parameter().equals("maxSurplusRate") && r.value().equals("0.03")));
    assessable(a, CanteenAccounting.ID);
  }

  @Test
  void foodSafetyLogsAndTraceability() {
    List<DayLogCheck> checks = LogisticsReport.dayLogs(PRIMARY, DOCS);
    assertEquals(LocalDate.of(2024, 10, 14), checks.get(0).log().date());
    assertTrue(checks.get(0).compliant());
    assertEquals(List.of(), checks.get(0).findings());
    DayLogCheck bad = checks.get(1);
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT", "LOGISTICS.FOOD.SAMPLE_SHORT"), codes(bad.findings()));
    assertEquals(List.of("cn.food-safety-routines@1.0.0/sampleMinimumMass"), cited(bad.findings().get(0).rules()));
    assertEquals(List.of("cn.food-safety-routines@1.0.0/sampleMinimumHours"), cited(bad.findings().get(1).rules()));
    // held without names: the placeholders toJson() writes
    assertEquals(DOCS.logs().get(1), DOCS.logs().get(1).withoutNames());
    checks.forEach(c -> assessable(c, FoodSafetyLogs.ID));

    TraceabilityCheck t = LogisticsReport.traceability(PRIMARY);
    assertEquals(6, t.purchases());
    assertEquals(5, t.online());
    assertEquals("0.8333", dec(t.onlineRate()));
    assertEquals(5, t.complete());
    assertEquals("0.8333", dec(t.completenessRate()));
    assertEquals(List.of("p6"), t.offline());
    assertEquals(List.of("p5"), t.missing().get(TraceLevel.BASE));
    assertEquals(List.of("LOGISTICS.FOOD.ONLINE_BELOW_TARGET", "LOGISTICS.FOOD.LEVEL_MISSING"), codes(t.findings()));
    assessable(t, FoodTraceability.ID);
  }

  @Test
  void foodWasteAndSorting() {
    FoodWasteTrend trend = LogisticsReport.foodWaste(PRIMARY);
    FoodWasteResult s2 = trend.terms().get(0);
    FoodWasteResult s1 = trend.terms().get(1);
    assertEquals("39.00", dec(s2.figures().plateWastePerMeal()));
    assertEquals("0.0450", dec(s2.figures().lossRate()));
    assertEquals("0.7800", dec(s2.figures().cleanTrayRate()));
    assertEquals("35.00", dec(s1.figures().plateWastePerMeal()));
    assertEquals("0.0380", dec(s1.figures().lossRate()));
    assertEquals("0.8500", dec(s1.figures().cleanTrayRate()));
    for (FoodWasteMeasure m : FoodWasteMeasure.values()) {
      assertEquals(List.of(TrendDirection.IMPROVED), trend.changes(m).stream().map(MeasureChange::direction).toList());
    }
    assertEquals(Set.of(), s1.targetsChecked());
    assertEquals(List.of(), s1.findings());
    trend.terms().forEach(r -> assessable(r, FoodWasteMeasures.ID));

    WasteSortingResult w = LogisticsReport.sorting(PRIMARY, DOCS);
    assertEquals(0, new BigDecimal("3000").compareTo(w.figures().totalKg()));
    assertEquals("0.1400", dec(w.figures().share(WasteStream.RECYCLABLE)));
    assertEquals("0.0010", dec(w.figures().share(WasteStream.HAZARDOUS)));
    assertEquals("0.5500", dec(w.figures().share(WasteStream.WET)));
    assertEquals("0.3090", dec(w.figures().share(WasteStream.RESIDUAL)));
    assertEquals("0.9250", dec(w.figures().sortingAccuracy()));
    assertEquals(0, new BigDecimal("420").compareTo(w.figures().recoveredKg()));
    assertEquals("0.1400", dec(w.figures().recyclingRate()));
    assertEquals("0.116", dec(w.figures().perPersonDay()));
    assertEquals(List.of(), w.findings());
    assessable(w, WasteSorting.ID);
  }

  @Test
  void dormitoryAndInspections() {
    DormitoryOccupancyResult d = LogisticsReport.dormitory(BOARDING, DOCS, VerificationPolicy.DEFAULT);
    assertEquals(34, d.occupants());
    assertEquals(36, d.designCapacity());
    assertEquals("0.9444", d.rate().toPlainString());
    assertEquals("1.1667", d.room("S302").orElseThrow().rate().toPlainString());
    assertEquals(List.of("maxOccupancyRate"), d.skipped());
    assertEquals(List.of(), d.overCapacity());
    assertEquals(Set.of(Responsibility.THEFT_PREVENTION), d.room("S305").orElseThrow().missingResponsibilities());
    List<Finding> missing = d.findings().stream().filter(f -> f.code().equals(DormitoryOccupancy.RESPONSIBILITIES_MISSING))
        .toList();
    assertEquals(1, missing.size());
    assertTrue(missing.get(0).rules().stream().allMatch(r -> r.pack().id().equals("sh.dormitory-responsibilities-2024")));
    assertEquals(List.of(), d.withoutSafetyOfficer());
    assessable(d, DormitoryOccupancy.ID);

    DormitoryOccupancyResult a = LogisticsReport.dormitory(BOARDING, DOCS, VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals(List.of("S302"), a.overCapacity());
    assessable(a, DormitoryOccupancy.ID);

    RulePackException refused = assertThrows(RulePackException.class,
        () -> LogisticsReport.inspections(BOARDING, VerificationPolicy.DEFAULT));
    assertEquals(RulePackException.UNVERIFIED, refused.errorCode());
    List<Scorecard> cards = LogisticsReport.inspections(BOARDING, VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals("sh.example.dormitory-inspection", cards.get(0).checklistId());
    assertEquals("ROOM", cards.get(0).subject().kind().code());
    List<RoomRank> ranks = DormitoryInspections.rank(cards);
    assertEquals(List.of("1 S301 100 EXCELLENT", "2 S302 85 PASS", "2 S305 85 PASS"), ranks.stream()
        .map(r -> r.rank() + " " + r.roomId() + " " + r.total().stripTrailingZeros().toPlainString() + " "
            + r.grade().code()).toList());
    cards.forEach(c -> assertEquals(c.subject(), c.toAssessment(AT).subject()));
    assertFalse(cards.get(0).toAssessment(AT).rulesApplied().isEmpty());
  }

  @Test
  void sixT() {
    RulePackException refused = assertThrows(RulePackException.class,
        () -> LogisticsReport.sixt(PRIMARY, VerificationPolicy.DEFAULT));
    assertEquals(RulePackException.UNVERIFIED, refused.errorCode());
    SixTScorecard c = LogisticsReport.sixt(PRIMARY, VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals(List.of("20", "15", "20", "11.25", "15", "5"), List.of(SixTPillar.values()).stream()
        .map(p -> c.pillar(p).stripTrailingZeros().toPlainString()).toList());
    assertEquals(0, new BigDecimal("86.25").compareTo(c.total()));
    assertEquals("MET", c.scorecard().grade().code());
    assessable(c, SixTScorecards.ID);
  }

  @Test
  void emergencySupplies() {
    SupplyResult a = LogisticsReport.supplies(PRIMARY, DOCS);
    assertEquals(1_080, a.size().pupils());
    assertEquals(7, a.size().buildings());
    assertEquals(Map.of("sandbags", "300", "water-pumps", "4", "raincoats", "24", "flashlights", "15",
        "first-aid-kits", "5", "sand", "4.5"), a.lines().stream().collect(java.util.stream.Collectors.toMap(
            SupplyLine::item, l -> l.required().stripTrailingZeros().toPlainString())));
    SupplyLine pumps = a.line("water-pumps").orElseThrow();
    assertEquals(0, BigDecimal.ONE.compareTo(pumps.shortfall()));
    SupplyLine raincoats = a.line("raincoats").orElseThrow();
    assertEquals(0, new BigDecimal("24").compareTo(raincoats.expired()));
    assertEquals(0, new BigDecimal("24").compareTo(raincoats.usable()));
    assertFalse(raincoats.isShort());
    SupplyLine kits = a.line("first-aid-kits").orElseThrow();
    assertEquals(0, new BigDecimal("5").compareTo(kits.expiring()));
    assertEquals(Optional.of(LocalDate.of(2024, 11, 1)), kits.nextExpiry());
    assertEquals(List.of("water-pumps"), a.shortfalls().stream().map(SupplyLine::item).toList());
    assertFalse(a.sufficient());
    assertEquals(Set.of("LOGISTICS.SUPPLIES.SHORTFALL", "LOGISTICS.SUPPLIES.EXPIRED", "LOGISTICS.SUPPLIES.EXPIRING"),
        Set.copyOf(codes(a.findings())));
    assertEquals(3, a.findings().size());
    assessable(a, EmergencySupplies.ID);
  }

  @Test
  void greening() {
    GreeningResult g = LogisticsReport.greening(PRIMARY, DOCS);
    // The bundled document's site is the site the supplies quota uses.
    assertEquals(0, LogisticsReport.SITE_SQUARE_METRES.compareTo(DOCS.greening().siteSquareMetres()));
    assertEquals("0.3500", dec(g.coverage()));
    assertEquals("0.3000", dec(g.greenSpaceRatio()));
    assertEquals(0, new BigDecimal("9800").compareTo(g.coverageArea().counted()));
    assertEquals(Optional.empty(), g.coverageMet());
    assertEquals(Optional.empty(), g.greenSpaceMet());
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.NO_MINIMUM"), codes(g.findings()));
    assessable(g, Greening.ID);
  }

  @Test
  void printsTheWorkedFigures() {
    String out = report();
    assertContains(out, "surplus 结余 19,451.48, surplus rate 0.0125");
    assertContains(out, "(of ALL_REVENUE) 0.6750; price change 餐价变动 from AY2023-2024-S2 14.00 → 15.00 = 0.0714");
    assertContains(out, "→ all met, no finding 无发现");
    assertContains(out, "2024-10-14: LUNCH [清蒸鲈鱼, 番茄炒蛋, 炒青菜] → compliant 合规, no finding");
    assertContains(out, "留样 100 g，少于规定的 125 g。 — cn.food-safety-routines@1.0.0/sampleMinimumMass");
    assertContains(out, "on-line 上传 5 = 0.8333 (offline [p6]), three-level complete 三级追溯完整 5 = 0.8333");
    assertContains(out, "AY2023-2024-S2: 91,800 person-meals, plate waste 39.00 g/person-meal, loss rate 0.0450");
    assertContains(out, "per person per day 0.116 kg (1175 people × 22 days)");
    assertContains(out, "building 34/36 = 0.9444");
    assertContains(out, "ALLOW_UNVERIFIED: over capacity [S302] (7 > 6)");
    assertContains(out, "Room inspection (anxiao.logistics.dormitory-inspection) under the default policy: refused "
        + "RULE_UNVERIFIED");
    assertContains(out, "ALLOW_UNVERIFIED, sh.example.dormitory-inspection: 1. S301 100 优秀, 2. S302 85 合格, "
        + "2. S305 85 合格");
    assertContains(out, "refused RULE_UNVERIFIED");
    assertContains(out, "天天规范 11.25, 天天检查 15, 天天改进 5 → total 86.25 达标");
    assertContains(out, "→ SHORT 不足 1");
    assertContains(out, "green space 8400 m² → 0.3000, green cover 9800 m² → 0.3500");
    long lines = out.lines().count();
    assertTrue(lines >= 40 && lines <= 60, () -> "compact section, got " + lines + " lines");
  }

  private static List<String> cited(List<AppliedRule> rules) {
    return rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList();
  }

  private static void assertContains(String out, String expected) {
    assertTrue(out.contains(expected), () -> "missing «" + expected + "» in:\n" + out);
  }
}
