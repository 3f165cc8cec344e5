package org.anxiao.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.School;
import org.anxiao.core.school.StaffRole;
import org.anxiao.safety.staffing.Basis;
import org.anxiao.safety.staffing.Post;
import org.anxiao.safety.staffing.Requirement;
import org.anxiao.safety.staffing.RequirementPart;
import org.anxiao.safety.staffing.Roster;
import org.anxiao.safety.staffing.Rounding;
import org.anxiao.safety.staffing.RosterEntry;
import org.anxiao.safety.staffing.StaffingAssessment;
import org.anxiao.safety.staffing.StaffingCase;
import org.anxiao.safety.staffing.StaffingLine;
import org.anxiao.safety.staffing.StaffingRule;
import org.anxiao.safety.staffing.StaffingTopic;
import org.anxiao.safety.staffing.Staffings;
import org.anxiao.safety.staffing.Tier;
import org.anxiao.safety.staffing.TimeSlot;
import org.anxiao.safety.zone.CampusBoundary;
import org.anxiao.safety.zone.Coordinates;
import org.anxiao.safety.zone.Geodesy;
import org.anxiao.safety.zone.SafetyZones;
import org.anxiao.safety.zone.Venue;
import org.anxiao.safety.zone.VenueCategory;
import org.anxiao.safety.zone.VenueDistance;
import org.anxiao.safety.zone.ZoneCheck;

/**
 * The sample school's staffing on a school day and its 200 m safety-zone check (人员配备与校园周边安全区域),
 * computed with the safety module's calculators; every threshold comes from the packs in force for the
 * school's jurisdiction (Minhang 310112) on {@link Demo#DATE}:
 *
 * <ol>
 *   <li>staffing ({@link Staffings}): a fictional roster by time slot and post (head-counts, no names),
 *       against every staffing topic with a pack in force — security guards day, peak and night under
 *       the Minhang pack (with the per-gate peak reading worked out), health staff under 学校卫生工作条例
 *       art. 20, mental-health and safety-education teachers, and the rest the engine finds; student
 *       safety officers have no pack in Minhang, and the report shows what the one shipped (Shandong's)
 *       would ask of this primary school;</li>
 *   <li>the safety zone ({@link SafetyZones}): three fictional venues around the campus boundary (given
 *       in GCJ-02), two located by GPS (WGS-84) and one read off a map API (GCJ-02), with their geodesic
 *       distances to the boundary, verdicts, the radius and its pack, and the GCJ-02 → WGS-84 conversion
 *       used.</li>
 * </ol>
 *
 * All roster figures and venues are fictional (示例数据，虚构).
 */
public final class StaffingAndZoneReport {
  /** A jurisdiction with a student-safety-officer pack (Shandong 370000), to show what it asks of this school. */
  static final JurisdictionCode SHANDONG = JurisdictionCode.of("370000");

  /**
   * The school-day roster (示例数据，虚构): all 6 guards at the gates by day and at the peaks, the
   * contractor's night guard, the one health professional (卫生专业技术人员), the part-time mental-health
   * and safety-education teachers, and the school's staff head-count for the establishment.
   */
  static Roster roster(School school) {
    return new Roster(List.of(
        new RosterEntry(TimeSlot.DAY, Post.SECURITY_GUARD, school.staff(StaffRole.SECURITY_GUARD)),
        new RosterEntry(TimeSlot.PEAK, Post.SECURITY_GUARD, school.staff(StaffRole.SECURITY_GUARD)),
        new RosterEntry(TimeSlot.NIGHT, Post.SECURITY_GUARD, 1),
        // Art. 20 asks for health technicians (卫生技术人员) in a school of 600 pupils or more; the health
        // teacher (保健教师) is what it allows in a smaller school, so only the health professional counts.
        new RosterEntry(TimeSlot.STANDING, Post.HEALTH_STAFF, school.staff(StaffRole.HEALTH_PROFESSIONAL)),
        new RosterEntry(TimeSlot.STANDING, Post.MENTAL_HEALTH_TEACHER, school.staff(StaffRole.MENTAL_HEALTH_TEACHER)),
        new RosterEntry(TimeSlot.STANDING, Post.SAFETY_EDUCATION_TEACHER,
            school.staff(StaffRole.SAFETY_EDUCATION_TEACHER)),
        new RosterEntry(TimeSlot.STANDING, Post.STAFF, school.staffTotal())));
  }

