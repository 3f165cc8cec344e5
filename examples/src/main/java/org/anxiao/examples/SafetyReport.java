package org.anxiao.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.School;
import org.anxiao.core.time.DateRange;
import org.anxiao.safety.fire.HazardCase;
import org.anxiao.safety.fire.MajorFireHazardDetermination;
import org.anxiao.safety.fire.MajorFireHazards;
import org.anxiao.safety.fire.RuleCount;
import org.anxiao.safety.hazard.AreaTaxonomy;
import org.anxiao.safety.hazard.Hazard;
import org.anxiao.safety.hazard.HazardAreaRule;
import org.anxiao.safety.hazard.HazardCheck;
import org.anxiao.safety.hazard.HazardCheckResult;
import org.anxiao.safety.hazard.HazardChecks;
import org.anxiao.safety.hazard.HazardEvent;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.HazardRegister;
import org.anxiao.safety.hazard.InspectionKind;
import org.anxiao.safety.hazard.MinhangOutcome;
import org.anxiao.safety.hazard.PlanElement;
import org.anxiao.safety.register.CampaignReports;
import org.anxiao.safety.register.CampaignRule;
import org.anxiao.safety.register.DaysToClose;
import org.anxiao.safety.register.DepartmentSample;
import org.anxiao.safety.register.DepartmentWeek;
import org.anxiao.safety.register.Kpis;
import org.anxiao.safety.register.OutcomeCounts;
import org.anxiao.safety.register.Rate;
import org.anxiao.safety.register.RegisterEntry;
import org.anxiao.safety.register.RegisterFigures;
import org.anxiao.safety.register.RegisterKpiResult;
import org.anxiao.safety.register.RegisterKpis;
import org.anxiao.safety.register.SpotCheckSample;
import org.anxiao.safety.register.SpotChecks;
import org.anxiao.safety.register.WeeklyReport;
import org.anxiao.safety.risk.LecFactors;
import org.anxiao.safety.risk.LecGrade;
import org.anxiao.safety.risk.LecGradings;
import org.anxiao.safety.risk.RiskMatrices;
import org.anxiao.safety.risk.RiskMatrixGrade;

/**
 * A school's hazard register in a campaign (隐患台账与专项整治) as its safety office (学校安全办公室) reads
 * it, built from the register with the safety module's calculators, one after the other:
 *
 * <ol>
 *   <li>the register (JSON document {@code hazard-register}) is checked on the as-of day against the
 *       hazard-area taxonomy, the accident-type list and the "五落实" of a major hazard's plan
 *       ({@link HazardChecks});</li>
 *   <li>the checked register becomes register lines ({@link RegisterEntry}) and their KPIs over the
 *       campaign so far: found, closed, open, rectification and on-time rates, overdue ids, days to
 *       close, by grade, area and department, dynamic zeroing and the Minhang three-outcome summary
 *       ({@link RegisterKpis});</li>
 *   <li>the campaign weekly report of one week ({@link CampaignReports}) and a seeded proportional spot
 *       check ({@link SpotChecks});</li>
 *   <li>three LEC gradings and one risk-matrix cell ({@link LecGradings}, {@link RiskMatrices});</li>
 *   <li>the major-fire-hazard determination of the school's first teaching building on the day its
 *       major hazard was graded ({@link MajorFireHazards}).</li>
 * </ol>
 *
 * <p>Every threshold, reading and rounding comes from the packs through the calculators; each section
 * names the packs it used (id@version and verification). The register, the risks scored and the fire
 * elements found are fictional (示例数据，虚构).
 */
public final class SafetyReport {
  /** The bundled hazard register of the demo school for the Minhang 2022 campaign. */
  static final String RESOURCE = "minhang-primary-hazards-2022.json";
  /** The as-of day of the KPIs: the end of April 2022, inside the 专项整治 phase. */
  static final LocalDate AS_OF = LocalDate.of(2022, 4, 30);
  /** Any day of the week reported: the week of Monday 2022-04-25. */
  static final LocalDate WEEK = LocalDate.of(2022, 4, 25);
  /** The proportion of the spot check: the plan names none, so it is the caller's (here the district's) choice. */
  static final BigDecimal SPOT_CHECK_PROPORTION = new BigDecimal("0.3");
  /** The seed of the spot check's draw: anyone can redraw it (SHA-256 of seed:id). */
  static final String SPOT_CHECK_SEED = "MH2022-0430-1";
  /** The building whose major fire hazard is determined. */
  static final String FIRE_BUILDING = "t1";
  /**
   * The determination day: when the register's major hazard H-2022-008 was graded. GB 35181-2017 is in
   * force to 2025-10-31; the 2025 edition's pack has an empty catalogue, so a later day could not count.
   */
  static final LocalDate FIRE_DATE = LocalDate.of(2022, 3, 4);
  /** The composite elements (GB 35181-2017 ch. 7) the inspection found in the building (fictional). */
  static final List<String> FIRE_ELEMENTS = List.of("7.3.3", "7.3.6", "7.3.7");

