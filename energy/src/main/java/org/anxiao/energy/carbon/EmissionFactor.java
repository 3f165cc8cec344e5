package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;

/**
 * A factor resolved once from the packs (已解析排放因子), for the batch API and any caller that applies
 * one factor to many rows: the exact value, its unit, and the rule values it was read from (for the
 * market residual: the {@code residualRegion} text and the row; for heat: the set's or the default
 * {@code heat}).
 *
 * <p>Invariants: {@code value} zero or more; at least one rule. Immutable and thread-safe.
 *
 * @param value the factor, exact, as written in the pack
 * @param unit  kgCO₂ per carrier unit, e.g. {@code kgCO2/kWh}, {@code kgCO2/MJ}
 * @param rules the rule values read, in order
 */
public record EmissionFactor(BigDecimal value, String unit, List<AppliedRule> rules) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value the factor, zero or more
   * @param unit  the factor's unit
   * @param rules the rule values read, at least one
   */
  public EmissionFactor {
    Bounds.nonNegative("value", value);
    Bounds.code("unit", unit);
    rules = Bounds.list("rules", rules);
    Require.that(!rules.isEmpty(), "rules", "[]", "must name the rule value read");
  }

  /** {@return the factor as a double, for primitive loops} */
  public double asDouble() {
    return value.doubleValue();
  }
}
