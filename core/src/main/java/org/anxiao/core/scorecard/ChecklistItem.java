package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One item of a checklist (检查项目): its maximum score, its weight within the section, whether it
 * is a veto item (一票否决项) and the clause it checks.
 *
 * @param id       unique within the checklist
 * @param title    what is checked
 * @param maxScore points when fully met, greater than zero
 * @param weight   multiplier within the section, greater than zero; 1 when absent
 * @param veto     a failed veto item fails the whole evaluation, whatever the score
 * @param clause   the clause of the source checked, if any
 */
public record ChecklistItem(String id, LocalizedText title, BigDecimal maxScore, Optional<BigDecimal> weight,
    boolean veto, Optional<String> clause) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id       unique within the checklist
   * @param title    what is checked
   * @param maxScore points when fully met, greater than zero
   * @param weight   multiplier within the section, greater than zero; 1 when absent
   * @param veto     a failed veto item fails the whole evaluation, whatever the score
   * @param clause   the clause of the source checked, if any
   */
  public ChecklistItem {
    Bounds.code("id", id);
    Require.nonNull("title", title);
    Bounds.positive("maxScore", maxScore);
    weight = Objects.requireNonNullElse(weight, Optional.empty());
    weight.ifPresent(w -> Bounds.positive("weight", w));
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
  }

  /** {@return the weight, 1 when none is given} */
  public BigDecimal effectiveWeight() {
    return weight.orElse(BigDecimal.ONE);
  }

  /** {@return weighted maximum: weight × maxScore} */
  public BigDecimal weightedMax() {
    return effectiveWeight().multiply(maxScore);
  }
}