  private final PrintStream out;
  private final School school;
  private final HazardRegister register;
  private final Subject subject;
  private final RuleContext context;

  private SafetyReport(PrintStream out, School school, HazardRegister register) {
    this.out = out;
    this.school = school;
    this.register = register;
    this.subject = Subject.of(SubjectKind.SCHOOL, school.id());
    this.context = RuleContext.forSchool(school, AS_OF);
  }

  /**
   * {@return the bundled hazard register, read through the library's strict JSON reader}
   *
   * @param json the reader
   */
  public static HazardRegister bundled(AnxiaoJson json) {
    return DemoResources.read(RESOURCE, in -> json.readDocument(in, HazardRegister.DOCUMENT));
  }

  /**
   * Prints the report of {@code school} over {@code register}.
   *
   * @param out      where to print
   * @param school   the school, for its jurisdiction and buildings
   * @param register its hazard register
   */
  public static void print(PrintStream out, School school, HazardRegister register) {
    if (!register.unitId().equals(school.id()) || !register.jurisdiction().equals(school.jurisdiction())) {
      throw new IllegalArgumentException("hazard register of " + register.unitId() + " in " + register.jurisdiction()
          + ", not of " + school.id() + " in " + school.jurisdiction());
    }
    new SafetyReport(out, school, register).print();
  }

  private void print() {
    out.println("隐患台账与风险 Hazard register and risks — Minhang 2022 campaign, " + school.name() + " (" + RESOURCE
        + ", 示例数据，虚构)");
    HazardCheckResult checks = HazardChecks.in(context).check(register, AS_OF);
    List<RegisterEntry> entries = RegisterEntry.of(register, checks);
    registerSection(checks);
    out.println();
    RegisterKpiResult kpis = RegisterKpis.in(context).calculate(subject, new DateRange(campaignStart(), AS_OF.plusDays(1)),
        entries);
    kpiSection(kpis, checks);
    out.println();
    weekly();
    out.println();
    spotCheck(entries);
    out.println();
    risks();
    out.println();
    fire();
  }

  /** The campaign's first day, from the campaign pack in force (闵行 2022: the 集中排查 phase's first day). */
  private LocalDate campaignStart() {
    return context.bind(CampaignRule.KIND).value().plan().value().start();
  }

  private LocalDate firstFound() {
    return register.hazards().stream().map(Hazard::foundDate).min(LocalDate::compareTo).orElse(AS_OF);
  }

  private void registerSection(HazardCheckResult checks) {
    List<InspectionKind> kinds = register.hazards().stream().map(Hazard::inspection).distinct().sorted().toList();
    out.println("  台账 Register " + register.unitId() + " (" + register.jurisdiction() + "): " + register.hazards().size()
        + " hazards, found " + firstFound() + " … " + register.hazards().stream().map(Hazard::foundDate)
            .max(LocalDate::compareTo).orElse(AS_OF) + " by " + kinds.size() + " inspection kinds ("
        + kinds.stream().map(k -> k.label().zh()).collect(Collectors.joining("、")) + ")");
    out.println("  核查 Checked on " + AS_OF + " (" + HazardChecks.ID + "): areas, sub-tasks and accident types known;"
        + " packs " + ReportText.packs(context.registry(), checks.packs()));
    AreaTaxonomy taxonomy = context.bind(HazardAreaRule.KIND).value().areas().value();
    for (int i = 0; i < register.hazards().size(); i++) {
      Hazard h = register.hazards().get(i);
      HazardCheck c = checks.hazards().get(i);
      String area = taxonomy.area(h.area()).map(a -> a.name()).orElse("?");
      out.println(String.format(Locale.ROOT, "    %s %s %-6s %s %s · %s%s · %s · %s", h.id(), h.foundDate(),
          c.status().grade().map(g -> g == HazardGrade.MAJOR ? "重大" : "一般").orElse("-"),
          c.status().state().label().zh() + " " + c.status().state().label().en(),
          c.status().deadline().map(d -> "deadline 时限 " + d).orElse(""),
          h.area() + h.subTask().map(t -> "/" + t).orElse(""), " " + area,
          h.responsibleDepartment(), h.inspection().label().zh()
              + (c.overdue() ? " · 逾期 OVERDUE" : "") + (c.status().hardToResolve() ? " · 难以短期化解 hard to resolve" : "")
              + (c.planRequired() ? (c.planComplete() ? " · 治理方案五落实 plan complete" : " · 治理方案缺 plan lacks "
              + c.missing().stream().map(e -> e.label().zh() + " " + e.label().en()).collect(Collectors.joining(", ")))
              : "")));
    }
    out.println("  Findings 发现 (" + checks.findings().size() + "):");
    ReportText.findings(out, checks.findings());
    names();
  }

