package org.anxiao.safety.risk;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The risk-matrix rule (风险矩阵分级规则), bound from packs of kind {@code anxiao.safety.risk-matrix}: one
 * {@link RiskMatrix}, graded by bands of R = L × S or cell by cell. A pack whose matrix leaves a cell
 * ungraded or grades one twice is refused when read ({@code RULE_PACK_INVALID}, with the pointer of
 * the band or cell, e.g. {@code …#/parameters/matrix/value/bands/2}).
 *
 * <p>No national standard fixes the cut-offs. Two packs ship: {@code cn.customary.risk-matrix}
 * (jurisdiction CN, SECONDARY: 1–3 低, 4–9 一般, 10–16 较大, 20–25 重大) and
 * {@code sd.customary.risk-matrix} (jurisdiction 370000, UNVERIFIED, common in Shandong material:
 * 1–8 低, 9–12 一般, 15–16 较大, 20–25 重大). Immutable and thread-safe.
 *
 * @param matrix the matrix
 */
public record RiskMatrixRule(RuleValue<RiskMatrix> matrix) {

  static final ParameterSpec<RiskMatrix> MATRIX = ParameterSpec.structure("matrix", RiskMatrix.class);

  /** The rule kind {@code anxiao.safety.risk-matrix}. */
  public static final RuleKind<RiskMatrixRule> KIND = RuleKind.of("anxiao.safety.risk-matrix", List.of(MATRIX),
      b -> new RiskMatrixRule(b.get(MATRIX)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param matrix the matrix
   */
  public RiskMatrixRule {
    Require.nonNull("matrix", matrix);
  }
}
