package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;

/**
 * The Scope 2 factors of a context (范围二排放因子), resolved from the packs in force on its date: the
 * electricity row of a factor set, the heat factor that goes with it, and the residual-mix factor of
 * market-based accounting — each as an exact value with the rule values read, for the batch API and
 * for {@link CarbonAccounting}.
 *
 * <p>Selection by date: the MEE packs are each in force for their data year only, so the context's
 * date picks the year and a year without published factors is {@code RULE_NOT_FOUND}, never the
 * nearest year; a caller who wants another year's factors pins that pack
 * ({@link RuleContext#pin(PackRef)}) — for a date in a year that has no pack of its own, since in a
 * year that has one, the pinned pack and the year's pack are two ids in force together
 * ({@code RULE_AMBIGUOUS}); pinning the packs a result names reproduces it. A factor set's kind must be
 * known to the context's registry.
 * Every value is read through a {@link RuleTrace} under the context's policy (the 2021 residual-mix
 * row is {@code UNVERIFIED}, so it is refused by default). Immutable and thread-safe.
 */
public final class Scope2Factors {
  private final RuleContext context;
  /** Bound rules by kind id: binding once per kind, not per call (a context always binds the same). */
  private final java.util.concurrent.ConcurrentMap<String, BoundRules<?>> bound =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Scope2Factors(RuleContext context) {
    this.context = context;
  }

  /**
   * {@return the Scope 2 factors of {@code context}; packs are bound as each factor is asked for}
   *
   * @param context the registry, jurisdiction, date, pins and policy
   */
  public static Scope2Factors in(RuleContext context) {
    return new Scope2Factors(Require.nonNull("context", context));
  }

  /** {@return the context the factors are resolved in} */
  public RuleContext context() {
    return context;
  }

  /**
   * {@return the electricity factor of {@code set}'s row, kgCO₂/kWh}
   *
   * @param set the factor set and row
   * @throws UnknownCodeException when the registry knows no such set, or the set has no such row
   * @throws RulePackException {@code RULE_NOT_FOUND} when no pack of the set is in force on the date,
   *     {@code RULE_UNVERIFIED} when the row is below the policy's level
   */
  public EmissionFactor electricity(FactorSet set) {
    Require.nonNull("set", set);
    RuleTrace trace = RuleTrace.under(context.policy());
    BigDecimal value = electricity("set", bind("set", set), set.region(), trace);
    return new EmissionFactor(value, "kgCO2/kWh", trace.applied());
  }

  /**
   * {@return the heat factor that goes with {@code set}, kgCO₂/MJ: the set's own, else the default of
   * the emission-factor pack in force}
   *
   * @param set the factor set (its row does not matter)
   * @throws RulePackException {@code RULE_NOT_FOUND} when neither gives one
   */
  public EmissionFactor heat(FactorSet set) {
    Require.nonNull("set", set);
    RuleTrace trace = RuleTrace.under(context.policy());
    Heat heat = heat(bind("set", set), trace);
    return new EmissionFactor(heat.value(), "kgCO2/MJ", trace.applied());
  }

  /**
   * {@return the residual-mix factor of market-based accounting, kgCO₂/kWh: the row the accounting
   * pack names ({@code residualRegion}) of the MEE factors in force}
   *
   * @throws RulePackException {@code RULE_NOT_FOUND} when no MEE pack or accounting pack is in force,
   *     {@code RULE_UNVERIFIED} when the row is below the policy's level
   */
  public EmissionFactor marketResidual() {
    RuleTrace trace = RuleTrace.under(context.policy());
    GridRegion region = residualRegion(trace);
    BigDecimal value = electricity("residualRegion", mee(), region, trace);
    return new EmissionFactor(value, "kgCO2/kWh", trace.applied());
  }

