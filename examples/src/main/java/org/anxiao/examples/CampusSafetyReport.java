package org.anxiao.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.School;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemScore;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.SectionScore;
import org.anxiao.core.unit.Measure;
import org.anxiao.safety.chemical.Cabinet;
import org.anxiao.safety.chemical.ChemicalFlags;
import org.anxiao.safety.chemical.ChemicalRegistry;
import org.anxiao.safety.chemical.ChemicalStorage;
import org.anxiao.safety.chemical.Listing;
import org.anxiao.safety.chemical.StorageCheck;
import org.anxiao.safety.chemical.StorageControl;
import org.anxiao.safety.chemical.StorageLayout;
import org.anxiao.safety.chemical.StoredItem;
import org.anxiao.safety.defence.DefenceChecklists;
import org.anxiao.safety.defence.DefenceFacts;
import org.anxiao.safety.defence.DefenceMeasureResult;
import org.anxiao.safety.defence.DefenceMeasures;
import org.anxiao.safety.defence.DefenceScorecard;
import org.anxiao.safety.defence.EvidenceRef;
import org.anxiao.safety.defence.EvidencedResponse;

/**
 * The campus part of a school's safety picture (技防物防与实验室危化品), built with the safety module's
 * calculators from two fictional files (示例数据，虚构):
 *
 * <ol>
 *   <li>the defence self-check ({@code minhang-primary-defence-2024.json}, a {@link DefenceSheet}): the
 *       Minhang closed-management and technical/physical defence checklist scored with the evidence of each
 *       item ({@link DefenceChecklists}), then the measured video retention and one-button alarm coverage
 *       against the Minhang measures pack ({@link DefenceMeasures});</li>
 *   <li>the chemistry prep room's storage ({@code minhang-primary-lab-2024.json}, a {@link LabSheet}): each
 *       reagent's 易制毒/易制爆/剧毒 flags ({@link ChemicalRegistry}) and the storage check of its cabinets
 *       ({@link ChemicalStorage}) under the default verification policy, which skips the UNVERIFIED hazard-class
 *       table and so the incompatible-pair check; the pairs that table would add are shown once more under
 *       {@link VerificationPolicy#ALLOW_UNVERIFIED}, marked as such.</li>
 * </ol>
 *
 * <p>Every threshold comes from the packs through the calculators; each part names the packs it used
 * (id@version and verification).
 */
public final class CampusSafetyReport {
  /** The bundled defence self-check of the demo school. */
  static final String DEFENCE_RESOURCE = "minhang-primary-defence-2024.json";
  /** The bundled layout of the demo school's chemistry prep room. */
  static final String LAB_RESOURCE = "minhang-primary-lab-2024.json";
  /** The unit of a list row that lists a reagent only above a mass fraction. */
  private static final String PERCENT = "%";

  /**
   * A school's defence self-check on one day, as the demo stores it in JSON.
   *
   * @param schemaVersion wire-format version
   * @param checklistPack id of the rule pack that carries the checklist
   * @param date          the day of the check
   * @param facts         the measured video retention and alarm coverage
   * @param responses     one answer per checklist item, with its evidence
   */
  public record DefenceSheet(String schemaVersion, String checklistPack, LocalDate date, DefenceFacts facts,
      List<EvidencedResponse> responses) {
    /** Copies the responses. */
    public DefenceSheet {
      responses = List.copyOf(responses);
    }
  }

  /**
   * A storage room's layout on one day, as the demo stores it in JSON.
   *
   * @param schemaVersion wire-format version
   * @param date          the day of the check
   * @param reagents      display names by CAS number (for the printout only)
   * @param layout        the room, its controls and its cabinets
   */
  public record LabSheet(String schemaVersion, LocalDate date, Map<String, String> reagents, StorageLayout layout) {
    /** Copies the names. */
    public LabSheet {
      reagents = Map.copyOf(reagents);
    }
  }

  private final PrintStream out;
  private final School school;
  private final Subject subject;