  /** The personal names the register holds, and the proof that writing it drops them by default. */
  private void names() {
    Set<String> names = new LinkedHashSet<>();
    long fields = 0;
    for (Hazard h : register.hazards()) {
      for (HazardEvent e : h.history()) {
        Optional<String> name = Optional.empty();
        if (e instanceof HazardEvent.RectificationStarted s) {
          name = s.owner().name();
        } else if (e instanceof HazardEvent.Accepted a) {
          name = a.acceptedBy().name();
        }
        if (name.isPresent()) {
          fields++;
          names.add(name.get());
        }
      }
    }
    String json = register.toJson();
    long written = names.stream().filter(json::contains).count();
    out.println("  姓名 Personal names: " + fields + " owner/acceptor names held (" + names.size() + " people); "
        + "register.toJson() writes " + written + " of them (" + json.length() + " chars, names dropped by default;"
        + " toJsonWithNames() only on request)");
  }

  private void kpiSection(RegisterKpiResult result, HazardCheckResult checks) {
    RegisterFigures f = result.figures();
    out.println("  指标 Register KPIs " + result.reportingPeriod().code() + " (as of " + AS_OF + ", " + RegisterKpis.ID
        + "; packs " + ReportText.packs(context.registry(), result.packs()) + ")");
    out.println("    " + kpis("合计 All", f.overall()));
    out.println("    逾期 Overdue: " + (f.overall().overdue().isEmpty() ? "none" : String.join(", ", f.overall().overdue())));
    out.println("    " + days(f.overall().daysToClose()));
    for (Map.Entry<HazardGrade, Kpis> g : f.byGrade().entrySet()) {
      out.println("    " + kpis(g.getKey().label().zh() + " " + g.getKey().label().en(), g.getValue()));
    }
    AreaTaxonomy taxonomy = context.bind(HazardAreaRule.KIND).value().areas().value();
    out.println("    按方面 By area:");
    for (Map.Entry<String, Kpis> a : f.byArea().entrySet()) {
      out.println("      " + kpis(a.getKey() + " " + taxonomy.area(a.getKey()).map(x -> x.name()).orElse("?"), a.getValue()));
    }
    out.println("    按责任部门 By responsible department:");
    for (Map.Entry<String, Kpis> d : f.byDepartment().entrySet()) {
      out.println("      " + kpis(d.getKey(), d.getValue()));
    }
    out.println("    动态清零 Dynamic zeroing of major hazards: " + (f.dynamicZeroing() ? "met 已清零" : "NOT met 未清零 — "
        + f.zeroingBreaches().stream().map(id -> id + " " + breach(id, checks)).collect(Collectors.joining("; "))));
    OutcomeCounts o = f.outcomes();
    out.println("    闵行三类 Minhang outcomes (§四(三)) on " + AS_OF + ": " + label(MinhangOutcome.RESOLVED) + " "
        + o.resolved() + ", " + label(MinhangOutcome.RESOLVING_WITH_DEADLINE) + " " + o.resolvingWithDeadline() + ", "
        + label(MinhangOutcome.HARD_TO_RESOLVE) + " " + o.hardToResolve() + (o.none() > 0 ? ", none " + o.none() : ""));
    out.println(String.format(Locale.ROOT, "      %s %8s %8s %8s", ReportText.pad("", 26), "已化解", "化解中", "难化解"));
    for (Map.Entry<String, OutcomeCounts> d : f.outcomesByDepartment().entrySet()) {
      OutcomeCounts c = d.getValue();
      out.println(String.format(Locale.ROOT, "      %s %11d %11d %11d", ReportText.pad(d.getKey(), 26), c.resolved(),
          c.resolvingWithDeadline(), c.hardToResolve()));
    }
    out.println("    Findings 发现 (" + result.findings().size() + "):");
    ReportText.findings(out, result.findings());
    // The pack's readings of what the sources leave open, all from one pack and one citation.
    out.println("    Readings 口径: " + result.rules().stream().map(r -> r.parameter() + " = " + r.value())
        .collect(Collectors.joining(", ")));
    result.rules().stream().map(r -> r.pack() + " — " + r.citation().shortForm() + " [" + r.verification() + "]").distinct()
        .forEach(c -> out.println("      " + c));
  }

