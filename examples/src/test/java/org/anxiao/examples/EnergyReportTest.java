package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.school.School;
import org.junit.jupiter.api.Test;

/**
 * The energy report over the bundled year (minhang-primary-meters-2023.json) prints the figures worked
 * out by hand below, from the JSON readings and the pack values: GB/T 2589 当量值 0.1229 kgce/kWh, natural
 * gas 1.2143 kgce/m³, national 等价值 0.3055; NDRC natural gas 2.162 kgCO₂/m³; MEE 2023 Shanghai 0.5737,
 * residual CN-RESIDUAL 0.6096; Shanghai reporting 0.42; Shanghai targets 2020 → 2023 (−3 % energy/m²,
 * −3.6 % energy/person, −4.2 % water/person, −4.2 % CO₂/m²), national 2020 → 2025 (−5, −6, −6, −7 %).
 * The school document gives 22 000 m², 1 080 pupils and 95 staff (68 + 6 + 1 + 1 + 1 + 1 + 9 + 8), 1 175 persons.
 *
 * <p>Runs of spaces are collapsed before comparing, so the columns' padding does not matter.
 */
class EnergyReportTest {
  private static final String OUT = run();

  private static String run() {
    School school = DemoResources.school("minhang-primary.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EnergyReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), school, EnergyReport.bundled(AnxiaoJson.strict()));
    return bytes.toString(StandardCharsets.UTF_8).replaceAll(" {2,}", " ");
  }

  @Test
  void readsTheYearThroughTheLibrarysWireForm() {
    MeterYear data = EnergyReport.bundled(AnxiaoJson.strict());
    assertEquals(2023, data.year());
    assertEquals(10, data.meterData().meters().size());
    // 9 cumulative meters × 13 readings (1 Jan 2023 … 1 Jan 2024); W-CAN 12 months less November; 1 replacement.
    assertEquals(117, data.meterData().registerReadings().size());
    assertEquals(11, data.meterData().intervalReadings().size());
    assertEquals(1, data.meterData().replacements().size());
    assertTrue(data.isSupplyMeter(Optional.of("E-MAIN")));
    assertTrue(data.isSupplyMeter(Optional.of("G-CAN")));
    assertFalse(data.isSupplyMeter(Optional.of("E-T2-AC")));
    assertFalse(data.isSupplyMeter(Optional.of("W-CAN")));
  }

  @Test
  void flagsTheRolloverTheReplacementAndTheEstimatedMonth() {
    assertContains("翻转 Rollover: E-MAIN wrapped at 100000 between 2023-07-01T00:00 (99534) and 2023-08-01T00:00 (1446),"
        + " multiplier ×20");
    assertContains("换表 Replacement: G-CAN on 2023-07-15T10:00, old register 63830, new register 0");
    // W-CAN has no November. LINEAR from the nearest months: October 500 m³ / 31 days, December 520 m³ / 31 days;
    // November lies halfway: (500 + 520) / 2 / 31 = 510/31 m³ a day × 30 days = 15 300/31 = 493.548… m³.
    assertContains("估算 Estimated: W-CAN 2023-11, 30.0 days, 493.55 m3 (LINEAR from 2023-10, 2023-12)");
    // 11 of 12 months with data, at most 1 missing (caltrack.data-sufficiency: 12 months, 1 missing allowed).
    assertContains("数据充分性 Data sufficiency: sufficient 充分 (W-CAN 11 of 12 months; every other meter all months)");
    assertContains("caltrack.data-sufficiency@1.0.0 maxMissingMonths = 1 — CalTRACK Methods 2.0 2.2 Data Constraints");
  }

  @Test
  void convertsTheSupplyMetersToStandardCoal() {
    // E-MAIN, 5-digit register, multiplier 20, wraps once: (100 000 − 83 450 + 14 285) × 20 = 30 835 × 20 = 616 700 kWh;
    // × 0.1229 = 75 792.43 kgce.
    assertContains("电力 grid electricity 616,700.00 kWh × 0.1229 = 75,792.43 kgce");
    // PV-GYM 192 480 − 152 300 = 40 180 kWh × 0.1229 = 4 938.122 kgce.
    assertContains("光伏自用电量 PV self-consumed 40,180.00 kWh × 0.1229 = 4,938.12 kgce");
    // G-CAN replaced 15 July: (63 830 − 48 210) + (11 780 − 0) = 15 620 + 11 780 = 27 400 m³ × 1.2143 = 33 271.82 kgce.
    assertContains("天然气（气田） natural gas (gas field) 27,400.00 m3 × 1.2143 = 33,271.82 kgce");
    // 75 792.43 + 4 938.122 + 33 271.82 = 114 002.372 kgce = 114.00 tce. Sub-meters are not added: they are inside E-MAIN.
    assertContains("综合能耗 Total 114,002.37 kgce = 114.00 tce");
    assertContains("cn.gbt2589.coal-equivalent@1.0.0 electricityCalorific = 0.1229 kgce/kWh — GB/T 2589-2020 综合能耗计算通则"
        + " 附录A 电力（当量值） [SECONDARY]");
  }

  @Test
  void refusesShanghaisUnverifiedPrimaryFactorAndShowsTheNationalOne() {
    assertContains("等价值 Primary-energy basis: refused for 310112 (RULE_UNVERIFIED: sh.db31-783.electricity-primary@1.0.0"
        + " is UNVERIFIED; only VerificationPolicy.ALLOW_UNVERIFIED accepts it)");
    // (616 700 + 40 180) × 0.3055 = 656 880 × 0.3055 = 200 676.84; + gas 33 271.82 = 233 948.66 kgce.
    assertContains("on the national value instead: 233,948.66 kgce — cn.gbt2589.coal-equivalent@1.0.0 electricityPrimary"
        + " = 0.3055 kgce/kWh");
  }

  @Test
  void splitsTheElectricityBySubMeter() {
    // E-T1-LS 309 720 − 215 320 = 94 400 kWh, 94 400 / 616 700 = 15.31 %.
    assertContains("E-T1-LS t1 照明插座 lighting and sockets 94,400.00 kWh 15.3 %");
    // E-T2-AC 285 445 − 187 045 = 98 400 kWh, 15.96 %.
    assertContains("E-T2-AC t2 空调 air-conditioning 98,400.00 kWh 16.0 %");
    // E-CAN-KIT 156 210 − 96 410 = 59 800 kWh, 9.70 %.
    assertContains("E-CAN-KIT can 特殊 special 59,800.00 kWh 9.7 %");
    // 616 700 − 94 400 − 98 400 − 59 800 = 364 100 kWh, 59.04 %.
    assertContains("- - 未分项 not sub-metered 364,100.00 kWh 59.0 %");
  }

  @Test
  void printsTheIntensities() {
    assertContains("school document: 22,000.00 m², 1080 pupils + 95 staff = 1175 persons");
    // 114 002.372 / 22 000 = 5.1819; / 1 175 = 97.023; / 1 080 = 105.558.
    assertContains("单位建筑面积能耗 energy per floor area 5.18 kgce/m2");
    assertContains("人均综合能耗 energy per person 97.02 kgce/person");
    assertContains("生均能耗 energy per student 105.56 kgce/person");
    // W-MAIN 58 612 − 35 612 = 23 000 m³ (sub-meters not added) / 1 175 = 19.574.
    assertContains("人均用水量 water per person 19.57 m3/person");
    // 27 400 × 2.162 + 616 700 × 0.42 = 59 238.8 + 259 014 = 318 252.8 kgCO₂ / 22 000 = 14.466.
    assertContains("单位建筑面积碳排放 carbon per floor area 14.47 kgCO2e/m2");
    assertContains("CO₂ = Scope 1 + Scope 2 at sh.sthj.reporting-factors@1.0.0 0.42 kgCO2/kWh");
  }

  @Test
  void forecastsDualControlAtSeptemberAndGivesTheYearsOutcome() {
    assertContains("双控 Dual control 2023 — 上海市公共机构节约能源资源目标（2022年1月14日印发，文号未核）, pack"
        + " sh.public-institutions.dual-control-2023@1.0.0 [SECONDARY]: 2020 → 2023, LINEAR");
    // Profile shares January–September: 0.0990 + 0.0600 + 0.0910 + 0.0850 + 0.0920 + 0.1040 + 0.0500 + 0.0400 + 0.1040 = 0.725.
    assertContains("January to 2023-09 = 72.5 % of the year");
    // January–September, readings of 1 October: E-MAIN (100 000 − 83 450 + 6 158) × 20 = 454 160 kWh; PV 184 690 − 152 300
    // = 32 390 kWh; gas (63 830 − 48 210) + 3 320 = 18 940 m³. kgce (454 160 + 32 390) × 0.1229 + 18 940 × 1.2143
    // = 59 796.995 + 22 998.842 = 82 795.837.
    // Energy per m²: 5.50 × (1 − 0.03 × 3/3) = 5.335; budget × 22 000 = 117 370; expected × 0.725 = 85 093.25;
    // forecast 82 795.837 / 0.725 = 114 201.15 ≤ 117 370: on track; full year 114 002.37 ≤ 117 370: on track.
    assertContains("单位建筑面积能耗 energy per floor area: 5.50 → 5.335 kgce/m2 (−3 %), budget 117,370.00 kgce");
    assertContains("to 2023-09 82,795.84 (expected 85,093.25), forecast 114,201.15 → 进度正常 on track; full year 114,002.37"
        + " → 进度正常 on track");
    // Energy per person: 100.0 × (1 − 0.036) = 96.4; × 1 175 = 113 270; expected 82 120.75; forecast 114 201.15 > 113 270
    // with 82 795.84 below it: at risk; full year 114 002.37 > 113 270: over.
    assertContains("人均综合能耗 energy per person: 100.0 → 96.400 kgce/person (−3.6 %), budget 113,270.00 kgce");
    assertContains("to 2023-09 82,795.84 (expected 82,120.75), forecast 114,201.15 → 有超标风险 at risk; full year 114,002.37"
        + " → 已超标 over");
    // Water per person: 19.8 × 0.958 = 18.9684; × 1 175 = 22 287.87 m³; January–September W-MAIN 52 412 − 35 612 = 16 800;
    // expected 22 287.87 × 0.725 = 16 158.706; forecast 16 800 / 0.725 = 23 172.41: at risk; full year 23 000: over.
    assertContains("人均用水量 water per person: 19.8 → 18.968 m3/person (−4.2 %), budget 22,287.87 m3");
    assertContains("to 2023-09 16,800.00 (expected 16,158.71), forecast 23,172.41 → 有超标风险 at risk; full year 23,000.00"
        + " → 已超标 over");
    // CO₂ per m²: 15.3 × 0.958 = 14.6574; × 22 000 = 322 462.8; January–September 454 160 × 0.42 + 18 940 × 2.162
    // = 190 747.2 + 40 948.28 = 231 695.48; expected 233 785.53; forecast 319 579.97: on track; full year 318 252.80.
    assertContains("单位建筑面积碳排放 carbon per floor area: 15.3 → 14.657 kgCO2e/m2 (−4.2 %), budget 322,462.80 kgCO2e");
    assertContains("to 2023-09 231,695.48 (expected 233,785.53), forecast 319,579.97 → 进度正常 on track; full year"
        + " 318,252.80 → 进度正常 on track");
    assertContains("Findings 发现 (2, full year)");
    assertContains("[HIGH] 人均用水量：2023年截至2023-12已用 23000.00 m3，已超过全年预算 22287.87 m3");
    // National path to 2025, year 2023 = 3/5 of the cut: 5.50 × (1 − 0.05 × 0.6) = 5.335; 100 × (1 − 0.036) = 96.4;
    // 19.8 × (1 − 0.036) = 19.0872; 15.3 × (1 − 0.042) = 14.6574.
    assertContains("国家 National cn.public-institutions.dual-control-14th-fyp@1.0.0 (2020 → 2025), 2023 on its path:"
        + " 5.335 / 96.400 / 19.087 / 14.657");
  }

  @Test
  void balancesTheWaterMetersForTheYearAndForAugust() {
    assertContains("水平衡 Water balance, W-MAIN against W-T + W-CAN + W-GYM (no rule pack: the meters' tolerances as the"
        + " school states them, each ±2.0 %)");
    // Sub-meters: W-T 20 675 − 8 815 = 11 860; W-GYM 6 987 − 4 127 = 2 860; W-CAN 11 months 4 650 + November 493.548 387 097
    // = 5 143.548; Σ 19 863.548 m³. Unaccounted 23 000 − 19 863.548 = 3 136.452 m³ = 13.64 %;
    // band 0.02 × (23 000 + 19 863.548) = 857.27 m³ < 3 136.45: a significant loss.
    assertContains("2023: supply 23,000.00 m³, sub-meters 19,863.55 m³ (includes estimated 含估算), unaccounted 未计量 3,136.45"
        + " m³ = 13.6 % 漏损率, band ±857.27 m³ → 未计量水量显著（漏损或未计量用水）");
    // August: W-MAIN 50 162 − 49 012 = 1 150; W-T 16 025 − 15 745 = 280, W-CAN 50, W-GYM 5 907 − 5 807 = 100, Σ 430;
    // unaccounted 720 m³ = 62.61 %; band 0.02 × (1 150 + 430) = 31.60 m³.
    assertContains("2023-08 (暑假 school closed): supply 1,150.00 m³, sub-meters 430.00 m³, unaccounted 未计量 720.00 m³ ="
        + " 62.6 % 漏损率, band ±31.60 m³ → 未计量水量显著");
  }

  @Test
  void accountsScope1AndScope2UnderTwoFactorSetsAndMarketBased() {
    // 27 400 m³ × 2.162 = 59 238.80 kgCO₂.
    assertContains("范围一 Scope 1 天然气（气田） natural gas (gas field) 27,400.00 m3 × 2.162 = 59,238.80");
    assertContains("cn.ndrc.public-building-emission-factors@1.0.0 byVolume[NATURAL_GAS] = 2.162 kgCO2/m3");
    // 616 700 kWh × 0.5737 = 353 800.79; + 59 238.80 = 413 039.59.
    assertContains("生态环境部 MEE, row 310000: 616,700.00 kWh × 0.5737 = 353,800.79; Scope 1 + 2 = 413,039.59");
    assertContains("cn.mee.grid-factors.2023@1.0.0 electricity[310000] = 0.5737 kgCO2/kWh");
    // 616 700 kWh × 0.42 = 259 014.00; + 59 238.80 = 318 252.80.
    assertContains("上海报告因子 Shanghai reporting: 616,700.00 kWh × 0.42 = 259,014.00; Scope 1 + 2 = 318,252.80");
    assertContains("sh.sthj.reporting-factors@1.0.0 electricity[310000] = 0.42 kgCO2/kWh — 关于调整本市温室气体排放核算指南"
        + "相关重点参数的通知（沪环气〔2022〕34号）");
    // (616 700 − 100 000 green power) × 0.6096 = 516 700 × 0.6096 = 314 980.32; + 59 238.80 = 374 219.12.
    assertContains("范围二 Scope 2 market-based 基于市场: green power 绿电 100,000.00 kWh at zero; 516,700.00 kWh × 0.6096"
        + " (CN-RESIDUAL) = 314,980.32; Scope 1 + 2 = 374,219.12");
    assertContains("cn.mee.grid-factors.2023@1.0.0 electricity[CN-RESIDUAL] = 0.6096 kgCO2/kWh");
    assertContains("光伏自用 PV self-consumed 40,180.00 kWh: zero emissions, non-fossil 非化石");
  }

  private static void assertContains(String expected) {
    assertTrue(OUT.contains(expected), () -> "missing «" + expected + "» in:\n" + OUT);
  }
}
