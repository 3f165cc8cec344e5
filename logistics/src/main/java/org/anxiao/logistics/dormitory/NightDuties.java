package org.anxiao.logistics.dormitory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
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
 * Night duty and inspection checks of a dormitory building (宿舍夜间值班与巡查核对), calculator
 * {@code anxiao.logistics.dormitory-night-duty}, on the {@link NightDutyRule} in force.
 *
 * <ol>
 *   <li>No one on duty, when {@code dutyRequired} is read and true: the staff on duty sum to 0
 *       (闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)6, §四(一)8).</li>
 *   <li>Too few patrol rounds, when {@code minimumPatrolRounds} is read: rounds &lt; the minimum; exactly
 *       the minimum passes.</li>
 *   <li>Rooms not checked, when {@code roomCheckRequired} is read and true and some room is occupied: the
 *       room-check share {@code roomsChecked ÷ roomsOccupied} falls short of 1 (every occupied room),
 *       compared exactly ({@code roomsChecked < roomsOccupied}), never on the rounded share. The share is
 *       reported rounded to 4 decimals, {@link java.math.RoundingMode#HALF_UP} (四舍五入); empty when no room
 *       is occupied (then there is nothing to check).</li>
 *   <li>Incident not reported, when {@code incidentsReported} is read and true: one finding per incident
 *       not reported (§四(一)6 "发生突发事件第一时间报告").</li>
 * </ol>
 * A parameter no pack in force defines is no rule there: its check is not made, silently. A parameter whose
 * verification the context's policy does not permit is not read — its check is not made, never on an
 * assumed default — and is listed in {@link NightDutyCheck#skipped()} with one INFO finding
 * {@link #NOT_CHECKED} citing the refused rule value.
 *
 * <p>Findings, in this order: {@link #NO_ONE_ON_DUTY}, {@link #TOO_FEW_PATROLS}, {@link #ROOMS_NOT_CHECKED},
 * {@link #INCIDENT_NOT_REPORTED} per incident (record order), {@link #NOT_CHECKED} per parameter not read,
 * then one {@link #SUMMARY}; all have the building ({@code BUILDING}, its id) as subject. Each cites the
 * rule value it rests on; the summary rests on none. Rule values are read in the order dutyRequired,
 * minimumPatrolRounds, roomCheckRequired, incidentsReported. Immutable and thread-safe.
 */
public final class NightDuties implements Calculator {
  /** The calculator id, {@code anxiao.logistics.dormitory-night-duty}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.dormitory-night-duty");
  /** No one on duty in the building at night (HIGH). */
  public static final FindingCode NO_ONE_ON_DUTY = FindingCode.of("LOGISTICS.DORMITORY.NO_ONE_ON_DUTY");
  /** Fewer patrol rounds than the minimum (LOW). */
  public static final FindingCode TOO_FEW_PATROLS = FindingCode.of("LOGISTICS.DORMITORY.TOO_FEW_PATROLS");
  /** Some occupied rooms not checked (LOW). */
  public static final FindingCode ROOMS_NOT_CHECKED = FindingCode.of("LOGISTICS.DORMITORY.ROOMS_NOT_CHECKED");
  /** An incident not reported (HIGH). */
  public static final FindingCode INCIDENT_NOT_REPORTED = FindingCode.of("LOGISTICS.DORMITORY.INCIDENT_NOT_REPORTED");
  /** A check not made: its rule value is below the verification policy (INFO, citing that value). */
  public static final FindingCode NOT_CHECKED = DormitoryOccupancy.NOT_CHECKED;
  /** The night in figures (INFO). */
  public static final FindingCode SUMMARY = FindingCode.of("LOGISTICS.DORMITORY.NIGHT_SUMMARY");

  private static final MessageCatalog MESSAGES = MessageCatalog.load(NightDuties.class, "messages");

  private final BoundRules<NightDutyRule> rules;
  private final VerificationPolicy policy;

  private NightDuties(BoundRules<NightDutyRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for the night-duty rule in force in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force or the packs do not bind
   */
  public static NightDuties in(RuleContext context) {
    Require.nonNull("context", context);
    return new NightDuties(context.bind(NightDutyRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(NightDutyRule.KIND);
  }

  /** {@return the bound rule, with the packs in force} */
  public BoundRules<NightDutyRule> rules() {
    return rules;
  }

  /**
   * {@return the night-duty checks of {@code log}}
   *
   * @param log the building's night duty and inspection record
   */
  public NightDutyCheck check(NightDutyLog log) {
    Require.nonNull("log", log);
    Subject subject = Subject.of(SubjectKind.BUILDING, log.buildingId());
    NightDutyRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    boolean dutyRequired = rule.dutyRequired().flatMap(trace::useIfPermitted).orElse(false);
    Optional<Long> minimumRounds = rule.minimumPatrolRounds().flatMap(trace::useIfPermitted);
    boolean roomCheckRequired = rule.roomCheckRequired().flatMap(trace::useIfPermitted).orElse(false);
    boolean incidentsReported = rule.incidentsReported().flatMap(trace::useIfPermitted).orElse(false);

    int onDuty = log.onDuty();
    int rounds = log.patrolRounds().size();
    Optional<BigDecimal> share = Ratios.share(log.roomsChecked(), log.roomsOccupied());
    boolean noOneOnDuty = dutyRequired && onDuty == 0;
    boolean tooFewPatrols = minimumRounds.isPresent() && rounds < minimumRounds.get();
    boolean roomsNotChecked = roomCheckRequired && log.roomsOccupied() > 0 && Ratios.fallsShort(
        BigDecimal.valueOf(log.roomsChecked()), BigDecimal.valueOf(log.roomsOccupied()), BigDecimal.ONE);
    List<Integer> unreported = new ArrayList<>();
    for (int i = 0; i < log.incidents().size(); i++) {
      if (incidentsReported && !log.incidents().get(i).reported()) {
        unreported.add(i);
      }
    }

    List<Finding> findings = new ArrayList<>();
    if (noOneOnDuty) {
      findings.add(Finding.builder().code(NO_ONE_ON_DUTY).severity(Severity.HIGH).subject(subject)
          .measured(new Measure(BigDecimal.ZERO, "1")).required(new Measure(BigDecimal.ONE, "1"))
          .comparison(Comparison.AT_LEAST)
          .message(MESSAGES.format(NO_ONE_ON_DUTY, log.buildingId(), log.night().toString()))
          .rules(List.of(rule.dutyRequired().orElseThrow().applied())).build());
    }
    if (tooFewPatrols) {
      long minimum = minimumRounds.orElseThrow();
      findings.add(Finding.builder().code(TOO_FEW_PATROLS).severity(Severity.LOW).subject(subject)
          .measured(new Measure(BigDecimal.valueOf(rounds), "1")).required(new Measure(BigDecimal.valueOf(minimum), "1"))
          .comparison(Comparison.AT_LEAST)
          .message(MESSAGES.format(TOO_FEW_PATROLS, log.buildingId(), log.night().toString(), rounds, minimum))
          .rules(List.of(rule.minimumPatrolRounds().orElseThrow().applied())).build());
    }
    if (roomsNotChecked) {
      BigDecimal s = share.orElseThrow();
      findings.add(Finding.builder().code(ROOMS_NOT_CHECKED).severity(Severity.LOW).subject(subject)
          .measured(new Measure(s, "1")).required(new Measure(BigDecimal.ONE, "1")).comparison(Comparison.AT_LEAST)
          .message(MESSAGES.format(ROOMS_NOT_CHECKED, log.buildingId(), log.night().toString(), log.roomsChecked(),
              log.roomsOccupied(), s.toPlainString(), log.roomsOccupied() - log.roomsChecked()))
          .rules(List.of(rule.roomCheckRequired().orElseThrow().applied())).build());
    }
    for (int i : unreported) {
      NightIncident incident = log.incidents().get(i);
      findings.add(Finding.builder().code(INCIDENT_NOT_REPORTED).severity(Severity.HIGH).subject(subject)
          .message(MESSAGES.format(INCIDENT_NOT_REPORTED, log.buildingId(), incident.time().toString(),
              incident.description()))
          .rules(List.of(rule.incidentsReported().orElseThrow().applied())).build());
    }
    List<String> skipped = SkippedChecks.report(trace, subject, findings);
    findings.add(Finding.builder().code(SUMMARY).severity(Severity.INFO).subject(subject)
        .message(MESSAGES.format(SUMMARY, log.buildingId(), log.night().toString(), onDuty, rounds,
            log.roomsChecked(), log.roomsOccupied(), log.incidents().size()))
        .build());
    return new NightDutyCheck(subject, log, onDuty, rounds, share, noOneOnDuty, tooFewPatrols, roomsNotChecked,
        unreported, skipped, trace.applied(), rules.packs(), findings);
  }

  @Override
  public String toString() {
    return ID + " " + rules.packs() + " " + policy;
  }
}
