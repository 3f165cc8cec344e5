package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.school.School;
import org.anxiao.safety.hazard.HazardRegister;
import org.junit.jupiter.api.Test;

/**
 * The safety report over the bundled register (minhang-primary-hazards-2022.json) prints the figures
 * worked out by hand below from the JSON, as of 2022-04-30 over the campaign from 2022-03-01, under the
 * register-KPI pack's readings (the deadline day is on time; a hazard closed without a deadline is not;
 * rates to 4 places, mean days to 2, half to even).
 *
 * <p>The 13 hazards on 2022-04-30 (found → closed, deadline):
 * <pre>
 *   001 03-02 → 03-11 (03-15) on time,  9 days   安全管理中心           area 2
 *   002 03-04 → 03-21 (03-20) late,    17 days   安全管理中心           area 3
 *   003 03-08 → 03-28 (03-31) on time, 20 days   普教一科               area 3
 *   004 03-09 → 04-14 (04-10) late,    36 days   普教二科               area 2  (acceptance failed 04-06)
 *   005 03-10, closed 03-24, reopened 04-18 → open (05-06)     教育基建装备资产管理中心 area 2
 *   006 03-11 open (04-15): overdue                              安全管理中心 area 7
 *   007 03-14 open (04-15 extended to 08-31), hard to resolve    安全管理中心 area 8
 *   008 03-03 open, MAJOR (05-31), plan with all five 落实        安全管理中心 area 2
 *   009 03-16 open, MAJOR (06-30), plan without FUNDS            安全管理中心 area 2
 *   010 03-18 → 04-28 (04-30) on time, 41 days   安全管理中心           area 9
 *   011 03-22 → 04-21 (04-22) on time, 30 days   普教一科               area 5
 *   012 03-24 → 04-07 (04-08) on time, 14 days   法制科                 area 4
 *   013 04-26 open (05-10)                                       安全管理中心 area 9
 * </pre>
 *
 * <p>Runs of spaces are collapsed before comparing, so the columns' padding does not matter.
 */
class SafetyReportTest {
  private static final String OUT = run();

