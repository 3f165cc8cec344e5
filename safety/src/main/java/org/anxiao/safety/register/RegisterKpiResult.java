package org.anxiao.safety.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
import org.anxiao.core.time.Period;

/**
 * The register KPIs of one group over a period ({@link RegisterKpis}): the figures, the pack values
 * read, the packs in force and the findings — dynamic zeroing not met ({@code SAFETY.REGISTER.ZEROING_NOT_MET})
 * and hazards overdue ({@code SAFETY.REGISTER.OVERDUE}), bilingual. Immutable and thread-safe.
 *
 * @param subject  the group (a school, a division)
 * @param reportingPeriod the period (统计期); its last day is the as-of day
 * @param figures  the figures
 * @param rules    the rule values used, in first-use order
 * @param packs    the packs in force, narrowest first
 * @param findings the findings
 * @param entries  the group's register (the input)
 */
public record RegisterKpiResult(Subject subject, Period reportingPeriod, RegisterFigures figures, List<AppliedRule> rules,
    List<PackRef> packs, List<Finding> findings, List<RegisterEntry> entries) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  the group
   * @param reportingPeriod the period
   * @param figures  the figures
   * @param rules    the rule values used
   * @param packs    the packs in force
   * @param findings the findings
   * @param entries  the register
   */
  public RegisterKpiResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.nonNull("figures", figures);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
    entries = Bounds.list("entries", entries);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return RegisterKpis.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(reportingPeriod);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, reportingPeriod, entries);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, List<RegisterEntry> entries) {}
}
