package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One term of a quota formula (定额计算项): {@code quantity} per started {@code per} of the basis,
 * i.e. {@code quantity × ⌈b ÷ per⌉} for a basis value b — a part of a step counts as a whole step
 * (rounded up, 不足一档按一档计). "2 per 100 pupils" is {@code PUPILS, per 100, quantity 2}: 450 pupils
 * give ⌈4.5⌉ = 5 steps, 10 units; "1 per building" is {@code BUILDINGS, per 1, quantity 1}. Exact in
 * {@code BigDecimal}. Immutable.
 *
 * @param basis    what is counted
 * @param per      the step, above 0 (pupils, buildings or m²; may be fractional)
 * @param quantity the quantity added per step, above 0, in the item's unit
 */
public record QuotaTerm(QuotaBasis basis, BigDecimal per, BigDecimal quantity) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param basis    what is counted
   * @param per      the step, above 0
   * @param quantity the quantity per step, above 0
   */
  public QuotaTerm {
    Require.nonNull("basis", basis);
    per = Bounds.positive("per", per);
    quantity = Bounds.positive("quantity", quantity);
  }

  /**
   * {@return the whole steps ⌈{@code value} ÷ per⌉ of a basis value: 0 for 0}
   *
   * @param value the basis value, 0 or more
   */
  public BigDecimal steps(BigDecimal value) {
    Bounds.nonNegative("value", value);
    return value.divide(per, 0, RoundingMode.CEILING);
  }

  /**
   * {@return the term's amount, {@code quantity × ⌈value ÷ per⌉}}
   *
   * @param value the basis value, 0 or more
   */
  public BigDecimal amount(BigDecimal value) {
    return quantity.multiply(steps(value));
  }
}
