package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One quota term as applied to a school (定额计算项明细): the basis value, the step, the whole steps
 * {@code ⌈value ÷ per⌉}, the quantity per step and the amount {@code quantity × steps}, in the item's
 * unit. Immutable.
 *
 * @param basis    what is counted
 * @param value    the school's value of the basis (a count, or m²), 0 or more
 * @param per      the step, above 0
 * @param steps    the whole steps, 0 or more
 * @param quantity the quantity per step, above 0
 * @param amount   {@code quantity × steps}
 */
public record TermAmount(QuotaBasis basis, BigDecimal value, BigDecimal per, BigDecimal steps, BigDecimal quantity,
    BigDecimal amount) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param basis    what is counted
   * @param value    the basis value
   * @param per      the step
   * @param steps    the whole steps
   * @param quantity the quantity per step
   * @param amount   the amount
   */
  public TermAmount {
    Require.nonNull("basis", basis);
    Bounds.nonNegative("value", value);
    Bounds.positive("per", per);
    Bounds.nonNegative("steps", steps);
    Bounds.positive("quantity", quantity);
    Bounds.nonNegative("amount", amount);
    Require.that(amount.compareTo(quantity.multiply(steps)) == 0, "amount", amount.toPlainString(),
        "must be quantity × steps");
  }

  /**
   * {@return the term applied to a basis value}
   *
   * @param term  the quota term
   * @param value the school's value of its basis
   */
  public static TermAmount of(QuotaTerm term, BigDecimal value) {
    Require.nonNull("term", term);
    BigDecimal steps = term.steps(value);
    return new TermAmount(term.basis(), value, term.per(), steps, term.quantity(), term.quantity().multiply(steps));
  }
}
