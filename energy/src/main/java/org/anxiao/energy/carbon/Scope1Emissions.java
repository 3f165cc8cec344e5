package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.internal.WeightedSums;

/**
 * Scope 1 emissions (范围一直接排放): each fuel burnt on site × its factor from the
 * {@link EmissionFactorRule} in force — natural gas by volume (kgCO₂/m³), liquid fuels by mass
 * (kgCO₂/kg). A fuel without a factor row is refused ({@code UNKNOWN_CODE}), never counted at zero.
 * The factors are per unit of fuel, the pack's edition fixing the calorific value, so a measured
 * calorific value on a consumption does not enter carbon accounting.
 *
 * <p>Resolved once per context; {@link #weights()} gives the factors for the batch API. Every value
 * is read through a {@link RuleTrace} under the context's policy. Immutable and thread-safe.
 */
public final class Scope1Emissions {
  private final BoundRules<EmissionFactorRule> rules;
  private final VerificationPolicy policy;

  private Scope1Emissions(BoundRules<EmissionFactorRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return Scope 1 for {@code context}: binds the emission factors in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static Scope1Emissions in(RuleContext context) {
    Require.nonNull("context", context);
    return new Scope1Emissions(context.bind(EmissionFactorRule.KIND), context.policy());
  }

  /** {@return the bound emission factors} */
  public BoundRules<EmissionFactorRule> rules() {
    return rules;
  }

  /**
   * {@return the factor of {@code fuel}, kgCO₂ per carrier unit, with the row it was read from}
   *
   * @param fuel a fuel ({@link Carrier#isFuel()})
   * @throws InvalidValueException when {@code fuel} is not a fuel
   * @throws UnknownCodeException when the pack has no factor for it
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the row is below the policy's level
   */
  public EmissionFactor factor(Carrier fuel) {
    RuleTrace trace = RuleTrace.under(policy);
    BigDecimal value = factor("fuel", Require.nonNull("fuel", fuel), trace);
    return new EmissionFactor(value, "kgCO2/" + fuel.unit(), trace.applied());
  }

  /**
   * {@return kgCO₂ per carrier unit for every carrier, read once — for the batch API} A fuel with a
   * row weighs its factor; a fuel without one has no weight (its rows are refused, never zero);
   * electricity, PV, heat, steam and water weigh zero, having no Scope 1 emissions.
   *
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a row is below the policy's level
   */
  public CarrierWeights weights() {
    RuleTrace trace = RuleTrace.under(policy);
    Map<Carrier, Double> weights = new EnumMap<>(Carrier.class);
    for (Carrier carrier : Carrier.values()) {
      if (!carrier.isFuel()) {
        weights.put(carrier, 0.0);
      } else if (table(carrier).value().contains(carrier)) {
        weights.put(carrier, trace.row(table(carrier), carrier).doubleValue());
      }
    }
    return CarrierWeights.of("kgCO2", weights, trace.applied());
  }

  /**
   * The Scope 1 lines of the fuels in {@code input}, by carrier in {@link Carrier} order; the other
   * carriers are skipped.
   */
  List<EmissionLine> lines(List<Consumption> input, RuleTrace trace) {
    int carriers = Carrier.values().length;
    int n = input.size();
    int[] group = new int[n];
    int[] slot = new int[n];
    double[] amount = new double[n];
    double[] weight = new double[carriers];
    // No NaN marker needed: a row is added only after its slot's weight is set (a fuel without a factor is refused).
    BigDecimal[] factors = new BigDecimal[carriers];
    double[] total = new double[carriers];
    double[] estimated = new double[carriers];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      Consumption c = input.get(i);
      if (!c.carrier().isFuel()) {
        continue;
      }
      int k = c.carrier().ordinal();
      if (factors[k] == null) {
        factors[k] = factor("consumptions[" + i + "].carrier", c.carrier(), trace);
        weight[k] = factors[k].doubleValue();
      }
      group[rows] = k;
      slot[rows] = k;
      amount[rows] = c.value();
      total[k] += amount[rows];
      if (c.estimated()) {
        estimated[k] += amount[rows];
      }
      rows++;
    }
    double[] kg = new double[carriers];
    WeightedSums.accumulate(group, slot, amount, weight, kg, 0, rows);
    List<EmissionLine> lines = new ArrayList<>();
    for (Carrier carrier : Carrier.values()) {
      int k = carrier.ordinal();
      BigDecimal factor = factors[k];
      if (factor != null) {
        lines.add(new EmissionLine(EmissionScope.SCOPE_1, carrier, total[k], Math.min(estimated[k], total[k]), factor,
            table(carrier).value().applied(carrier), kg[k]));
      }
    }
    return lines;
  }

  private BigDecimal factor(String field, Carrier fuel, RuleTrace trace) {
    if (!fuel.isFuel()) {
      throw new InvalidValueException(field, fuel, "is not a fuel burnt on site (Scope 1)");
    }
    RuleValue<RuleTable<Carrier>> table = table(fuel);
    if (!table.value().contains(fuel)) {
      throw new UnknownCodeException(field, fuel, "fuels with an emission factor in " + rules.packs()
          + " (a fuel without one is never counted at zero; register a pack with its factor)");
    }
    return trace.row(table, fuel);
  }

  private RuleValue<RuleTable<Carrier>> table(Carrier fuel) {
    return "m3".equals(fuel.unit()) ? rules.value().byVolume() : rules.value().byMass();
  }

  @Override
  public String toString() {
    return "Scope1Emissions " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