  /** The fictional venues (示例数据，虚构): an internet café and a KTV by GPS, a game room off a map API. */
  static final List<Venue> VENUES = List.of(
      new Venue("星际网咖（虚构）", VenueCategory.INTERNET_CAFE, new GeoPoint(31.1130, 121.3810, CoordinateSystem.WGS84)),
      new Venue("欢唱KTV（虚构）", VenueCategory.KTV, new GeoPoint(31.1172, 121.3783, CoordinateSystem.WGS84)),
      new Venue("电玩城游戏机房（虚构）", VenueCategory.GAME_ROOM, new GeoPoint(31.1085, 121.3830, CoordinateSystem.GCJ02)));

  private final PrintStream out;
  private final School school;
  private final RuleContext context;

  private StaffingAndZoneReport(PrintStream out, School school) {
    this.out = out;
    this.school = school;
    this.context = RuleContext.forSchool(school, Demo.DATE);
  }

  /**
   * Prints the staffing and safety-zone report of {@code school} to {@code out}.
   *
   * @param out    where to print
   * @param school the school (the bundled sample)
   */
  public static void print(PrintStream out, School school) {
    StaffingAndZoneReport r = new StaffingAndZoneReport(out, school);
    out.println("人员配备与校园周边安全区域 Staffing and the school safety zone — " + school.name() + " on " + Demo.DATE
        + " (school day 在校日; roster and venues 示例数据，虚构)");
    r.staffing();
    r.zone();
  }

  /** {@return the staffing of {@code school} on a school day against {@link #roster(School)}} */
  static StaffingAssessment assess(School school) {
    return Staffings.in(RuleContext.forSchool(school, Demo.DATE)).assess(new StaffingCase(school, true, 0),
        roster(school));
  }

  /** {@return the zone check of the school's first campus with a boundary against {@link #VENUES}} */
  static ZoneCheck check(School school) {
    return SafetyZones.in(RuleContext.forSchool(school, Demo.DATE))
        .check(Subject.of(SubjectKind.SCHOOL, school.id()), boundary(school), VENUES);
  }

