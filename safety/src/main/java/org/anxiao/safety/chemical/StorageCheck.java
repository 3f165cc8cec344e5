package org.anxiao.safety.chemical;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * The storage check of one room (危化品储存检查结果): the findings — missing room controls, missing
 * cabinet controls for 剧毒 and 易制爆 chemicals, 易制毒 beside 易制爆, incompatible hazard classes in
 * one cabinet, reagents not under oil, reagents of unknown class, checks skipped — with the rule values
 * read and the rows skipped under the verification policy. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: the findings are ordered by the room first, then cabinet id, then CAS number, and do
 * not depend on the order cabinets or items were listed in. Immutable and thread-safe.
 *
 * @param subject               the room
 * @param layout                the layout checked (the input)
 * @param compatibilityChecked  false when the hazard classes were below the verification policy and the
 *                              compatibility check was skipped
 * @param skipped               rule values not read because they are below the verification policy
 * @param rules                 the rule values read, in first-use order
 * @param packs                 the packs in force
 * @param findings              the findings, in the order above
 */
public record StorageCheck(Subject subject, StorageLayout layout, boolean compatibilityChecked,
    List<AppliedRule> skipped, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject              the room
   * @param layout               the layout checked
   * @param compatibilityChecked whether the compatibility check ran
   * @param skipped              rule values skipped under the policy
   * @param rules                the rule values read
   * @param packs                the packs in force
   * @param findings             the findings
   */
  public StorageCheck {
    Require.nonNull("subject", subject);
    Require.nonNull("layout", layout);
    skipped = Bounds.list("skipped", skipped);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return ChemicalStorage.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return layout;
  }
}
