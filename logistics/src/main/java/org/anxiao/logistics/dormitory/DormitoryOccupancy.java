package org.anxiao.logistics.dormitory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.anxiao.logistics.internal.Ratios;

/**
 * Dormitory occupancy and room checks (学生公寓入住率及寝室管理核对), calculator
 * {@code anxiao.logistics.dormitory-occupancy}, on the {@link DormitoryRule} in force.
 *
 * <ol>
 *   <li>Room rate = occupants ÷ design capacity; building rate = Σ occupants ÷ Σ design capacity (total
 *       over total, never a mean of room rates). Both rounded to 4 decimals (one basis point),
 *       {@link java.math.RoundingMode#HALF_UP} (四舍五入). The denominator is never zero: every room has
 *       at least one bed and a dormitory at least one room.</li>
 *   <li>Over capacity, when {@code maxOccupancyRate} is read: occupants &gt; maxOccupancyRate × design
 *       capacity, compared exactly (not on the rounded rate). Exactly at the maximum is not over.</li>
 *   <li>Without safety officer, when {@code safetyOfficerPerRoom} is read and true: an occupied room
 *       (occupants &gt; 0) that names none (鲁教安字〔2018〕1号 §三(四)3). An empty room has no pupil to
 *       name.</li>
 *   <li>Missing responsibilities, when {@code responsibilities} is read: those required and not
 *       assigned to the room (沪教委后〔2024〕10号 §四2).</li>
 * </ol>
 * A parameter no pack in force defines is no rule there: its check is not made, silently. A
 * parameter whose verification the context's policy does not permit is not read either — its check is
 * not made, never on an assumed default; the rates need no rule — and is reported in
 * {@link DormitoryOccupancyResult#skipped()} with one INFO finding {@link #NOT_CHECKED} citing the
 * refused rule value; so under the default policy the {@code UNVERIFIED} national maximum rate is not
 * checked, and is read under {@code ALLOW_UNVERIFIED}.
 *
 * <p>Findings, in this order: per room (room order) {@link #OVER_CAPACITY}, {@link #NO_SAFETY_OFFICER},
 * {@link #RESPONSIBILITIES_MISSING}, each with subject kind {@code ROOM} (寝室, contributed by the
 * logistics vocabulary) and the room's id (unique in its building; the building is the result's
 * subject and is named in the message); then {@link #NOT_CHECKED} per parameter; then one
 * {@link #SUMMARY}; these last two have the building ({@code BUILDING}) as subject. Each finding cites
 * the rule value it rests on; the summary rests on none. Rule values are read in the order
 * maxOccupancyRate, safetyOfficerPerRoom, responsibilities.
 * Immutable and thread-safe.
 */
public final class DormitoryOccupancy implements Calculator {
  /** The calculator id, {@code anxiao.logistics.dormitory-occupancy}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.dormitory-occupancy");
  /** A room holding more pupils than the maximum rate allows (HIGH). */
  public static final FindingCode OVER_CAPACITY = FindingCode.of("LOGISTICS.DORMITORY.OVER_CAPACITY");
  /** An occupied room without the safety officer the rule asks for (LOW). */
  public static final FindingCode NO_SAFETY_OFFICER = FindingCode.of("LOGISTICS.DORMITORY.NO_SAFETY_OFFICER");
  /** A room without some of the required responsibility assignments (LOW). */
  public static final FindingCode RESPONSIBILITIES_MISSING =
      FindingCode.of("LOGISTICS.DORMITORY.RESPONSIBILITIES_MISSING");
  /** A check not made: its rule value is below the verification policy (INFO, citing that value). */
  public static final FindingCode NOT_CHECKED = FindingCode.of("LOGISTICS.DORMITORY.NOT_CHECKED");
  /** The building's occupancy (INFO). */
  public static final FindingCode SUMMARY = FindingCode.of("LOGISTICS.DORMITORY.SUMMARY");
  /** Decimals of a rate: 4 (one basis point), rounded half up. */
  public static final int RATE_SCALE = Ratios.PLACES;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(DormitoryOccupancy.class, "messages");

  private final BoundRules<DormitoryRule> rules;
  private final VerificationPolicy policy;

