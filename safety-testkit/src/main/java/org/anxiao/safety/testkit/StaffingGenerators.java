package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.staffing.Basis;
import org.anxiao.safety.staffing.Post;
import org.anxiao.safety.staffing.Requirement;
import org.anxiao.safety.staffing.RequirementPart;
import org.anxiao.safety.staffing.Roster;
import org.anxiao.safety.staffing.RosterEntry;
import org.anxiao.safety.staffing.StaffingCase;
import org.anxiao.safety.staffing.StaffingTopic;
import org.anxiao.safety.staffing.Tier;
import org.anxiao.safety.staffing.TimeSlot;
import org.quicktheories.core.Gen;

/**
 * Generators of staffing inputs (安保、卫生人员配备): nine-year schools with primary and junior pupils,
 * boarders and gates open at the peaks or not; rosters of posts per time slot; the pupil counts at
 * the edges of the tiers of the shipped staffing packs in force at a place (each tier's {@code from},
 * {@code to} and increment start, ± 1, e.g. GB/T 29315's 1,000 and 1,500 pupils and health staff at
 * 600 pupils each), read through the rules bound for each {@link StaffingTopic}; and invalid headcounts labelled
 * {@code INVALID_VALUE} naming their field.
 */
public final class StaffingGenerators {
  /** The date the shipped packs are read on. */
  public static final LocalDate DATE = LocalDate.of(2026, 3, 1);

  private StaffingGenerators() {}

  /**
   * {@return gates: {@code peak} posts open at the peaks (the first the main gate), {@code other} closed
   * then, and one emergency gate}
   *
   * @param peak  gates staffed at the peaks, at least 1
   * @param other other gates
   */
  public static List<Gate> gates(int peak, int other) {
    List<Gate> gates = new ArrayList<>();
    for (int i = 0; i < peak; i++) {
      gates.add(new Gate("p" + i, "高峰门" + i, i == 0 ? GateKind.MAIN : GateKind.PEDESTRIAN, true, i == 0));
    }
    for (int i = 0; i < other; i++) {
      gates.add(new Gate("o" + i, "侧门" + i, GateKind.VEHICLE, false, false));
    }
    gates.add(new Gate("e", "应急通道", GateKind.EMERGENCY, false, false));
    return gates;
  }

  /**
   * {@return a nine-year public school at {@code where} in session: {@code primary + junior} pupils in
   * classes of 40, {@code boarders} of them boarding (capped at the pupils), one dormitory room per 8
   * boarders, 50 teachers and the {@linkplain #gates gates}}
   *
   * @param where      the school's jurisdiction
   * @param primary    primary pupils
   * @param junior     junior-secondary pupils
   * @param boarders   boarders
   * @param peakGates  gates staffed at the peaks, at least 1
   * @param otherGates other gates
   */
  public static StaffingCase school(JurisdictionCode where, int primary, int junior, int boarders, int peakGates,
      int otherGates) {
    int pupils = primary + junior;
    int b = Math.min(boarders, pupils);
    School school = School.builder().id("S1").name("示例学校").jurisdiction(where).type(SchoolType.NINE_YEAR)
        .ownership(Ownership.PUBLIC)
        .boarding(b == 0 ? BoardingMode.NONE : b == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL)
        .boarders(b).addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, primary, classes(primary)),
            new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, junior, classes(junior)))
        .putStaff(StaffRole.TEACHER, 50)
        .addCampuses(Campus.builder().id("main").name("本部").gates(gates(peakGates, otherGates)).build()).build();
    return new StaffingCase(school, true, b == 0 ? 0 : Math.max(1, b / 8));
  }

  private static int classes(int pupils) {
    return pupils == 0 ? 0 : Math.max(1, pupils / 40);
  }

  /**
   * {@return schools at {@code where}: 1–4,000 primary and 0–2,000 junior pupils, 0–800 boarders, 1–4
   * peak gates and 0–3 others}
   *
   * @param where the jurisdiction
   */
  public static Gen<StaffingCase> schools(JurisdictionCode where) {
    return integers().between(1, 4_000).zip(integers().between(0, 2_000), integers().between(0, 800),
        integers().between(1, 4), integers().between(0, 3), (p, j, b, peak, other) -> school(where, p, j, b, peak, other));
  }

  /** {@return rosters: 0–3 entries of distinct slot and post, 0–30 each} */
  public static Gen<Roster> rosters() {
    Gen<RosterEntry> entry = integers().between(0, TimeSlot.values().length - 1).zip(
        integers().between(0, Post.values().length - 1), integers().between(0, 30),
        (s, p, n) -> new RosterEntry(TimeSlot.values()[s], Post.values()[p], n));
    // one entry per slot and post: the roster refuses a pair listed twice
    return org.quicktheories.generators.SourceDSL.lists().of(entry).ofSizeBetween(0, 3).map(list -> new Roster(
        list.stream().filter(distinct()).toList()));
  }

  private static java.util.function.Predicate<RosterEntry> distinct() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return e -> seen.add(e.slot() + "/" + e.post());
  }

  /**
   * {@return the bases in pupils at the edges of the tiers of the packs in force at {@code where}:
   * every tier's {@code from} and {@code to} + 1, and each increment's start + 1 and first step
   * ({@code above + per}, {@code + 1}), of parts counted in pupils or non-boarding pupils}
   *
   * @param where the jurisdiction
   */
  public static List<Integer> pupilTierEdges(JurisdictionCode where) {
    TreeSet<Integer> out = new TreeSet<>();
    RuleContext context = RuleContext.standard(where, DATE).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
    List<Requirement> requirements = new ArrayList<>();
    for (StaffingTopic topic : StaffingTopic.values()) {
      context.find(topic.kind()).ifPresent(b -> requirements.addAll(b.value().requirements().value().requirements()));
    }
    for (Requirement r : requirements) {
      for (RequirementPart part : r.parts()) {
        if (part.basis() != Basis.PUPILS && part.basis() != Basis.NON_BOARDING_PUPILS) {
          continue;
        }
        for (Tier t : part.tiers()) {
          out.add((int) t.from());
          t.to().ifPresent(to -> out.add((int) (to + 1)));
          t.increment().ifPresent(inc -> {
            // the increment starts above `above` and steps every `per`: the first two steps' edges
            int per = inc.per().intValue();
            out.add((int) inc.above() + 1);
            out.add((int) inc.above() + per);
            out.add((int) inc.above() + per + 1);
          });
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@return primary pupil counts at and either side of {@link #pupilTierEdges}, at least 1}
   *
   * @param where the jurisdiction
   */
  public static Gen<Integer> pupilsAtTierEdges(JurisdictionCode where) {
    return Boundaries.aroundInts(pupilTierEdges(where), 1);
  }

  /**
   * {@return negative pupils (naming {@code pupils}) or a negative roster count (naming {@code count}),
   * labelled {@code INVALID_VALUE}}
   */
  public static Gen<InvalidInput<Object>> invalidHeadcounts() {
    return integers().between(0, 1).zip(integers().between(-10_000, -1), (k, n) -> k == 0
        ? InvalidInput.<Object>of(n + " pupils", "INVALID_VALUE", "pupils",
            () -> new StageEnrolment(SchoolStage.PRIMARY, n, 1))
        : InvalidInput.<Object>of(n + " guards on the roster", "INVALID_VALUE", "count",
            () -> new RosterEntry(TimeSlot.DAY, Post.SECURITY_GUARD, n)));
  }
}
