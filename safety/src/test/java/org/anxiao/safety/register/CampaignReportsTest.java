package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.LEGAL;
import static org.anxiao.safety.register.RegisterFixtures.MINHANG;
import static org.anxiao.safety.register.RegisterFixtures.PRESCHOOL;
import static org.anxiao.safety.register.RegisterFixtures.SAFE;
import static org.anxiao.safety.register.RegisterFixtures.d;
import static org.anxiao.safety.register.RegisterFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.DateRange;
import org.anxiao.safety.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/** The Minhang 2022 campaign weekly report (闵行 2022 §四(二)), weeks from Monday. */
class CampaignReportsTest {
  private static final Subject MINHANG_REGISTER = Subject.of(SubjectKind.JURISDICTION, "310112");

  private static CampaignReports reports(String day) {
    return CampaignReports.in(RuleContext.standard(MINHANG, d(day)));
  }

  private static List<RegisterEntry> register() {
    return List.of(
        entry("A", "2", SAFE, HazardGrade.GENERAL, "03-02", "03-10", "03-08", false, false),
        entry("B", "2", SAFE, HazardGrade.GENERAL, "03-15", "03-16", null, false, false),
        entry("C", "4", PRESCHOOL, HazardGrade.MAJOR, "03-16", "05-31", null, true, true),
        entry("D", "4", PRESCHOOL, HazardGrade.GENERAL, "03-17", null, "03-18", false, false),
        entry("E", "1", LEGAL, HazardGrade.GENERAL, "03-21", null, null, false, false));
  }

  @Test
  void theWeekOfTheSchoolFormsDueDate() {
    // 2022-03-16 is a Wednesday: the week is Monday 03-14 to Sunday 03-20, holding the 03-20 due date.
    WeeklyReport r = reports("03-16").week(MINHANG_REGISTER, d("03-16"), register());
    assertEquals(new DateRange(d("03-14"), d("03-21")), r.week());
    assertEquals("MINHANG-2022", r.campaign());
    assertEquals(List.of("INVESTIGATION"), r.phases());
    assertEquals(List.of(d("03-20")), r.dueDates().stream().map(DueDate::date).toList());
    // 安全管理中心: B found 03-15 this week; A found 03-02 and closed 03-08 before it. To date (from 03-01):
    // found A B = 2, closed A = 1; open at 03-20: B, overdue since its deadline 03-16 < 03-20.
    assertEquals(new DepartmentWeek(1, 0, 2, 1, 1, 1, 0), r.departments().get(SAFE));
    // 学前科: C found 03-16 (open, hard, deadline 05-31), D found 03-17 and closed 03-18.
    assertEquals(new DepartmentWeek(2, 1, 2, 1, 1, 0, 1), r.departments().get(PRESCHOOL));
    // 法制科: E is found 03-21, after the week: no line.
    assertEquals(List.of(PRESCHOOL, SAFE), List.copyOf(r.departments().keySet()));
    assertEquals(List.of(PackRef.of("sh.minhang.campaign-2022", "1.0.0"), PackRef.of("cn.safety.register-kpis", "1.0.0")),
        r.packs());
    assertEquals("anxiao.safety.campaign-weekly", r.toAssessment(Instant.parse("2022-03-21T00:00:00Z")).calculator());
  }

  @Test
  void aWeekAcrossTwoPhases() {
    // Monday 03-28 to Sunday 04-03 overlaps 集中排查 and 专项整治; no due date.
    WeeklyReport r = reports("03-30").week(MINHANG_REGISTER, d("04-03"), register());
    assertEquals(new DateRange(d("03-28"), d("04-04")), r.week());
    assertEquals(List.of("INVESTIGATION", "RECTIFICATION"), r.phases());
    assertEquals(List.of(), r.dueDates());
    // 法制科: E found 03-21, before the week; open at 04-03 without deadline.
    assertEquals(new DepartmentWeek(0, 0, 1, 0, 1, 0, 0), r.departments().get(LEGAL));
  }

  @Test
  void theFirstAndLastWeeksAndOutside() {
    // Week of 03-01 (a Tuesday): Monday 02-28 to 03-06; cumulative figures start 03-01.
    assertEquals(new DateRange(d("02-28"), d("03-07")), reports("03-01").week(MINHANG_REGISTER, d("03-01"), register()).week());
    // Week holding 06-10 (Friday): 06-06 to 06-12, the departments' report due date.
    WeeklyReport june = reports("06-10").week(MINHANG_REGISTER, d("06-10"), register());
    assertEquals(List.of(d("06-10")), june.dueDates().stream().map(DueDate::date).toList());
    assertEquals(List.of("EVALUATION"), june.phases());
    // The week of 06-30 (Thursday) runs to 07-03: still overlapping.
    assertEquals(d("06-27"), reports("06-30").week(MINHANG_REGISTER, d("07-03"), register()).week().start());
    // Monday 07-04: after the campaign.
    assertThrows(InvalidValueException.class, () -> reports("06-30").week(MINHANG_REGISTER, d("07-04"), register()));
    // Sunday 02-27's week ends before the campaign.
    assertThrows(InvalidValueException.class, () -> reports("03-01").week(MINHANG_REGISTER, d("02-27"), register()));
    // No campaign is in force outside its dates.
    assertThrows(RulePackException.class, () -> reports("07-01"));
  }

