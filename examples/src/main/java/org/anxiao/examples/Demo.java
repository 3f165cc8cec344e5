package org.anxiao.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.fire.CrowdedPlaceDetermination;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackStatus;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.School;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.scorecard.SectionScore;

/**
 * The demo: reads the bundled fictional Minhang primary school and prints what Anxiao computes for
 * it today — its profile, jurisdiction chain, floor areas, which buildings are crowded places under
 * the cited rule, the rule packs in force, a self-inspection scorecard, its energy and carbon
 * year from a year of meter data ({@link EnergyReport}), and its hazard register in the Minhang 2022
 * campaign with the register KPIs, a weekly report, graded risks and a major-fire-hazard determination
 * ({@link SafetyReport}), its defence compliance and chemistry prep room storage check
 * ({@link CampusSafetyReport}), then its staffing on a school day and its 200 m safety-zone check
 * ({@link StaffingAndZoneReport}), and last the logistics section ({@link LogisticsReport}): canteen accounts, food-safety
 * day logs and traceability, food waste and waste sorting, the fictional boarding school's dormitory occupancy and
 * room inspections, a 六T canteen sheet, emergency supplies against a fictional quota and the campus greening. Run with
 * {@code mvn -q -pl examples -am install -DskipTests} once, then see README.md for the one command.
 */
public final class Demo {
  /** The demo's reference date. */
  static final LocalDate DATE = LocalDate.of(2024, 10, 15);
  /** The rule kind of the example's self-inspection checklist pack. */
  static final RuleKind<RuleValue<Checklist>> SELF_INSPECTION = Scorecards.checklistKind("anxiao.example.self-inspection");

  private Demo() {}

  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the demo to {@code out}. */
  public static void run(PrintStream out) {
    AnxiaoJson json = AnxiaoJson.strict();
    School school = DemoResources.school("minhang-primary.json");
    RulePack examplePack = DemoResources.read("self-inspection-pack.json", in -> RulePackReader.read(in, "self-inspection-pack.json"));
    RulePackRegistry registry = RulePackRegistry.builder()
        .addClassPath(Demo.class.getClassLoader())
        .kind(SELF_INSPECTION)
        .add(examplePack)
        .build();

    out.println("Anxiao 安校 — demo over a fictional Minhang primary school (示例数据，虚构)");
    out.println();
    profile(out, school);
    out.println();
    crowdedPlaces(out, school, registry);
    out.println();
    packs(out, registry);
    out.println();
    selfInspection(out, school, registry, json);
    out.println();
    EnergyReport.print(out, school, EnergyReport.bundled(json));
    out.println();
    SafetyReport.print(out, school, SafetyReport.bundled(json));
    out.println();
    CampusSafetyReport.print(out, school, CampusSafetyReport.defence(json), CampusSafetyReport.lab(json));
    StaffingAndZoneReport.print(out, school);
    out.println();
    School boarding = DemoResources.school("minhang-boarding-senior.json");
    LogisticsReport.print(out, school, boarding, LogisticsReport.bundled(json));
  }

  private static void profile(PrintStream out, School school) {
    JurisdictionDirectory dir = JurisdictionDirectory.standard();
    String chain = dir.chain(school.jurisdiction()).stream()
        .map(c -> dir.require(c).name().zh() + " " + c).collect(Collectors.joining(" → "));
    out.println("学校 School: " + school.name() + " / " + school.nameEn().orElse("-") + "  [" + school.id() + "]");
    out.println("  辖区 Jurisdiction: " + chain);
    out.println("  类型 Type: " + school.type().label().zh() + " " + school.type().label().en()
        + " · " + school.ownership() + " · boarding " + school.boarding() + " (" + school.boarders() + " boarders)");
    for (StageEnrolment e : school.enrolment()) {
      out.println("  在校生 Pupils: " + e.pupils() + " in " + e.classes() + " classes (" + e.stage().label().zh() + " "
          + e.stage().label().en() + "), " + ratio(e.pupils(), e.classes()) + " per class");
    }
    String staff = school.staff().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(s -> s.getKey().label().zh() + " " + s.getValue())
        .collect(Collectors.joining(", "));
    out.println("  教职工 Staff: " + school.staffTotal() + " (" + staff + ")");
    out.println("  Pupils per teacher 生师比: " + ratio(school.pupils(), school.staff(StaffRole.TEACHER)));
    for (Campus c : school.campuses()) {
      long peaks = c.gates().stream().filter(Gate::openAtPeaks).count();
      long night = c.gates().stream().filter(Gate::usedAtNight).count();
      out.println("  校区 Campus " + c.id() + " " + c.name() + ": " + c.buildings().size() + " buildings, "
          + String.format(Locale.ROOT, "%,.1f", c.grossFloorAreaSquareMetres()) + " m² gross floor area; "
          + c.gates().size() + " gates (" + peaks + " open at arrival/dismissal, " + night + " used at night); "
          + c.keyParts().size() + " key parts 重点部位"
          + c.boundary().map(b -> "; boundary of " + b.vertices().size() + " vertices in " + b.system()).orElse(""));
    }
  }