  private CampusSafetyReport(PrintStream out, School school) {
    this.out = out;
    this.school = school;
    this.subject = Subject.of(SubjectKind.SCHOOL, school.id());
  }

  /**
   * {@return the bundled defence self-check, read through the library's strict JSON reader}
   *
   * @param json the reader
   */
  public static DefenceSheet defence(AnxiaoJson json) {
    return DemoResources.read(DEFENCE_RESOURCE, in -> json.read(in, DefenceSheet.class));
  }

  /**
   * {@return the bundled chemistry prep room layout, read through the library's strict JSON reader}
   *
   * @param json the reader
   */
  public static LabSheet lab(AnxiaoJson json) {
    return DemoResources.read(LAB_RESOURCE, in -> json.read(in, LabSheet.class));
  }

  /**
   * Prints the defence compliance and the lab storage check of {@code school}.
   *
   * @param out     where to print
   * @param school  the school, for its id and jurisdiction
   * @param defence its defence self-check
   * @param lab     its chemistry prep room
   */
  public static void print(PrintStream out, School school, DefenceSheet defence, LabSheet lab) {
    CampusSafetyReport report = new CampusSafetyReport(out, school);
    report.defence(defence);
    out.println();
    report.lab(lab);
  }

  private void defence(DefenceSheet sheet) {
    RuleContext context = RuleContext.forSchool(school, sheet.date());
    DefenceChecklists checklists = DefenceChecklists.in(context);
    Checklist checklist = checklists.checklist();
    DefenceScorecard card = checklists.score(subject, sheet.responses());
    Scorecard s = card.scorecard();
    out.println("技防物防与封闭管理 Defence and closed management — " + school.name() + ", " + sheet.date() + " ("
        + DEFENCE_RESOURCE + ", 示例数据，虚构)");
    out.println("  检查表 Checklist " + checklist.title().zh() + " / " + checklist.title().en() + " ("
        + DefenceChecklists.ID + "; pack " + ReportText.packs(context.registry(), s.pack().stream().toList()) + ")");
    out.println("  Total 总分 " + s.totalRounded(2).toPlainString() + " / " + s.maxScore().toPlainString() + " → "
        + s.grade().title().zh() + " " + s.grade().title().en() + " (" + s.grade().code() + ")");
    for (SectionScore section : s.sections()) {
      long met = section.items().stream().filter(CampusSafetyReport::met).count();
      out.println(String.format(Locale.ROOT, "  %-6s %s %6s / %s (%d of %d items met)", section.sectionId(),
          ReportText.pad(section.title().zh(), 24), section.score().setScale(2, RoundingMode.HALF_UP).toPlainString(),
          section.maxScore().toPlainString(), met, section.items().size()));
    }
    List<String> unmet = unmet(card);
    out.println("  未达标 Unmet items (" + unmet.size() + "):");
    for (String id : unmet) {
      out.println("    " + id + " " + checklist.item(id).map(i -> i.title().zh()).orElse("?") + " — evidence "
          + evidence(card.evidence(id)));
    }
    out.println("  无证据 Scored without evidence (" + card.unevidenced().size() + "): "
        + (card.unevidenced().isEmpty() ? "none" : card.unevidenced().stream()
            .map(id -> id + " " + checklist.item(id).map(i -> i.title().zh()).orElse("?"))
            .collect(Collectors.joining("; "))));
    long evidenced = card.responses().stream().filter(r -> !r.evidence().isEmpty()).count();
    out.println("  证据 Evidence: " + evidenced + " of " + card.responses().size() + " items carry references ("
        + card.responses().stream().mapToInt(r -> r.evidence().size()).sum() + " references)");
    out.println("  Findings 发现 (" + card.findings().size() + "):");
    findings(card.findings());

    DefenceMeasures measures = DefenceMeasures.in(context);
    DefenceMeasureResult m = measures.assess(subject, sheet.facts());
    out.println("  技防量化 Measures (" + DefenceMeasures.ID + "; pack " + ReportText.packs(context.registry(), m.packs()) + ")");
    m.facts().videoRetentionDays().ifPresent(days -> out.println("    视频保存 Video retention: " + days + " days, required ≥ "
        + required(m, DefenceMeasures.RETENTION_MET, DefenceMeasures.RETENTION_SHORT) + " → "
        + (m.retentionMet().orElseThrow() ? "met 达标" : "short 不达标")));
    m.facts().alarmCoverage().ifPresent(c -> out.println("    一键报警 One-button alarms: " + c.working() + " of "
        + c.required() + " required points working = " + c.percent().toPlainString() + " %, required ≥ "
        + required(m, DefenceMeasures.COVERAGE_MET, DefenceMeasures.COVERAGE_SHORT) + " points → "
        + (m.coverageMet().orElseThrow() ? "met 达标" : "short 不达标")));
    out.println("    → " + (m.compliant() ? "compliant 达标" : "not compliant 不达标") + "; findings 发现 ("
        + m.findings().size() + "):");
    findings(m.findings());
  }