  private DormitoryOccupancy(BoundRules<DormitoryRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for the dormitory rule in force in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force or the packs do not bind
   */
  public static DormitoryOccupancy in(RuleContext context) {
    Require.nonNull("context", context);
    return new DormitoryOccupancy(context.bind(DormitoryRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(DormitoryRule.KIND);
  }

  /** {@return the bound rule, with the packs in force} */
  public BoundRules<DormitoryRule> rules() {
    return rules;
  }

  /**
   * {@return the occupancy rate {@code occupants ÷ capacity}, 4 decimals {@code HALF_UP}, or empty when
   * {@code capacity} is zero}
   *
   * @param occupants the pupils, a count (0 to 10,000,000)
   * @param capacity  the beds, a count (0 to 10,000,000)
   */
  public static Optional<BigDecimal> rate(long occupants, long capacity) {
    Bounds.count("occupants", occupants);
    Bounds.count("capacity", capacity);
    return Ratios.share(occupants, capacity);
  }

  /**
   * {@return the occupancy and room checks of {@code dormitory}}
   *
   * @param dormitory the building and its rooms
   */
  public DormitoryOccupancyResult assess(Dormitory dormitory) {
    Require.nonNull("dormitory", dormitory);
    Subject subject = Subject.of(SubjectKind.BUILDING, dormitory.id());
    SubjectKind roomKind = SubjectKind.of("ROOM");
    DormitoryRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    Optional<BigDecimal> maxRate = rule.maxOccupancyRate().flatMap(trace::useIfPermitted);
    Optional<Boolean> officers = rule.safetyOfficerPerRoom().flatMap(trace::useIfPermitted);
    Optional<Set<Responsibility>> required = rule.responsibilities().flatMap(trace::useIfPermitted);
    boolean officerRequired = officers.orElse(false);

    List<RoomOccupancy> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (DormitoryRoom room : dormitory.rooms()) {
      Subject roomSubject = Subject.of(roomKind, room.id());
      boolean over = maxRate.isPresent() && Ratios.exceeds(BigDecimal.valueOf(room.occupants()),
          BigDecimal.valueOf(room.designCapacity()), maxRate.get());
      boolean noOfficer = officerRequired && room.occupants() > 0 && !room.hasSafetyOfficer();
      Set<Responsibility> missing = EnumSet.noneOf(Responsibility.class);
      required.ifPresent(missing::addAll);
      missing.removeAll(room.responsibilities());
      RoomOccupancy line = new RoomOccupancy(room.id(), room.designCapacity(), room.occupants(),
          rate(room.occupants(), room.designCapacity()).orElseThrow(), over, noOfficer, missing);
      lines.add(line);
      if (over) {
        findings.add(overCapacity(roomSubject, line, maxRate.get(), rule.maxOccupancyRate().orElseThrow().applied()));
      }
      if (noOfficer) {
        findings.add(Finding.builder().code(NO_SAFETY_OFFICER).severity(Severity.LOW).subject(roomSubject)
            .message(MESSAGES.format(NO_SAFETY_OFFICER, dormitory.id(), room.id(), room.occupants()))
            .rules(List.of(rule.safetyOfficerPerRoom().orElseThrow().applied())).build());
      }
      if (!missing.isEmpty()) {
        findings.add(Finding.builder().code(RESPONSIBILITIES_MISSING).severity(Severity.LOW).subject(roomSubject)
            .message(MESSAGES.format(RESPONSIBILITIES_MISSING, dormitory.id(), room.id(), labels(missing, true),
                labels(missing, false)))
            .rules(List.of(rule.responsibilities().orElseThrow().applied())).build());
      }
    }
    List<String> skipped = SkippedChecks.report(trace, subject, findings);
    long capacity = dormitory.designCapacity();
    long occupants = dormitory.occupants();
    BigDecimal buildingRate = rate(occupants, capacity).orElseThrow();
    findings.add(Finding.builder().code(SUMMARY).severity(Severity.INFO).subject(subject)
        .message(MESSAGES.format(SUMMARY, dormitory.id(), occupants, capacity, buildingRate.toPlainString(),
            dormitory.rooms().size()))
        .build());
    return new DormitoryOccupancyResult(subject, dormitory, lines, capacity, occupants, buildingRate, skipped,
        trace.applied(), rules.packs(), findings);
  }

  private static Finding overCapacity(Subject room, RoomOccupancy line, BigDecimal maxRate, AppliedRule applied) {
    return Finding.builder().code(OVER_CAPACITY).severity(Severity.HIGH).subject(room)
        .measured(new Measure(line.rate(), "1"))
        .required(new Measure(maxRate, "1"))
        .comparison(Comparison.AT_MOST)
        .message(MESSAGES.format(OVER_CAPACITY, line.roomId(), line.occupants(), line.designCapacity(),
            line.rate().toPlainString(), maxRate.toPlainString()))
        .rules(List.of(applied)).build();
  }

  private static String labels(Set<Responsibility> set, boolean zh) {
    List<String> out = new ArrayList<>();
    set.forEach(r -> out.add(zh ? r.label().zh() : r.label().en()));
    return String.join(zh ? "、" : ", ", out);
  }

  @Override
  public String toString() {
    return ID + " " + rules.packs() + " " + policy;
  }
}
