package org.anxiao.safety.risk;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The three scores of one LEC assessment (作业条件危险性评价) of a job or place: L (likelihood, 事故发生
 * 的可能性), E (exposure, 暴露于危险环境的频繁程度) and C (consequence, 发生事故产生的后果). Each is a
 * pure number greater than zero; whether it is admissible (listed in the pack's table, or within its
 * range when the pack allows interpolation) is checked by {@link LecGradings#grade}. Immutable and
 * thread-safe.
 *
 * @param likelihood  L, greater than zero
 * @param exposure    E, greater than zero
 * @param consequence C, greater than zero
 */
public record LecFactors(BigDecimal likelihood, BigDecimal exposure, BigDecimal consequence) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param likelihood  L, greater than zero
   * @param exposure    E, greater than zero
   * @param consequence C, greater than zero
   */
  public LecFactors {
    Bounds.positive("likelihood", likelihood);
    Bounds.positive("exposure", exposure);
    Bounds.positive("consequence", consequence);
  }

  /** {@return D = L × E × C, exact} */
  public BigDecimal score() {
    return likelihood.multiply(exposure).multiply(consequence);
  }

  /**
   * {@return the score of {@code factor}}
   *
   * @param factor L, E or C
   */
  public BigDecimal value(LecFactor factor) {
    return switch (Require.nonNull("factor", factor)) {
      case LIKELIHOOD -> likelihood;
      case EXPOSURE -> exposure;
      case CONSEQUENCE -> consequence;
    };
  }
}
