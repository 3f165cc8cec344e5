package org.anxiao.safety.risk;

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
import org.anxiao.core.text.LocalizedText;

/**
 * A risk-matrix grading (风险矩阵评价结果): likelihood L, severity S, the product R = L × S, the level of
 * the cell, the label and colour to show (the band's or cell's own where the matrix gives one,
 * otherwise the level's), the rule values read and the packs in force. Becomes an
 * {@code Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariant: {@code product} = L × S. Immutable and thread-safe.
 *
 * @param subject    what was graded
 * @param likelihood L, from 1
 * @param severity   S, from 1
 * @param product    R = L × S
 * @param level      the level of the cell
 * @param label      the label to show
 * @param colour     the colour to show, {@code #RRGGBB}
 * @param rules      the rule values read
 * @param packs      the packs in force, narrowest first
 * @param findings   one finding stating the grade
 */
public record RiskMatrixGrade(Subject subject, int likelihood, int severity, int product, RiskLevel level,
    LocalizedText label, String colour, List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject    what was graded
   * @param likelihood L, 1 to {@value RiskMatrix#MAX_SIDE}
   * @param severity   S, 1 to {@value RiskMatrix#MAX_SIDE}
   * @param product    R = L × S
   * @param level      the level of the cell
   * @param label      the label to show
   * @param colour     the colour to show
   * @param rules      the rule values read
   * @param packs      the packs in force
   * @param findings   the finding stating the grade
   */
  public RiskMatrixGrade {
    Require.nonNull("subject", subject);
    Require.that(likelihood >= 1 && likelihood <= RiskMatrix.MAX_SIDE, "likelihood", likelihood,
        "must be between 1 and " + RiskMatrix.MAX_SIDE);
    Require.that(severity >= 1 && severity <= RiskMatrix.MAX_SIDE, "severity", severity,
        "must be between 1 and " + RiskMatrix.MAX_SIDE);
    Require.that(product == likelihood * severity, "product", product, "must equal L × S = {}", likelihood * severity);
    Require.nonNull("level", level);
    Require.nonNull("label", label);
    RiskMatrix.colour(java.util.Optional.of(Require.nonNull("colour", colour)));
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return RiskMatrices.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, likelihood, severity);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, int likelihood, int severity) {}
}
