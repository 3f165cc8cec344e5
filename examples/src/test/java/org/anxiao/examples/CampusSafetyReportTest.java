package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.safety.chemical.ChemicalFlags;
import org.anxiao.safety.chemical.ChemicalRegistry;
import org.anxiao.safety.chemical.ChemicalStorage;
import org.anxiao.safety.chemical.Listing;
import org.anxiao.safety.chemical.PrecursorCategory;
import org.anxiao.safety.chemical.StorageCheck;
import org.anxiao.safety.chemical.StoredItem;
import org.anxiao.safety.defence.DefenceChecklists;
import org.anxiao.safety.defence.DefenceMeasureResult;
import org.anxiao.safety.defence.DefenceMeasures;
import org.anxiao.safety.defence.DefenceScorecard;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The campus report over the bundled files prints the figures worked out by hand below.
 *
 * <p>Defence (minhang-primary-defence-2024.json, 2024-10-10, Minhang checklist: 10 points an item,
 * each section 50): 封闭管理 8 items all scored 10 → 80 of 80 → 50; 技防物防 6 items, tech-alarm-installed
 * and tech-video-retained scored 0, the other 4 scored 10 → 40 of 60 → 40 × 50 / 60 = 33.333…; total
 * 83.333… → 83.33, below the pack's 100 of "全部达标" → SHORT. closed-dangerous-articles is scored with no
 * evidence; the other 13 items carry 14 references (closed-registers two). Measures: 21 days kept against
 * the pack's 30 → short by 9; 11 of 12 alarm points working = 91.666… % → 91.67 % (half even), against
 * the pack's share 1 → 12 points required, 1 without a working alarm.
 *
 * <p>Lab (minhang-primary-lab-2024.json, default policy: SECONDARY and up). Flags, from the three list
 * packs: 硫酸 7664-93-9, 盐酸 7647-01-0, 丙酮 67-64-1 易制毒 第三类 only; 高锰酸钾 7722-64-7 易制毒 第三类 and
 * 易制爆 (row 0: any amount); 过氧化氢 7722-84-1 易制爆 only above 8 %: 30 % listed, 3 % not; 钠 7440-23-5
 * 易制爆; 乙醇 64-17-5 on no list; none 剧毒. Storage, cabinets A1 … A4: A1 acids, no 易制爆 → nothing;
 * A2 易制毒 7722-64-7 beside the other 易制爆 7722-84-1 → PRECURSORS_MIXED (its 双人双锁 and 台账 are there);
 * A3 holds no listed 易制爆 (3 % peroxide) → nothing under the default policy; A4 sodium (易制爆, under
 * oil) with no controls → CONTROL_MISSING twice (双人双锁, 台账); the hazard-class table is UNVERIFIED
 * → CHECK_SKIPPED once and no compatibility check. Allowing UNVERIFIED adds, in A3, 乙醇 and 丙酮
 * (flammable) each beside 过氧化氢 (oxidiser): INCOMPATIBLE twice, and drops the CHECK_SKIPPED.
 *
 * <p>Runs of spaces are collapsed before comparing, so the columns' padding does not matter.
 */