  /** Why a major hazard breaks dynamic zeroing, from its check: overdue, or which 落实 its plan lacks. */
  private static String breach(String id, HazardCheckResult checks) {
    HazardCheck c = checks.hazards().stream().filter(h -> h.hazardId().equals(id)).findFirst().orElseThrow();
    StringBuilder why = new StringBuilder();
    if (c.overdue()) {
      why.append("open past its deadline ").append(c.status().deadline().orElseThrow()).append(" 逾期");
    }
    if (!c.planComplete()) {
      why.append(why.length() > 0 ? ", " : "").append("治理方案缺 plan lacks ").append(c.missing().stream()
          .map(PlanElement::label).map(l -> l.zh() + " " + l.en()).collect(Collectors.joining(", ")));
    }
    return "(" + why + ")";
  }

  private void weekly() {
    // The week's figures are taken on its last day: the register is checked again on that day.
    CampaignReports reports = CampaignReports.in(RuleContext.forSchool(school, WEEK));
    LocalDate last = reports.week(subject, WEEK, List.of()).week().end().minusDays(1);
    HazardCheckResult checks = HazardChecks.in(RuleContext.forSchool(school, last)).check(register, last);
    WeeklyReport r = reports.week(subject, WEEK, RegisterEntry.of(register, checks));
    out.println("  周报 Weekly report " + r.campaign() + ", week " + r.week().start() + " … " + last + " (" + CampaignReports.ID
        + "; packs " + ReportText.packs(context.registry(), r.packs()) + ")");
    out.println("    阶段 Phases: " + String.join(", ", r.phases()) + "; due dates 节点: " + (r.dueDates().isEmpty() ? "none"
        : r.dueDates().stream().map(d -> d.date() + " " + d.what().zh()).collect(Collectors.joining("; "))));
    out.println(String.format(Locale.ROOT, "    %s %5s %6s %6s %7s %5s %8s %5s", ReportText.pad("责任部门 department", 26), "found",
        "closed", "found≤", "closed≤", "open", "overdue", "hard"));
    for (Map.Entry<String, DepartmentWeek> d : r.departments().entrySet()) {
      DepartmentWeek w = d.getValue();
      out.println(String.format(Locale.ROOT, "    %s %5d %6d %6d %7d %5d %8d %5d", ReportText.pad(d.getKey(), 26), w.foundThisWeek(),
          w.closedThisWeek(), w.foundToDate(), w.closedToDate(), w.open(), w.overdue(), w.hardToResolve()));
    }
    out.println("    (found/closed: in the week; found≤/closed≤: since the campaign's first day; open, overdue, hard to"
        + " resolve 化解难度较大: on " + last + ")");
  }

  private void spotCheck(List<RegisterEntry> entries) {
    SpotCheckSample s = SpotChecks.sample(entries, AS_OF, SPOT_CHECK_PROPORTION, SPOT_CHECK_SEED);
    out.println("  抽查 Spot check (§四(三)1) on " + s.asOf() + ": proportion " + s.proportion().toPlainString()
        + " (the caller's: the plan names none), seed \"" + s.seed() + "\", k = ⌈p × n⌉ per department of the hazards"
        + " resolved or being resolved with a deadline; order by SHA-256(seed:id)");
    for (Map.Entry<String, DepartmentSample> d : s.byDepartment().entrySet()) {
      out.println("    " + d.getKey() + ": " + d.getValue().sampled().size() + " of " + d.getValue().eligible() + " → "
          + String.join(", ", d.getValue().sampled()));
    }
  }