  /**
   * {@return kgCO₂ per carrier unit of location-based Scope 2 under {@code set}, read once — for the
   * batch API} Grid electricity weighs the set's row; heat its factor (no weight when neither the set
   * nor the default gives one); self-consumed and exported PV and the fuels weigh zero (exported PV is
   * netted, where a pack allows, before weighting); steam and water have no weight (refused).
   *
   * @param set the factor set and row
   * @throws UnknownCodeException when the registry knows no such set, or the set has no such row
   * @throws RulePackException {@code RULE_NOT_FOUND} when no pack of the set is in force on the date
   */
  public CarrierWeights locationWeights(FactorSet set) {
    Require.nonNull("set", set);
    RuleTrace trace = RuleTrace.under(context.policy());
    BoundRules<GridFactorRule> bound = bind("set", set);
    Map<Carrier, Double> weights = new EnumMap<>(Carrier.class);
    weights.put(Carrier.ELECTRICITY, electricity("set", bound, set.region(), trace).doubleValue());
    if (bound.value().heat().isPresent() || emissionFactors().value().heat().isPresent()) {
      weights.put(Carrier.HEAT, heat(bound, trace).value().doubleValue());
    }
    weights.put(Carrier.PV_SELF_CONSUMED, 0.0);
    weights.put(Carrier.PV_EXPORTED, 0.0);
    for (Carrier carrier : Carrier.values()) {
      if (carrier.isFuel()) {
        weights.put(carrier, 0.0);
      }
    }
    return CarrierWeights.of("kgCO2", weights, trace.applied());
  }

  /** The heat factor chosen and where it came from. */
  record Heat(BigDecimal value, HeatFactorSource source, AppliedRule rule, List<PackRef> packs) {}

  /** The bound rule of {@code set}'s kind; {@code field} names the set in errors. */
  @SuppressWarnings("unchecked")
  BoundRules<GridFactorRule> bind(String field, FactorSet set) {
    RuleKind<?> kind = context.registry().kinds().get(set.kind());
    if (kind == null) {
      throw new UnknownCodeException(field + ".kind", set.kind(), "rule kinds of the registry");
    }
    if (!GridFactorRule.isFactorSet(kind)) {
      throw new InvalidValueException(field + ".kind", set.kind(), "is not a grid-factor set (GridFactorRule.kind)");
    }
    // A kind made by GridFactorRule.kind binds to GridFactorRule: checked just above.
    return cached((RuleKind<GridFactorRule>) kind);
  }

  BoundRules<GridFactorRule> mee() {
    return cached(GridFactorRule.MEE);
  }

  BoundRules<Scope2AccountingRule> accounting() {
    return cached(Scope2AccountingRule.KIND);
  }

  BoundRules<EmissionFactorRule> emissionFactors() {
    return cached(EmissionFactorRule.KIND);
  }

  /** {@code context.bind(kind)}, once per kind; a failed bind is not cached and fails again next time. */
  @SuppressWarnings("unchecked")
  private <T> BoundRules<T> cached(RuleKind<T> kind) {
    BoundRules<?> rules = bound.get(kind.id());
    if (rules == null) {
      rules = context.bind(kind);
      bound.putIfAbsent(kind.id(), rules);
    }
    // Stored under its kind's id by this method only, and a registry knows one kind object per id.
    return (BoundRules<T>) rules;
  }

  /** The electricity row {@code region} of a bound set. */
  static BigDecimal electricity(String field, BoundRules<GridFactorRule> bound, GridRegion region, RuleTrace trace) {
    RuleValue<RuleTable<String>> table = bound.value().electricity();
    if (!table.value().contains(region.code())) {
      throw new UnknownCodeException(field + ".region", region.code(), "rows of " + bound.kind().id() + " in "
          + bound.packs() + " (rows: " + new java.util.TreeSet<>(table.value().keys()) + ")");
    }
    return trace.row(table, region.code());
  }

  /** The heat factor that goes with a bound set: its own, else the default. */
  Heat heat(BoundRules<GridFactorRule> bound, RuleTrace trace) {
    Optional<RuleValue<BigDecimal>> own = bound.value().heat();
    if (own.isPresent()) {
      return new Heat(trace.use(own.get()), HeatFactorSource.FACTOR_SET, own.get().applied(), bound.packs());
    }
    BoundRules<EmissionFactorRule> defaults = emissionFactors();
    RuleValue<BigDecimal> fallback = defaults.value().heat().orElseThrow(() -> new RulePackException(
        RulePackException.NOT_FOUND, "parameters.heat", bound.kind().id() + ", " + EmissionFactorRule.KIND.id(),
        "purchased heat needs a factor: neither the factor set " + bound.packs() + " nor the emission factors "
            + defaults.packs() + " give one"));
    return new Heat(trace.use(fallback), HeatFactorSource.DEFAULT, fallback.applied(), defaults.packs());
  }

  /** The residual-mix row named by the accounting pack. */
  GridRegion residualRegion(RuleTrace trace) {
    return GridRegion.of(trace.use(accounting().value().residualRegion()));
  }

  @Override
  public String toString() {
    return "Scope2Factors " + context;
  }
}
