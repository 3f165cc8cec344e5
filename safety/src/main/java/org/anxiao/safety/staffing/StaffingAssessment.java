package org.anxiao.safety.staffing;

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

/**
 * A staffing assessment (人员配备核对结果): per topic, requirement, slot and post the staff required
 * against the roster and the shortfall, the requirements skipped under the verification policy, the
 * rule values read (citations), the packs in force and bilingual findings — one per shortfall, one
 * per skipped requirement, or one stating adequacy. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject  the school
 * @param input    the school assessed
 * @param roster   its roster
 * @param lines    the requirements assessed, by topic then pack order
 * @param skipped  the requirements not assessed (a value below the policy)
 * @param rules    the rule values read, in first-use order
 * @param packs    the packs in force, per topic narrowest first
 * @param findings the findings
 */
public record StaffingAssessment(Subject subject, StaffingCase input, Roster roster, List<StaffingLine> lines,
    List<SkippedRequirement> skipped, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  the school
   * @param input    the school assessed
   * @param roster   its roster
   * @param lines    the requirements assessed
   * @param skipped  the requirements not assessed
   * @param rules    the rule values read
   * @param packs    the packs in force
   * @param findings the findings
   */
  public StaffingAssessment {
    Require.nonNull("subject", subject);
    Require.nonNull("input", input);
    Require.nonNull("roster", roster);
    lines = Bounds.list("lines", lines);
    skipped = Bounds.list("skipped", skipped);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /**
   * {@return the line of requirement {@code requirement} of {@code topic}, if assessed}
   *
   * @param topic       the topic
   * @param requirement the requirement's id
   */
  public Optional<StaffingLine> line(StaffingTopic topic, String requirement) {
    Require.nonNull("topic", topic);
    Bounds.code("requirement", requirement);
    return lines.stream().filter(l -> l.topic() == topic && l.requirement().equals(requirement)).findFirst();
  }

  /** {@return the lines that fall short} */
  public List<StaffingLine> shortfalls() {
    return lines.stream().filter(StaffingLine::isShort).toList();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return Staffings.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(input, roster);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(StaffingCase input, Roster roster) {}
}