  private static School school() {
    return DemoResources.school("minhang-primary.json");
  }

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafetyReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), school(), SafetyReport.bundled(AnxiaoJson.strict()));
    return bytes.toString(StandardCharsets.UTF_8).replaceAll(" {2,}", " ");
  }

  @Test
  void readsTheRegisterOfTheDemoSchool() {
    HazardRegister register = SafetyReport.bundled(AnxiaoJson.strict());
    School school = school();
    assertEquals(school.id(), register.unitId());
    assertEquals(school.jurisdiction(), register.jurisdiction());
    assertEquals(13, register.hazards().size());
    assertTrue(register.hazards().stream().allMatch(h -> h.description().contains("示例数据，虚构")));
    assertContains("13 hazards, found 2022-03-02 … 2022-04-26 by 7 inspection kinds");
  }

  @Test
  void theWrittenRegisterCarriesNoPersonalName() {
    HazardRegister register = SafetyReport.bundled(AnxiaoJson.strict());
    // Owners 张老师 (001, 002, 006, 008), 王老师 (004), 陈老师 (011); acceptor 李老师 (001): 7 fields, 4 people.
    List<String> names = List.of("张老师", "李老师", "王老师", "陈老师");
    String json = register.toJson();
    for (String name : names) {
      assertFalse(json.contains(name), name);
      assertTrue(register.toJsonWithNames().contains(name), name);
    }
    assertFalse(json.contains("\"name\""), json);
    assertContains("7 owner/acceptor names held (4 people); register.toJson() writes 0 of them");
  }

  @Test
  void theChecksFindTheOverdueHazardAndTheIncompletePlan() {
    assertContains("H-2022-006 2022-03-11 一般 整改中 rectifying deadline 时限 2022-04-15 · 7 校园封闭管理方面 · 安全管理中心 · 随机督查"
        + " · 逾期 OVERDUE");
    assertContains("H-2022-008 2022-03-03 重大 整改中 rectifying deadline 时限 2022-05-31");
    assertContains("治理方案五落实 plan complete");
    assertContains("H-2022-009 2022-03-16 重大 整改中 rectifying deadline 时限 2022-06-30 · 2/2.4 校园消防安全、危化品管理方面 ·"
        + " 安全管理中心 · 自查 · 治理方案缺 plan lacks 资金落实 funds");
    // 005 was closed on 03-24 and reopened on 04-18: rectifying again under the new deadline.
    assertContains("H-2022-005 2022-03-10 一般 整改中 rectifying deadline 时限 2022-05-06");
    assertContains("H-2022-007 2022-03-14 一般 整改中 rectifying deadline 时限 2022-08-31 · 8 校园保安员配备方面 · 安全管理中心 ·"
        + " 联合抽查 · 难以短期化解 hard to resolve");
  }

  @Test
  void printsTheKpisOfTheCampaignSoFar() {
    assertContains("指标 Register KPIs 2022-03-01/2022-05-01 (as of 2022-04-30");
    // Closed by 04-30: 001, 002, 003, 004, 010, 011, 012 = 7 of 13 → 0.538461… = 0.5385. On time: all but 002 (03-21 >
    // 03-20) and 004 (04-14 > 04-10) → 5/7 = 0.714285… = 0.7143; 010 closed before its deadline day 04-30.
    assertContains("合计 All: found 发现 13, closed 销号 7, open 未销号 6; 整改率 rectification 7/13 = 0.5385, 按期 on time"
        + " 5/7 = 0.7143; overdue H-2022-006");
    assertContains("逾期 Overdue: H-2022-006");
    // Days 9 + 17 + 20 + 36 + 41 + 30 + 14 = 167; 167 / 7 = 23.857… = 23.86; sorted 9 14 17 20 30 36 41 → median 20.
    assertContains("整改用时 Days to close (7 closed, 167 days): mean 23.86, median 20.0");
    // General: 11 found, the 7 closed, open 005, 006, 007, 013; 7/11 = 0.6364. Major: 008, 009 open, 0/2, no on-time rate.
    assertContains("一般事故隐患 general hazard: found 发现 11, closed 销号 7, open 未销号 4; 整改率 rectification 7/11 = 0.6364");
    assertContains("重大事故隐患 major hazard: found 发现 2, closed 销号 0, open 未销号 2; 整改率 rectification 0/2 = 0.0000, 按期"
        + " on time 0/0 = –");
    // Area 2: 001, 004, 005, 008, 009; closed 001 (on time), 004 (late).
    assertContains("2 校园消防安全、危化品管理方面: found 发现 5, closed 销号 2, open 未销号 3; 整改率 rectification 2/5 = 0.4000,"
        + " 按期 on time 1/2 = 0.5000");
    assertContains("7 校园封闭管理方面: found 发现 1, closed 销号 0, open 未销号 1");
    // 安全管理中心: 001, 002, 006, 007, 008, 009, 010, 013; closed 001, 002 (late), 010 → 3/8 = 0.375, on time 2/3.
    assertContains("安全管理中心: found 发现 8, closed 销号 3, open 未销号 5; 整改率 rectification 3/8 = 0.3750, 按期 on time"
        + " 2/3 = 0.6667; overdue H-2022-006");
    assertContains("普教二科: found 发现 1, closed 销号 1, open 未销号 0; 整改率 rectification 1/1 = 1.0000, 按期 on time 0/1 = 0.0000");
    assertContains("教育基建装备资产管理中心: found 发现 1, closed 销号 0, open 未销号 1");
  }

  @Test
  void dynamicZeroingIsNotMetBecauseAMajorPlanLacksFunds() {
    // 008 is within its deadline with all five 落实; 009 lacks 资金落实 → zeroing not met, breach 009 only.
    assertContains("动态清零 Dynamic zeroing of major hazards: NOT met 未清零 — H-2022-009 (治理方案缺 plan lacks 资金落实 funds)");
    // Resolved: the 7 closed; hard to resolve: 007; with a deadline: 005, 006, 008, 009, 013.
    assertContains("风险隐患已化解 resolved 7, 风险隐患正在化解中，可明确完成时限 being resolved, with a deadline 5, 化解难度较大，"
        + "难以短期内化解 hard to resolve in the short term 1");
    assertContains("安全管理中心 3 4 1");
    assertContains("Readings 口径: deadlineDayOnTime = true, onTimeWithoutDeadline = false, ratePlaces = 4, meanPlaces = 2");
    assertContains("cn.safety.register-kpis@1.0.0 — ");
  }

  @Test
  void printsTheWeeklyReportOfTheWeekOfApril25() {
    assertContains("周报 Weekly report MINHANG-2022, week 2022-04-25 … 2022-05-01");
    assertContains("sh.minhang.campaign-2022@1.0.0 [OFFICIAL_TEXT]");
    assertContains("阶段 Phases: RECTIFICATION; due dates 节点: none");
    // 安全管理中心: found 013 (04-26) and closed 010 (04-28) in the week; 8 found and 3 closed since 03-01; open 006, 007,
    // 008, 009, 013; overdue 006; hard to resolve 007.
    assertContains("安全管理中心 1 1 8 3 5 1 1");
    assertContains("教育基建装备资产管理中心 0 0 1 0 1 0 0");
    assertContains("普教一科 0 0 2 2 0 0 0");
  }

  @Test
  void drawsTheSeededSpotCheck() {
    assertContains("proportion 0.3 (the caller's: the plan names none), seed \"MH2022-0430-1\"");
    // 安全管理中心: eligible 001, 002, 010 (resolved), 006, 008, 009, 013 (with a deadline) = 7 → ⌈2.1⌉ = 3; by SHA-256 of
    // "MH2022-0430-1:<id>" (sha256sum): 009 0f0b1d…, 001 234421…, 002 2dba5c…, then 013 ba8ee2…
    assertContains("安全管理中心: 3 of 7 → H-2022-009, H-2022-001, H-2022-002");
    // 普教一科: 003, 011 → ⌈0.6⌉ = 1: 011 913999… before 003 f9b4b4…; 007 (hard to resolve) is never eligible.
    assertContains("普教一科: 1 of 2 → H-2022-011");
    assertContains("教育基建装备资产管理中心: 1 of 1 → H-2022-005");
  }

  @Test
  void gradesTheRisks() {
    assertContains("pack cn.customary.lec@1.0.0 [SECONDARY]");
    // 3 × 6 × 15 = 270: 160 ≤ D < 320 高度危险 → 较大 (orange); 1 × 6 × 15 = 90: 70–160 显著危险 → 一般 (yellow);
    // 1 × 3 × 7 = 21: 20–70 一般危险 → 低 (blue).
    assertContains("L 3 × E 6 × C 15 = D 270 → 高度危险 highly dangerous → 较大风险 significant risk · 橙 orange");
    assertContains("L 1 × E 6 × C 15 = D 90 → 显著危险 substantially dangerous → 一般风险 general risk · 黄 yellow");
    assertContains("L 1 × E 3 × C 7 = D 21 → 一般危险 possibly dangerous → 低风险 low risk · 蓝 blue");
    // 3 × 4 = 12, in the band 10–16 of the national customary matrix.
    assertContains("pack cn.customary.risk-matrix@1.0.0 [SECONDARY]");
    assertContains("L 3 × S 4 = R 12 → 较大风险 significant risk · 橙 orange #FF8000");
  }

  @Test
  void determinesTheTeachingBuildingAMajorFireHazardByCount() {
    assertContains("重大火灾隐患判定 Major fire hazard — t1 1号教学楼, GB 35181-2017 on 2022-03-04");
    assertContains("人员密集场所 Crowded place: yes 是");
    // 7.3.3, 7.3.6, 7.3.7 are 3 of the crowded-place list 7.3.1–7.3.9, 7.5, 7.9.3: 3 ≥ 3 (含本数).
    assertContains("countingRule1 [SECONDARY] 人员密集场所存在7.3.1～7.3.9和7.5、7.9.3规定的综合判定要素3条以上（含本数）: MET,"
        + " counted 3 (7.3.3, 7.3.6, 7.3.7) of ≥ 3");
    // The any-4 rule (UNVERIFIED) is skipped under the default policy; 3 < 4 anyway.
    assertContains("countingRule3 [UNVERIFIED] 人员密集场所、易燃易爆危险品场所、重要场所存在第7章任意综合判定要素4条以上（含本数）:"
        + " SKIPPED_UNVERIFIED, counted 3");
    assertContains("→ MAJOR_BY_COUNT 重大火灾隐患 by countingRule1 (GB 35181-2017 8)");
    assertContains("packs cn.gb35181-2017.major-fire-hazard@1.0.0 [SECONDARY], cn.fire-law.crowded-places@2.0.0 [SECONDARY]");
  }

  @Test
  void refusesTheRegisterOfAnotherSchool() {
    HazardRegister register = SafetyReport.bundled(AnxiaoJson.strict());
    HazardRegister other = HazardRegister.of("OTHER-001", register.jurisdiction(), List.of());
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> SafetyReport.print(sink, school(), other));
  }

  private static void assertContains(String expected) {
    assertTrue(OUT.contains(expected), () -> "missing «" + expected + "» in:\n" + OUT);
  }
}