  @Test
  void aPlanHoldsItsInvariants() {
    LocalizedText n = LocalizedText.of("阶段", "phase");
    CampaignPhase a = new CampaignPhase("A", n, d("03-01"), d("03-31"), false, List.of());
    CampaignPhase b = new CampaignPhase("B", n, d("04-01"), d("04-30"), true, List.of());
    CampaignPhase gap = new CampaignPhase("C", n, d("04-02"), d("04-30"), true, List.of());
    assertEquals(d("04-30"), new CampaignPlan("P", n, List.of(a, b)).end());
    assertEquals(d("03-01"), new CampaignPlan("P", n, List.of(a, b)).start());
    assertThrows(InvalidValueException.class, () -> new CampaignPlan("P", n, List.of(a, gap)));
    assertThrows(InvalidValueException.class, () -> new CampaignPlan("P", n, List.of()));
    assertThrows(InvalidValueException.class, () -> new CampaignPhase("A", n, d("03-31"), d("03-30"), false, List.of()));
    assertEquals(d("03-31"), new CampaignPhase("A", n, d("03-31"), d("03-31"), false, List.of()).end());
    assertThrows(InvalidValueException.class, () -> new CampaignPhase("A", n, d("03-01"), d("03-31"), false,
        List.of(new DueDate(d("04-01"), n))));
    assertThrows(InvalidValueException.class, () -> new CampaignPhase("A", n, d("03-01"), d("03-31"), false,
        List.of(new DueDate(d("02-28"), n))));
    assertEquals(2, new CampaignPhase("A", n, d("03-01"), d("03-31"), false,
        List.of(new DueDate(d("03-01"), n), new DueDate(d("03-31"), n))).dueDates().size());
  }

  @Test
  void aReportHoldsItsInvariantsAndAnswersForItsWeek() {
    WeeklyReport r = reports("03-16").week(MINHANG_REGISTER, d("03-16"), register());
    assertEquals(Optional.of(r.week()), r.period());
    assertEquals(r.rules(), r.rulesApplied());
    assertFalse(r.rulesApplied().isEmpty());
    DateRange six = new DateRange(d("03-14"), d("03-20"));
    assertEquals(Optional.of("week"), assertThrows(InvalidValueException.class, () -> new WeeklyReport(r.subject(),
        r.campaign(), six, r.phases(), r.dueDates(), r.departments(), r.rules(), r.packs(), r.entries())).field());
    assertEquals(Optional.of("phases[]"), assertThrows(InvalidValueException.class, () -> new WeeklyReport(r.subject(),
        r.campaign(), r.week(), List.of("A", " "), r.dueDates(), r.departments(), r.rules(), r.packs(), r.entries()))
        .field());
    LocalizedText n = LocalizedText.of("到期", "due");
    assertEquals(Optional.of("dueDates[1].date"), assertThrows(InvalidValueException.class, () -> new WeeklyReport(
        r.subject(), r.campaign(), r.week(), r.phases(), List.of(new DueDate(d("03-20"), n), new DueDate(d("03-21"), n)),
        r.departments(), r.rules(), r.packs(), r.entries())).field());
    assertEquals(Optional.of("dueDates[0].date"), assertThrows(InvalidValueException.class, () -> new WeeklyReport(
        r.subject(), r.campaign(), r.week(), r.phases(), List.of(new DueDate(d("03-13"), n)), r.departments(), r.rules(),
        r.packs(), r.entries())).field());
    assertEquals(List.of(d("03-14"), d("03-20")), new WeeklyReport(r.subject(), r.campaign(), r.week(), r.phases(),
        List.of(new DueDate(d("03-14"), n), new DueDate(d("03-20"), n)), r.departments(), r.rules(), r.packs(),
        r.entries()).dueDates().stream().map(DueDate::date).toList());
  }

  @Test
  void theCalculatorNamesWhatItNeedsAndWhereItStands() {
    CampaignReports c = reports("03-16");
    assertEquals(List.of(CampaignRule.KIND, RegisterKpiRule.KIND), c.requirements());
    String text = c.toString();
    assertTrue(text.startsWith("anxiao.safety.campaign-weekly 310112 2022-03-16 "), text);
    assertTrue(text.contains("sh.minhang.campaign-2022"), text);
  }
}