  private void lab(LabSheet sheet) {
    RuleContext context = RuleContext.forSchool(school, sheet.date());
    StorageLayout layout = sheet.layout();
    ChemicalRegistry registry = ChemicalRegistry.in(context);
    out.println("实验室危化品 Lab chemical storage — " + layout.room() + " 化学准备室 chemistry prep room, " + sheet.date()
        + " (" + LAB_RESOURCE + ", 示例数据，虚构)");
    out.println("  房间 Room controls: " + controls(layout.controls().stream().toList()));
    out.println("  标识 Flags (" + ChemicalRegistry.ID + ", " + registry.policy() + "):");
    out.println(String.format(Locale.ROOT, "    %-4s %s %-10s %5s %9s  %s %s %s", "cab.", ReportText.pad("reagent 试剂", 34), "CAS",
        "w %", "qty", ReportText.pad("易制毒 precursor", 18), ReportText.pad("易制爆 explosive", 18), "剧毒 highly toxic"));
    List<String> thresholds = new ArrayList<>();
    for (Cabinet cabinet : layout.cabinets()) {
      for (StoredItem item : cabinet.items()) {
        ChemicalFlags f = registry.flags(item.cas(), item.concentration());
        out.println(String.format(Locale.ROOT, "    %-4s %s %-10s %5s %9s  %s %s %s", cabinet.id(), ReportText.pad(name(sheet, item), 34),
            item.cas().value(), item.concentration().map(BigDecimal::toPlainString).orElse("-"),
            item.quantity().toPlainString() + " " + unit(item), ReportText.pad(f.precursorCategory().map(c -> c.label().zh() + " "
                + c.label().en()).orElse(label(f.precursor())), 18), ReportText.pad(label(f.explosivePrecursor()), 18),
            label(f.highlyToxic())));
        thresholds.addAll(thresholds(sheet, item, f));
      }
    }
    for (String t : thresholds) {
      out.println("    " + t);
    }
    out.println("  柜 Cabinets:");
    for (Cabinet cabinet : layout.cabinets()) {
      out.println("    " + cabinet.id() + " [" + controls(cabinet.controls().stream().toList()) + "]: "
          + cabinet.items().stream().map(i -> shortName(sheet, i) + i.concentration().map(c -> " " + c.toPlainString()
              + " %").orElse("") + (i.underOil() ? " (under oil 煤油中)" : "")).collect(Collectors.joining(", ")));
    }

    StorageCheck check = ChemicalStorage.in(context).check(layout);
    out.println("  核查 Storage check (" + ChemicalStorage.ID + ", " + context.policy() + "; packs "
        + ReportText.packs(context.registry(), check.packs()) + ")");
    out.println("    Findings 发现 (" + check.findings().size() + "):");
    findings(check.findings());
    if (!check.compatibilityChecked()) {
      out.println("    未核查 Skipped under the default policy: " + check.skipped().stream()
          .map(r -> r.pack() + "/" + r.parameter() + " [" + r.verification() + "]").collect(Collectors.joining(", "))
          + " — without the hazard-class table no incompatible pair (禁忌配存) is checked");
    }

    // The same room with explicit consent to UNVERIFIED rules: what the skipped table would add.
    RuleContext consenting = context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
    StorageCheck all = ChemicalStorage.in(consenting).check(layout);
    List<Finding> added = all.findings().stream()
        .filter(f -> check.findings().stream().noneMatch(g -> g.code().equals(f.code()) && g.message().equals(f.message())))
        .toList();
    out.println("    With VerificationPolicy.ALLOW_UNVERIFIED (UNVERIFIED rules, for review only) the check adds "
        + added.size() + ":");
    findings(added);
  }

