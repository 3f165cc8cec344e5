package org.anxiao.safety.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * "+{@code add} per further {@code per} above {@code above}" (每增加…增配…): for a basis b above
 * {@code above}, {@code add × R((b − above) ÷ per)}, where R is ⌈·⌉ or ⌊·⌋ by {@link #rounding()}; zero
 * at or below {@code above}. A ratio "1 per 600" is {@code above 0, per 600, add 1, UP}; "2 per gate"
 * is {@code above 0, per 1, add 2}. Computed exactly in {@code BigDecimal}. Immutable.
 *
 * @param above    the basis the increment counts from, 0 or more
 * @param per      the step n, positive (may be fractional, e.g. 12.5 pupils per staff)
 * @param add      the staff added per step, 1 or more
 * @param rounding how a part of a step counts; stated, never defaulted
 */
public record Increment(long above, BigDecimal per, int add, Rounding rounding) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param above    the basis the increment counts from, 0 or more
   * @param per      the step, positive
   * @param add      the staff added per step, 1 or more
   * @param rounding how a part of a step counts
   */
  public Increment {
    Bounds.count("above", above);
    Bounds.positive("per", per);
    Require.that(add >= 1 && add <= Bounds.MAX_COUNT, "add", add, "must be between 1 and {}", Bounds.MAX_COUNT);
    Require.nonNull("rounding", rounding);
  }

  /**
   * {@return the staff this increment adds for basis {@code basis}: 0 at or below {@link #above()}}
   *
   * @param basis the basis value, 0 or more
   */
  public long extra(long basis) {
    Bounds.count("basis", basis);
    if (basis <= above) {
      return 0;
    }
    BigDecimal steps = BigDecimal.valueOf(basis - above)
        .divide(per, 0, rounding == Rounding.UP ? RoundingMode.CEILING : RoundingMode.FLOOR);
    return steps.longValueExact() * add;
  }
}
