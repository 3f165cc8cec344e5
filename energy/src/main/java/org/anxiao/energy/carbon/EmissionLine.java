package org.anxiao.energy.carbon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import javax.measure.Quantity;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carrier.Carrier;

/**
 * One carrier's emissions in one scope (分品种排放): the amount in the carrier's unit, the factor
 * applied and the rule value it came from, and the kgCO₂.
 *
 * <p>Invariants: numbers finite and zero or more; {@code estimatedAmount ≤ amount};
 * {@code kgCO2} is {@code amount × factor} in double arithmetic (summed per consumption for fuels).
 * CO₂ is reported as CO₂e at GWP 1. Immutable and thread-safe.
 *
 * @param scope           the scope
 * @param carrier         the carrier
 * @param amount          the amount the factor applies to, in {@link Carrier#unit()} (for market-based
 *                        electricity, the kWh left after green power and certificates)
 * @param estimatedAmount the part of {@code amount} that was estimated
 * @param factor          kgCO₂ per carrier unit, as written in the pack
 * @param factorRule      the rule value the factor came from (pack, parameter and row)
 * @param kgCO2           the emissions, kgCO₂
 */
public record EmissionLine(EmissionScope scope, Carrier carrier, double amount, double estimatedAmount,
    BigDecimal factor, AppliedRule factorRule, double kgCO2) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param scope           the scope
   * @param carrier         the carrier
   * @param amount          the amount, zero or more
   * @param estimatedAmount the estimated part, between zero and the amount
   * @param factor          kgCO₂ per carrier unit, zero or more
   * @param factorRule      the rule value of the factor
   * @param kgCO2           the emissions, zero or more
   */
  public EmissionLine {
    Require.nonNull("scope", scope);
    Require.nonNull("carrier", carrier);
    Require.that(Bounds.decimal("amount", amount) >= 0, "amount", amount, "must be zero or more");
    Require.that(Bounds.decimal("estimatedAmount", estimatedAmount) >= 0 && estimatedAmount <= amount,
        "estimatedAmount", estimatedAmount, "must be between zero and the amount");
    Bounds.nonNegative("factor", factor);
    Require.nonNull("factorRule", factorRule);
    Require.that(Bounds.decimal("kgCO2", kgCO2) >= 0, "kgCO2", kgCO2, "must be zero or more");
  }

  /** {@return the emissions as a quantity in kgCO₂e} */
  @JsonIgnore
  public Quantity<CarbonMass> emissions() {
    return AnxiaoUnits.of(kgCO2, AnxiaoUnits.KILOGRAM_CO2E);
  }
}
