package org.anxiao.logistics.dormitory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * A dormitory building's night duty and inspection checks (宿舍夜间值班与巡查核对结果), from
 * {@link NightDuties}: the staff on duty, the patrol rounds, the room-check share, the outcome of each check,
 * the checks not made because their rule value is below the verification policy, the rule values read, the
 * packs in force and bilingual findings. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject             the building
 * @param input               the record checked
 * @param onDuty              the staff on duty (Σ over roles)
 * @param patrolRounds        the patrol rounds made
 * @param roomCheckShare      rooms checked ÷ rooms occupied, 4 decimals {@code HALF_UP}; empty when no room is
 *                            occupied
 * @param noOneOnDuty         whether duty was required and no one was on duty
 * @param tooFewPatrols       whether there were fewer rounds than the minimum read
 * @param roomsNotChecked     whether the room check was required and some occupied room was not checked
 * @param unreportedIncidents the indexes in {@code input.incidents()} of the incidents found not reported, in
 *                            order (empty when the rule was not read)
 * @param skipped             the parameters whose check was not made (below the policy), in reading order;
 *                            each has one {@code LOGISTICS.DORMITORY.NOT_CHECKED} finding citing the refused value
 * @param rules               the rule values read, in first-use order
 * @param packs               the packs in force, narrowest first
 * @param findings            the findings
 */
public record NightDutyCheck(Subject subject, NightDutyLog input, int onDuty, int patrolRounds,
    Optional<BigDecimal> roomCheckShare, boolean noOneOnDuty, boolean tooFewPatrols, boolean roomsNotChecked,
    List<Integer> unreportedIncidents, List<String> skipped, List<AppliedRule> rules, List<PackRef> packs,
    List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject             the building
   * @param input               the record
   * @param onDuty              the staff on duty, a count
   * @param patrolRounds        the patrol rounds, a count
   * @param roomCheckShare      the room-check share, 0 to 1, if any room is occupied
   * @param noOneOnDuty         the duty outcome
   * @param tooFewPatrols       the patrol outcome
   * @param roomsNotChecked     the room-check outcome
   * @param unreportedIncidents the incidents not reported, indexes into the record's incidents
   * @param skipped             the parameters not checked
   * @param rules               the rule values read
   * @param packs               the packs in force
   * @param findings            the findings
   */
  public NightDutyCheck {
    Require.nonNull("subject", subject);
    Require.nonNull("input", input);
    Bounds.count("onDuty", onDuty);
    Bounds.count("patrolRounds", patrolRounds);
    Require.nonNull("roomCheckShare", roomCheckShare);
    roomCheckShare.ifPresent(s -> Require.that(Bounds.decimal("roomCheckShare", s).signum() >= 0
        && s.compareTo(BigDecimal.ONE) <= 0, "roomCheckShare", s.toPlainString(), "must be 0 to 1"));
    unreportedIncidents = Bounds.list("unreportedIncidents", unreportedIncidents);
    for (int i = 0; i < unreportedIncidents.size(); i++) {
      int at = unreportedIncidents.get(i);
      Require.thatElement(at >= 0 && at < input.incidents().size(), "unreportedIncidents", i, "", at,
          "must index the record's incidents");
    }
    skipped = Bounds.list("skipped", skipped);
    for (int i = 0; i < skipped.size(); i++) {
      Bounds.code("skipped[" + i + "]", skipped.get(i));
    }
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return NightDuties.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return input;
  }
}