  /**
   * The concentration rows a reagent's flags were decided by (a row listing the reagent only above a
   * mass fraction, such as 过氧化氢 in the 易制爆 list), read from the rules the calculator applied.
   */
  private static List<String> thresholds(LabSheet sheet, StoredItem item, ChemicalFlags f) {
    List<String> out = new ArrayList<>();
    for (AppliedRule r : f.rules()) {
      boolean fraction = r.unit().filter(PERCENT::equals).isPresent();
      if (fraction && r.parameter().endsWith("[" + item.cas().value() + "]") && new BigDecimal(r.value()).signum() > 0) {
        out.add("浓度界限 " + shortName(sheet, item) + " " + item.concentration().map(c -> c.toPlainString() + " %")
            .orElse("-") + ": listed above " + r.value() + r.unit().map(u -> " " + u).orElse("") + " ("
            + r.pack() + " " + r.parameter() + r.citation().clause().map(c -> ", " + c).orElse("") + " ["
            + r.verification() + "]) → this bottle 易制爆 " + label(f.explosivePrecursor()) + ", 剧毒 "
            + label(f.highlyToxic()));
      }
    }
    return out;
  }

  /** An item is met when it is not applicable or scored its maximum. */
  private static boolean met(ItemScore i) {
    return i.score().map(v -> v.compareTo(i.maxScore()) >= 0).orElse(true);
  }

  /** {@return the ids of the items scored below their maximum, in checklist order} */
  static List<String> unmet(DefenceScorecard card) {
    return card.scorecard().sections().stream().flatMap(s -> s.items().stream())
        .filter(i -> !met(i)).map(ItemScore::itemId).toList();
  }

  /** The required figure of the measure's finding, as the calculator took it from the pack. */
  private static String required(DefenceMeasureResult m, FindingCode met, FindingCode shortOf) {
    return m.findings().stream().filter(f -> f.code().equals(met) || f.code().equals(shortOf)).findFirst()
        .flatMap(Finding::required).map(Measure::value).map(v -> v.stripTrailingZeros().toPlainString()).orElse("?");
  }

  private static String evidence(List<EvidenceRef> refs) {
    return refs.isEmpty() ? "none" : refs.stream().map(r -> r.kind().label().zh() + " " + r.reference())
        .collect(Collectors.joining("; "));
  }

  private static String controls(List<StorageControl> controls) {
    return controls.isEmpty() ? "none 无" : controls.stream().map(c -> c.label().zh()).collect(Collectors.joining("、"));
  }

  private static String label(Listing l) {
    return l.label().zh() + " " + l.label().en();
  }

  private static String name(LabSheet sheet, StoredItem item) {
    return sheet.reagents().getOrDefault(item.cas().value(), item.cas().value());
  }

  private static String shortName(LabSheet sheet, StoredItem item) {
    String n = name(sheet, item);
    int space = n.indexOf(' ');
    return space < 0 ? n : n.substring(0, space);
  }

  private static String unit(StoredItem item) {
    return switch (item.unit()) {
      case GRAM -> "g";
      case KILOGRAM -> "kg";
      case MILLILITRE -> "mL";
      case LITRE -> "L";
    };
  }

  private void findings(List<Finding> findings) {
    for (Finding f : findings) {
      out.println("     [" + f.severity() + "] " + f.code() + " " + f.message().zh());
      out.println("            " + f.message().en());
    }
  }
}