  private static void crowdedPlaces(PrintStream out, School school, RulePackRegistry registry) {
    CrowdedPlaces calculator = CrowdedPlaces.in(RuleContext.of(registry, school.jurisdiction(), DATE));
    RulePack pack = registry.pack(calculator.rules().packs().get(0));
    out.println("人员密集场所 Crowded places — " + pack.source().document() + " " + pack.source().clause().orElse("")
        + ", pack " + pack.ref() + " [" + pack.verification() + "]");
    int crowded = 0;
    double crowdedArea = 0;
    CrowdedPlaceDetermination sample = null;
    for (Campus c : school.campuses()) {
      for (Building b : c.buildings()) {
        CrowdedPlaceDetermination d = calculator.determine(b);
        if (d.crowded()) {
          crowded++;
          crowdedArea += b.grossFloorAreaSquareMetres();
        }
        if (sample == null && d.rules().size() > 1) {
          sample = d;
        }
        out.println(String.format(Locale.ROOT, "  %-4s %-14s %-22s %9.1f m²  %s (%s%s)", b.id(), b.name(),
            b.use().label().zh() + " " + b.use().label().en(), b.grossFloorAreaSquareMetres(),
            d.crowded() ? "crowded 是" : "not crowded 否", d.basis(),
            d.citation().flatMap(Citation::clause).map(clause -> " " + clause).orElse("")));
      }
    }
    out.println(String.format(Locale.ROOT, "  %d crowded-place buildings, %,.1f m²", crowded, crowdedArea));
    out.println("  Reading of an ambiguous clause: " + pack.note().map(n -> n.en()).orElse("-"));
    if (sample != null) {
      Assessment assessment = sample.toAssessment(Instant.parse("2024-10-15T02:00:00Z"));
      out.println("  Assessment of " + sample.building().name() + " (" + assessment.calculator() + "): inputs sha256 "
          + assessment.inputsDigest().substring(0, 16) + "…, packs " + assessment.packs() + ", "
          + assessment.rulesApplied().size() + " rule values recorded");
    }
  }

  private static void packs(PrintStream out, RulePackRegistry registry) {
    out.println("规则包 Rule packs on " + DATE + ":");
    for (PackStatus s : registry.status(DATE)) {
      out.println(String.format(Locale.ROOT, "  %-40s %-36s %-6s from %s  %-9s %s", s.header().ref(), s.header().kind(),
          s.header().jurisdiction(), s.header().validFrom(), s.state(), s.header().verification()));
    }
  }

  private static void selfInspection(PrintStream out, School school, RulePackRegistry registry, AnxiaoJson json) {
    InspectionSheet sheet = DemoResources.read("self-inspection-2024-10.json", in -> json.read(in, InspectionSheet.class));
    // The example checklist is fictional and marked UNVERIFIED, so scoring it needs explicit consent.
    Scorecards scorer = Scorecards.in(RuleContext.of(registry, school.jurisdiction(), sheet.date())
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED), SELF_INSPECTION);
    Checklist checklist = scorer.checklist();
    Scorecard card = scorer.score(Subject.of(SubjectKind.SCHOOL, school.id()), sheet.responses());
    out.println("自查评分 Self-inspection " + sheet.date() + " — " + checklist.title().zh() + " [" + checklist.verification().orElseThrow()
        + ", scored with VerificationPolicy.ALLOW_UNVERIFIED]");
    out.println("  Total 总分 " + card.totalRounded(2).toPlainString() + " / " + card.maxScore().toPlainString()
        + " → " + card.grade().title().zh() + " " + card.grade().title().en()
        + (card.vetoed() ? " (vetoed 一票否决)" : ""));
    for (SectionScore s : card.sections()) {
      out.println(String.format(Locale.ROOT, "  %-6s %-24s %6s / %s%s", s.sectionId(), s.title().zh(),
          s.score().setScale(2, RoundingMode.HALF_UP).toPlainString(), s.maxScore().toPlainString(),
          s.items().stream().anyMatch(i -> i.score().isEmpty()) ? "  (N/A items re-normalised)" : ""));
    }
    out.println("  Findings 发现 (" + card.findings().size() + "):");
    for (Finding f : card.findings()) {
      out.println("   [" + f.severity() + "] " + f.message().zh());
      out.println("          " + f.message().en());
    }
    out.println("  (totals exact to 16 significant digits, shown rounded half-up to 2 decimals)");
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 1, RoundingMode.HALF_UP).toPlainString();
  }
}
