package org.anxiao.core.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * One row of a {@link Parameter.DecimalTable}: a value with its own clause and verification where
 * they differ from the parameter's.
 *
 * @param value        the exact value
 * @param clause       the clause the value is printed in, if narrower than the parameter's
 * @param verification its verification, if different from the parameter's
 */
public record DecimalEntry(BigDecimal value, Optional<String> clause, Optional<Verification> verification) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value        the exact value
   * @param clause       the clause the value is printed in, if narrower than the parameter's
   * @param verification its verification, if different from the parameter's
   */
  public DecimalEntry {
    Bounds.decimal("value", value);
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    verification = Objects.requireNonNullElse(verification, Optional.empty());
    clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
  }

  /**
   * {@return a row with only a value}
   *
   * @param value the decimal as text
   */
  public static DecimalEntry of(String value) {
    return new DecimalEntry(AnxiaoUnits.decimal(value), Optional.empty(), Optional.empty());
  }
}