class CampusSafetyReportTest {
  private static final School SCHOOL = school();
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, SCHOOL.id());
  private static final CampusSafetyReport.DefenceSheet DEFENCE = CampusSafetyReport.defence(AnxiaoJson.strict());
  private static final CampusSafetyReport.LabSheet LAB = CampusSafetyReport.lab(AnxiaoJson.strict());
  private static final String OUT = run();

  private static School school() {
    return DemoResources.school("minhang-primary.json");
  }

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CampusSafetyReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), SCHOOL, DEFENCE, LAB);
    return bytes.toString(StandardCharsets.UTF_8).replaceAll(" {2,}", " ");
  }

  private static RuleContext context(VerificationPolicy policy) {
    return RuleContext.forSchool(SCHOOL, LAB.date()).withPolicy(policy);
  }

  @Test
  void readsTheFictionalFilesOfTheDemoSchool() {
    assertEquals("sh.minhang.defence-checklist-2022", DEFENCE.checklistPack());
    assertEquals(14, DEFENCE.responses().size());
    assertEquals("chem-prep", LAB.layout().room());
    assertEquals(4, LAB.layout().cabinets().size());
    assertContains("(minhang-primary-defence-2024.json, 示例数据，虚构)");
    assertContains("(minhang-primary-lab-2024.json, 示例数据，虚构)");
  }

  @Test
  void scoresTheChecklistWithItsEvidence() {
    DefenceScorecard card = DefenceChecklists.in(RuleContext.forSchool(SCHOOL, DEFENCE.date()))
        .score(SUBJECT, DEFENCE.responses());
    assertEquals(0, new BigDecimal("83.33").compareTo(card.scorecard().totalRounded(2)));
    assertEquals("SHORT", card.scorecard().grade().code());
    assertEquals(List.of("tech-alarm-installed", "tech-video-retained"), CampusSafetyReport.unmet(card));
    assertEquals(List.of("closed-dangerous-articles"), card.unevidenced());
    assertEquals(List.of(Scorecards.ITEM_SHORTFALL, Scorecards.ITEM_SHORTFALL), codes(card.findings()));
    assertContains("Total 总分 83.33 / 100 → 未全部达标 not all met (SHORT)");
    assertContains("closed 校园封闭管理 50.00 / 50 (8 of 8 items met)");
    assertContains("tech 校园技防、物防设施配备 33.33 / 50 (4 of 6 items met)");
    assertContains("未达标 Unmet items (2):");
    assertContains("无证据 Scored without evidence (1): closed-dangerous-articles");
    assertContains("证据 Evidence: 13 of 14 items carry references (14 references)");
    assertContains("pack sh.minhang.defence-checklist-2022@1.0.0 [OFFICIAL_TEXT]");
  }

  @Test
  void measuresRetentionAndAlarmCoverage() {
    DefenceMeasureResult m = DefenceMeasures.in(RuleContext.forSchool(SCHOOL, DEFENCE.date()))
        .assess(SUBJECT, DEFENCE.facts());
    assertEquals(Optional.of(false), m.retentionMet());
    assertEquals(Optional.of(false), m.coverageMet());
    assertFalse(m.compliant());
    assertEquals(List.of(DefenceMeasures.RETENTION_SHORT, DefenceMeasures.COVERAGE_SHORT), codes(m.findings()));
    // 30 − 21 = 9 days short; 12 − 11 = 1 point without a working alarm.
    assertEquals(0, new BigDecimal("30").compareTo(m.findings().get(0).required().orElseThrow().value()));
    assertEquals(0, new BigDecimal("12").compareTo(m.findings().get(1).required().orElseThrow().value()));
    assertEquals(new BigDecimal("91.67"), m.facts().alarmCoverage().orElseThrow().percent());
    assertContains("视频保存 Video retention: 21 days, required ≥ 30 → short 不达标");
    assertContains("一键报警 One-button alarms: 11 of 12 required points working = 91.67 %, required ≥ 12 points"
        + " → short 不达标");
    assertContains("Video is kept 21 days, fewer than the required 30 days.");
    assertContains("(91.67 %), below the required 100 %: 1 point(s) without a working alarm.");
    assertContains("pack sh.minhang.defence-measures-2022@1.0.0 [OFFICIAL_TEXT]");
  }

  @Test
  void flagsEachReagent() {
    ChemicalRegistry registry = ChemicalRegistry.in(context(VerificationPolicy.DEFAULT));
    // cas, concentration → 易制毒 category (null: not listed), 易制爆, 剧毒
    assertFlags(registry, "7664-93-9", "98", PrecursorCategory.THIRD, Listing.NOT_LISTED);
    assertFlags(registry, "7647-01-0", "36", PrecursorCategory.THIRD, Listing.NOT_LISTED);
    assertFlags(registry, "7722-64-7", null, PrecursorCategory.THIRD, Listing.LISTED);
    assertFlags(registry, "7722-84-1", "30", null, Listing.LISTED);
    assertFlags(registry, "64-17-5", "95", null, Listing.NOT_LISTED);
    assertFlags(registry, "67-64-1", null, PrecursorCategory.THIRD, Listing.NOT_LISTED);
    assertFlags(registry, "7722-84-1", "3", null, Listing.NOT_LISTED);
    assertFlags(registry, "7440-23-5", null, null, Listing.LISTED);
    assertContains("A2 过氧化氢 hydrogen peroxide 7722-84-1 30 500 mL 否 no 是 yes 否 no");
    assertContains("A3 过氧化氢 hydrogen peroxide 7722-84-1 3 500 mL 否 no 否 no 否 no");
    assertContains("A2 高锰酸钾 potassium permanganate 7722-64-7 - 500 g 第三类 category 3 是 yes 否 no");
    assertContains("浓度界限 过氧化氢 30 %: listed above 8 %");
    assertContains("浓度界限 过氧化氢 3 %: listed above 8 %");
  }

  @Test
  void checksTheStorageAndSaysWhatItSkipped() {
    StorageCheck check = ChemicalStorage.in(context(VerificationPolicy.DEFAULT)).check(LAB.layout());
    assertEquals(List.of(ChemicalStorage.PRECURSORS_MIXED, ChemicalStorage.CONTROL_MISSING,
        ChemicalStorage.CONTROL_MISSING, ChemicalStorage.CHECK_SKIPPED), codes(check.findings()));
    assertFalse(check.compatibilityChecked());
    assertEquals(1, check.skipped().size());
    assertEquals("cn.school-reagent-hazard-classes", check.skipped().get(0).pack().id());
    assertContains("Cabinet A2 holds precursor chemicals (7722-64-7) beside explosive precursors (7722-64-7,"
        + " 7722-84-1); keep them in separate cabinets.");
    assertContains("Cabinet A4 holds highly toxic or explosive-precursor chemicals (7440-23-5) without two-person dual lock.");
    assertContains("Cabinet A4 holds highly toxic or explosive-precursor chemicals (7440-23-5) without ledger.");
    assertContains("未核查 Skipped under the default policy: cn.school-reagent-hazard-classes@1.0.0/classes [UNVERIFIED]");
    assertContains("cn.school-reagent-hazard-classes@1.0.0 [UNVERIFIED]");
    assertContains("cn.explosive-precursors-2017@1.0.0 [SECONDARY]");
    assertContains("sh.minhang.chemical-room-controls-2022@1.0.0 [OFFICIAL_TEXT]");
    assertFalse(OUT.contains("SAFETY.CHEMICAL.ROOM_CONTROL_MISSING"), OUT);
    assertFalse(OUT.contains("SAFETY.CHEMICAL.NOT_UNDER_OIL"), OUT);
  }

  @Test
  void allowingUnverifiedAddsTheIncompatiblePairs() {
    StorageCheck all = ChemicalStorage.in(context(VerificationPolicy.ALLOW_UNVERIFIED)).check(LAB.layout());
    assertTrue(all.compatibilityChecked());
    assertEquals(List.of(ChemicalStorage.PRECURSORS_MIXED, ChemicalStorage.INCOMPATIBLE, ChemicalStorage.INCOMPATIBLE,
        ChemicalStorage.CONTROL_MISSING, ChemicalStorage.CONTROL_MISSING), codes(all.findings()));
    assertContains("With VerificationPolicy.ALLOW_UNVERIFIED (UNVERIFIED rules, for review only) the check adds 2:");
    assertContains("Cabinet A3: 64-17-5 (flammable) and 7722-84-1 (oxidiser) are incompatible");
    assertContains("Cabinet A3: 67-64-1 (flammable) and 7722-84-1 (oxidiser) are incompatible");
  }

  @Test
  void theDemoEndsWithIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String demo = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(demo.indexOf("重大火灾隐患判定 Major fire hazard") < demo.indexOf("技防物防与封闭管理 Defence"));
    assertTrue(demo.indexOf("技防物防与封闭管理 Defence") < demo.indexOf("实验室危化品 Lab chemical storage"));
  }

  private static void assertFlags(ChemicalRegistry registry, String cas, @Nullable String concentration,
      @Nullable PrecursorCategory category, Listing explosive) {
    StoredItem item = LAB.layout().cabinets().stream().flatMap(c -> c.items().stream())
        .filter(i -> i.cas().value().equals(cas)
            && i.concentration().map(BigDecimal::toPlainString).equals(Optional.ofNullable(concentration)))
        .findFirst().orElseThrow();
    ChemicalFlags f = registry.flags(item.cas(), item.concentration());
    assertEquals(Optional.ofNullable(category), f.precursorCategory(), cas);
    assertEquals(category == null ? Listing.NOT_LISTED : Listing.LISTED, f.precursor(), cas);
    assertEquals(explosive, f.explosivePrecursor(), cas);
    assertEquals(Listing.NOT_LISTED, f.highlyToxic(), cas);
    assertTrue(f.skipped().isEmpty(), cas);
  }

  private static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static void assertContains(String expected) {
    assertTrue(OUT.contains(expected), () -> "missing «" + expected + "» in:\n" + OUT);
  }
}