  private static CampusBoundary boundary(School school) {
    return new CampusBoundary(school.campuses().stream().map(Campus::boundary).flatMap(b -> b.stream()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the sample school has no campus boundary")));
  }

  private void staffing() {
    StaffingCase school = new StaffingCase(this.school, true, 0);
    Staffings engine = Staffings.in(context);
    StaffingAssessment a = engine.assess(school, roster(this.school));
    out.println("  人员配备 Staffing (" + Staffings.ID + "), in session 在校, no boarders 无寄宿:");
    out.println("    Roster 排班（示例数据，虚构）: " + a.roster().entries().stream()
        .map(e -> e.slot().label().zh() + "/" + e.post().label().zh() + " " + e.count())
        .collect(Collectors.joining(", ")));
    out.println(String.format(Locale.ROOT, "    %s %8s %6s %9s", ReportText.pad("事项 topic / 岗位 post / 时段 slot", 58),
        "required", "actual", "shortfall"));
    for (StaffingLine l : a.lines()) {
      out.println(String.format(Locale.ROOT, "    %s %8d %6d %9s", ReportText.pad(l.topic().label().zh() + " / "
          + l.post().label().zh() + " / " + l.slot().label().zh() + " (" + l.requirement() + ")", 58), l.required(),
          l.actual(), l.isShort() ? l.shortfall() + " 不足" : "0"));
      out.println("      = " + workings(engine, l, school) + " — " + citation(l));
    }
    peakReading(engine);
    a.line(StaffingTopic.HEALTH_STAFF, "health-staff").ifPresent(l -> {
      Requirement r = requirement(engine, l.topic(), l.requirement());
      PackRef pack = l.rules().get(0).pack();
      out.println(String.format(Locale.ROOT, "    Health staff 卫生保健人员: %d health professional for %,d pupils; the"
          + " health teacher 保健教师 (%d) is not counted: art. 20 asks for health technicians from %,d pupils and"
          + " allows a health teacher only below", this.school.staff(StaffRole.HEALTH_PROFESSIONAL), this.school.pupils(),
          this.school.staff(StaffRole.HEALTH_TEACHER), r.parts().get(0).tiers().get(0).from()));
      if (l.isShort()) {
        out.println("      → SHORT 不足 by " + l.shortfall() + ": required " + l.required() + ", on the roster " + l.actual()
            + " under " + citation(l) + " (" + context.registry().pack(pack).title().en() + "; " + pack + ")"
            + " — 卫生技术人员配备不足");
      }
    });
    officers(engine, school);
    out.println("    Packs 规则包: " + ReportText.packs(context.registry(), a.packs()));
    out.println("    Findings 发现 (" + a.findings().size() + "):");
    ReportText.findings(out, a.findings());
  }

  /** How a line's requirement is reached, part by part, from the pack's tiers. */
  private static String workings(Staffings engine, StaffingLine l, StaffingCase school) {
    Requirement r = requirement(engine, l.topic(), l.requirement());
    List<String> parts = new ArrayList<>();
    for (RequirementPart p : r.parts()) {
      if (!p.when().holds(school.boarding())) {
        continue;
      }
      long basis = school.basis(p.basis(), p.stages());
      String value = p.tierFor(basis).map(k -> tier(p.tiers().get(k), basis)).orElse("0 (no tier)");
      parts.add(p.basis() + (p.stages().isEmpty() ? "" : " " + p.stages()) + " " + basis + " → " + value);
    }
    return String.join(" + ", parts) + (r.atLeast() > 0 ? ", at least " + r.atLeast() : "")
        + (l.post() == Post.CLASS ? "; actual = classes" : "");
  }

  private static String tier(Tier t, long basis) {
    long required = t.required(basis);
    return t.increment().map(i -> {
      boolean up = i.rounding() == Rounding.UP;
      return (t.minimum() > 0 ? t.minimum() + " + " : "") + i.add() + " × " + (up ? "⌈" : "⌊")
          + (i.above() > 0 ? "(" + basis + " − " + i.above() + ")" : String.valueOf(basis)) + " / "
          + i.per().toPlainString() + (up ? "⌉" : "⌋") + " = " + required;
    }).orElse(String.valueOf(required));
  }

  private static Requirement requirement(Staffings engine, StaffingTopic topic, String id) {
    StaffingRule rule = engine.rules(topic).orElseThrow().value();
    return rule.requirements().value().requirements().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static String citation(StaffingLine l) {
    return l.rules().stream().map(AppliedRule::citation).map(c -> c.shortForm()).distinct()
        .collect(Collectors.joining("; "));
  }

  /** The Minhang peak: the pack's per-gate reading of "一门两保安" plus 2, worked gate by gate. */
  private void peakReading(Staffings engine) {
    engine.rules(StaffingTopic.SECURITY_GUARDS).ifPresent(b -> {
      out.println("    Peak reading 高峰口径 (" + b.packs().get(0) + "): " + context.registry().pack(b.packs().get(0)).note()
          .map(n -> n.en()).orElse("-"));
      Requirement peak = requirement(engine, StaffingTopic.SECURITY_GUARDS, "peak");
      List<String> gates = new ArrayList<>();
      long total = 0;
      for (Campus campus : school.campuses()) {
        for (Gate g : campus.gates()) {
          if (g.kind() == GateKind.EMERGENCY) {
            continue;
          }
          List<String> terms = new ArrayList<>();
          for (RequirementPart p : peak.parts()) {
            boolean counts = p.basis() == Basis.GATES || (p.basis() == Basis.GATES_AT_PEAK && g.openAtPeaks());
            Optional<Integer> k = p.tierFor(1);
            if (counts && k.isPresent()) {
              long n = p.tiers().get(k.get()).required(1);
              terms.add(n + (p.basis() == Basis.GATES ? " 门岗" : " 高峰叠加"));
              total += n;
            }
          }
          gates.add(g.id() + " " + g.name() + " " + String.join(" + ", terms));
        }
      }
      out.println("      per gate 逐门 (示例数据，虚构): " + String.join("; ", gates) + " → " + total);
    });
  }

  /** Student safety officers: no pack in Minhang; what Shandong's would ask of this school. */
  private void officers(Staffings engine, StaffingCase school) {
    if (engine.rules(StaffingTopic.STUDENT_SAFETY_OFFICERS).isPresent()) {
      return;
    }
    out.println("    学生安全员 Student safety officers: no pack in force for " + this.school.jurisdiction()
        + " — not assessed here.");
    Staffings sd = Staffings.in(RuleContext.of(context.registry(), SHANDONG, Demo.DATE),
        Set.of(StaffingTopic.STUDENT_SAFETY_OFFICERS));
    StaffingAssessment a = sd.assess(school, roster(this.school));
    for (StaffingLine l : a.lines()) {
      out.println("      Under the one shipped, " + sd.rules(StaffingTopic.STUDENT_SAFETY_OFFICERS).orElseThrow().packs()
          .get(0) + " (" + citation(l) + "), this primary school would need " + l.required() + ": "
          + workings(sd, l, school) + " — the rule counts classes from junior secondary up and boarding dorm rooms,"
          + " so it does not apply to a day primary school 不适用于走读小学");
    }
  }

  private void zone() {
    ZoneCheck c = check(school);
    CampusBoundary boundary = c.boundary();
    out.println("  校园周边安全区域 School safety zone (" + SafetyZones.ID + "), boundary of "
        + boundary.boundary().vertices().size() + " vertices in " + boundary.boundary().system()
        + ", distances geodesic on WGS-84 to any point of the boundary:");
    for (VenueDistance v : c.venues()) {
      GeoPoint p = v.venue().location();
      out.println(String.format(Locale.ROOT, "    %s %s (%.6f, %.6f %s): %s m → %s%s", ReportText.pad(v.venue().name(), 24),
          v.venue().category().label().en(), p.latitude(), p.longitude(), p.system(), v.distance().toPlainString(),
          v.status(), v.radius().map(r -> " (radius " + r.toPlainString() + " m)").orElse("")));
    }
    for (Venue v : VENUES) {
      if (v.location().system() != CoordinateSystem.WGS84) {
        GeoPoint w = Coordinates.toWgs84(v.location());
        GeoPoint asIs = new GeoPoint(v.location().latitude(), v.location().longitude(), CoordinateSystem.WGS84);
        out.println(String.format(Locale.ROOT, "    %s → WGS-84 %s: (%.6f, %.6f) → (%.6f, %.6f), moved %.1f m"
            + " (inverse by fixed-point iteration to %s°); read as WGS-84 by mistake it would measure %.3f m",
            v.location().system(), v.name(), v.location().latitude(), v.location().longitude(), w.latitude(),
            w.longitude(), Geodesy.distance(w, asIs), Coordinates.TOLERANCE_DEGREES,
            Geodesy.distanceToBoundary(asIs, boundary)));
        out.println("      (the boundary's " + boundary.boundary().system() + " vertices are converted the same way"
            + " before measuring)");
      }
    }
    out.println("    Radius 半径 and pack: " + c.rules().stream().map(r -> r.parameter() + " = " + r.value() + " m")
        .collect(Collectors.joining(", ")) + " — " + c.rules().stream().map(r -> r.citation().shortForm()).distinct()
        .collect(Collectors.joining("; ")) + "; packs " + ReportText.packs(context.registry(), c.packs()));
    out.println("    Findings 发现 (" + c.findings().size() + "):");
    ReportText.findings(out, c.findings());
  }
}
