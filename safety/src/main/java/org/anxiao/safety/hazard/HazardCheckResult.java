package org.anxiao.safety.hazard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The checks of a hazard register on one day ({@link HazardChecks}): one {@link HazardCheck} per hazard,
 * in the register's order, the findings (plans lacking elements, hazards overdue), every rule value
 * read and the packs in force. Becomes an {@code Assessment} through {@link #toAssessment}. Immutable
 * and thread-safe.
 *
 * @param subject  the register's unit
 * @param asOf     the day checked
 * @param hazards  one check per hazard, in the register's order
 * @param findings the findings, bilingual
 * @param rules    the rule values read, in first-use order
 * @param packs    the packs in force, narrowest first per kind
 * @param register the register checked, without personal names (the assessment's inputs)
 */
public record HazardCheckResult(Subject subject, LocalDate asOf, List<HazardCheck> hazards, List<Finding> findings,
    List<AppliedRule> rules, List<PackRef> packs, HazardRegister register) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  the register's unit
   * @param asOf     the day checked
   * @param hazards  one check per hazard
   * @param findings the findings
   * @param rules    the rule values read
   * @param packs    the packs in force
   * @param register the register checked
   */
  public HazardCheckResult {
    Require.nonNull("subject", subject);
    Bounds.date("asOf", asOf);
    hazards = Bounds.list("hazards", hazards);
    findings = Bounds.list("findings", findings);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    Require.nonNull("register", register);
  }

  /** {@return the checks of the hazards whose required plan lacks an element} */
  @JsonIgnore
  public List<HazardCheck> incompletePlans() {
    return hazards.stream().filter(c -> !c.planComplete()).toList();
  }

  /** {@return the checks of the hazards open after their deadline} */
  @JsonIgnore
  public List<HazardCheck> overdue() {
    return hazards.stream().filter(HazardCheck::overdue).toList();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return HazardChecks.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return register;
  }
}