  private void risks() {
    LecGradings lec = LecGradings.in(context);
    out.println("  风险分级 Risk grading — LEC (D = L × E × C), pack " + ReportText.packs(context.registry(), lec.rules().packs()) + ":");
    lec(lec, "kp-lab 化学实验室（通风橱失效）", "3", "6", "15");
    lec(lec, "kp-gas 燃气调压间", "1", "6", "15");
    lec(lec, "kp-store 体育器材储藏室（串接插线板）", "1", "3", "7");
    RiskMatrices matrices = RiskMatrices.in(context);
    RiskMatrixGrade m = matrices.grade(Subject.of(SubjectKind.of("KEY_PART"), "t1-north-stair"), 3, 4);
    out.println("  风险矩阵 Risk matrix (R = L × S), pack " + ReportText.packs(context.registry(), m.packs()) + ":");
    out.println("    1号教学楼北侧疏散楼梯间: L " + m.likelihood() + " × S " + m.severity() + " = R " + m.product() + " → "
        + m.label().zh() + " " + m.label().en() + " · " + m.level().colour().zh() + " " + m.level().colour().en() + " "
        + m.colour());
  }

  private void lec(LecGradings lec, String what, String l, String e, String c) {
    LecGrade g = lec.grade(Subject.of(SubjectKind.of("KEY_PART"), what.substring(0, what.indexOf(' '))),
        new LecFactors(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c)));
    out.println("    " + what + ": L " + l + " × E " + e + " × C " + c + " = D " + g.score().stripTrailingZeros().toPlainString()
        + " → " + g.band().label().zh() + " " + g.band().label().en() + " → " + g.level().label().zh() + " "
        + g.level().label().en() + " · " + g.level().colour().zh() + " " + g.level().colour().en());
  }

  private void fire() {
    Building building = school.campuses().stream().map(Campus::buildings).flatMap(List::stream)
        .filter(b -> b.id().equals(FIRE_BUILDING)).findFirst().orElseThrow();
    MajorFireHazards engine = MajorFireHazards.in(RuleContext.forSchool(school, FIRE_DATE));
    MajorFireHazardDetermination d = engine.determine(HazardCase.of(building, FIRE_ELEMENTS));
    out.println("  重大火灾隐患判定 Major fire hazard — " + building.id() + " " + building.name() + ", " + d.edition() + " on "
        + d.date() + " (the day H-2022-008 was graded; GB 35181-2017 is in force to 2025-10-31; the 2025"
        + " edition's pack has an empty catalogue, so the determination is dated before 2025-11-01)");
    out.println("    人员密集场所 Crowded place: " + (d.crowdedPlace().crowded() ? "yes 是" : "no 否") + " ("
        + d.crowdedPlace().basis() + d.crowdedPlace().citation().flatMap(Citation::clause).map(c -> " " + c).orElse("")
        + ") → premises " + d.premises());
    out.println("    Elements found 综合判定要素: " + String.join(", ", FIRE_ELEMENTS) + " (示例，虚构)");
    for (RuleCount c : d.counts()) {
      out.println("    " + c.parameter() + " [" + c.verification() + "] " + c.rule().title().zh() + ": " + c.status()
          + ", counted " + c.count() + (c.counted().isEmpty() ? "" : " (" + String.join(", ", c.counted()) + ")")
          + " of ≥ " + c.rule().atLeast());
    }
    out.println("    → " + d.outcome() + (d.major() ? " 重大火灾隐患" : " 不构成重大火灾隐患")
        + d.decidingRule().map(r -> " by " + r.parameter() + " (GB 35181-2017 " + r.rule().clause() + ")").orElse(""));
    ReportText.findings(out, d.findings());
    out.println("    packs " + ReportText.packs(context.registry(), d.packs()));
  }

  private static String kpis(String label, Kpis k) {
    return label + ": found 发现 " + k.found() + ", closed 销号 " + k.closed() + ", open 未销号 " + k.open()
        + "; 整改率 rectification " + rate(k.rectification()) + ", 按期 on time " + rate(k.onTime())
        + (k.overdue().isEmpty() ? "" : "; overdue " + String.join(", ", k.overdue()));
  }

  private static String rate(Rate r) {
    return r.numerator() + "/" + r.denominator() + " = " + r.value().map(BigDecimal::toPlainString).orElse("–");
  }

  private static String days(DaysToClose d) {
    return "整改用时 Days to close (" + d.count() + " closed, " + d.total() + " days): mean "
        + d.mean().map(BigDecimal::toPlainString).orElse("–") + ", median " + d.median().map(BigDecimal::toPlainString)
        .orElse("–");
  }

  private static String label(MinhangOutcome o) {
    return o.label().zh() + " " + o.label().en();
  }
}
