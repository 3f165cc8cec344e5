package org.anxiao.energy.coal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.internal.ConsumptionChecks;
import org.anxiao.energy.internal.WeightedSums;

/**
 * Converts consumptions to standard coal (折标准煤) per GB/T 2589-2020, by the
 * {@link CoalEquivalentRule} in force.
 *
 * <p>Each consumption converts at its carrier's coefficient: electricity and self-consumed PV at
 * the basis asked for ({@link ElectricityBasis#CALORIFIC} 当量值 or {@link ElectricityBasis#PRIMARY}
 * 等价值 — a pack without {@code electricityPrimary} refuses the latter with {@code RULE_NOT_FOUND});
 * natural gas and fuels at their table rows (a carrier without a row is {@code UNKNOWN_CODE});
 * heat at {@code heat}; a fuel with a measured calorific value at that value ÷
 * {@code kgceCalorificValue}. Exported PV is not consumption and water is not energy unless the
 * pack opts in: both appear as lines that are not counted. The result records its basis, so that
 * it cannot be compared with a quota on the other basis ({@link CoalEquivalentResult#requireBasis}).
 *
 * <pre>{@code
 * CoalEquivalents coal = CoalEquivalents.in(RuleContext.forSchool(school, LocalDate.of(2024, 12, 31)));
 * CoalEquivalentResult r = coal.convert(Subject.of(SubjectKind.SCHOOL, school.id()), CalendarYear.of(2024),
 *     consumptions, ElectricityBasis.CALORIFIC);
 * }</pre>
 *
 * <p>Every rule value is read through a {@link RuleTrace} under the context's policy. Immutable and
 * thread-safe.
 */
public final class CoalEquivalents implements Calculator {
  /** The calculator id, {@code anxiao.energy.coal-equivalent}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.coal-equivalent");
  private static final int CARRIERS = Carrier.values().length;

  private final BoundRules<CoalEquivalentRule> rules;
  private final VerificationPolicy policy;

  private CoalEquivalents(BoundRules<CoalEquivalentRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws RulePackException when no pack is in force
   */
  public static CoalEquivalents in(RuleContext context) {
    Require.nonNull("context", context);
    return new CoalEquivalents(context.bind(CoalEquivalentRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static CoalEquivalents of(BoundRules<CoalEquivalentRule> rules, VerificationPolicy policy) {
    return new CoalEquivalents(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(CoalEquivalentRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<CoalEquivalentRule> rules() {
    return rules;
  }

  /**
   * {@return the standard coal of {@code consumptions}, by carrier and in total}
   *
   * @param subject      what is calculated (a school, a building, a meter)
   * @param period       the period; every consumption must lie within it
   * @param consumptions the consumptions, at least one; two of one meter and carrier must not overlap
   * @param basis        the electricity basis
   * @throws MissingValueException when there is no consumption (a period with no data)
   * @throws InvalidValueException when a consumption lies outside the period
   * @throws org.anxiao.core.error.PeriodOverlapException when one meter's consumptions of one carrier overlap
   * @throws org.anxiao.core.error.UnknownCodeException when a carrier has no coefficient in the pack
   * @throws RulePackException {@code RULE_UNVERIFIED} when a value is below the policy's level,
   *     {@code RULE_NOT_FOUND} when the basis or water needs a value the pack lacks
   */
  public CoalEquivalentResult convert(Subject subject, Period period, List<Consumption> consumptions,
      ElectricityBasis basis) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    Require.nonNull("basis", basis);
    List<Consumption> input = checked(period, consumptions);
    RuleTrace trace = RuleTrace.under(policy);
    CoalEquivalentRule rule = rules.value();

    // Slots 0..CARRIERS-1: a carrier's pack coefficient; further slots: one per measured calorific value.
    int n = input.size();
    int[] group = new int[n];
    int[] slot = new int[n];
    double[] amount = new double[n];
    List<BigDecimal> coefficients = new ArrayList<>();
    for (int i = 0; i < CARRIERS; i++) {
      coefficients.add(null);
    }
    boolean[] counted = new boolean[CARRIERS];
    double[] estimated = new double[CARRIERS];
    double[] totalAmount = new double[CARRIERS];
    Map<Carrier, BigDecimal> shown = new EnumMap<>(Carrier.class);
    for (int i = 0; i < n; i++) {
      Consumption c = input.get(i);
      int k = c.carrier().ordinal();
      group[i] = k;
      amount[i] = c.value();
      totalAmount[k] += amount[i];
      if (c.estimated()) {
        estimated[k] += amount[i];
      }
      if (c.measuredCalorificValue().isPresent()) {
        BigDecimal perUnit = measured(c.measuredCalorificValue().get(), trace.use(rule.kgceCalorificValue()));
        slot[i] = coefficients.size();
        coefficients.add(perUnit);
        counted[k] = true;
        shown.putIfAbsent(c.carrier(), perUnit);
      } else {
        slot[i] = k;
        if (coefficients.get(k) == null) {
          Optional<BigDecimal> coefficient = coefficient(c.carrier(), basis, rule, trace);
          counted[k] = coefficient.isPresent();
          coefficients.set(k, coefficient.orElse(BigDecimal.ZERO));
          shown.put(c.carrier(), coefficients.get(k));
        }
      }
    }
    double[] weight = new double[coefficients.size()];
    boolean[] known = new boolean[weight.length];
    for (int s = 0; s < weight.length; s++) {
      BigDecimal w = coefficients.get(s);
      known[s] = w != null;
      weight[s] = w == null ? 0 : w.doubleValue();
    }
    double[] kgce = new double[CARRIERS];
    int rejected = WeightedSums.accumulate(group, CARRIERS, WeightedSums.zeros(n), 1, slot, known, amount, weight, 1, kgce, 0, n,
        row -> { });
    if (rejected != 0) {
      throw new IllegalStateException("checked consumptions were rejected: " + rejected);
    }

    List<CarrierLine> lines = new ArrayList<>();
    double total = 0;
    for (Carrier carrier : Carrier.values()) {
      BigDecimal coefficient = shown.get(carrier);
      if (coefficient == null) {
        continue;
      }
      int k = carrier.ordinal();
      double value = counted[k] ? kgce[k] : 0;
      lines.add(new CarrierLine(carrier, totalAmount[k], Math.min(estimated[k], totalAmount[k]),
          counted[k] ? coefficient : BigDecimal.ZERO, value, counted[k]));
      total += value;
    }
    return new CoalEquivalentResult(subject, period, basis, lines, total, trace.applied(), rules.packs(), input);
  }

  /**
   * {@return the coefficient of every carrier the pack gives one for, on {@code basis}, read once —
   * for the batch API} A carrier without a row, or whose row the policy refuses (an {@code UNVERIFIED}
   * figure under the default policy), has no weight, so the batch rejects its rows; exported PV and
   * (unless the pack opts in) water weigh zero.
   *
   * @param basis the electricity basis
   * @throws RulePackException {@code RULE_UNVERIFIED} when a value is below the policy's level
   */
  public CarrierWeights weights(ElectricityBasis basis) {
    Require.nonNull("basis", basis);
    RuleTrace trace = RuleTrace.under(policy);
    CoalEquivalentRule rule = rules.value();
    Map<Carrier, Double> weights = new EnumMap<>(Carrier.class);
    for (Carrier carrier : Carrier.values()) {
      if (hasRow(carrier, basis, rule) && permitted(carrier, basis, rule)) {
        weights.put(carrier, coefficient(carrier, basis, rule, trace).orElse(BigDecimal.ZERO).doubleValue());
      }
    }
    return CarrierWeights.of("kgce", weights, trace.applied());
  }

  /** Whether the policy accepts every value {@code carrier} needs (a refused carrier gets no weight). */
  private boolean permitted(Carrier carrier, ElectricityBasis basis, CoalEquivalentRule rule) {
    try {
      coefficient(carrier, basis, rule, RuleTrace.under(policy));
      return true;
    } catch (RulePackException e) {
      if (RulePackException.UNVERIFIED.equals(e.errorCode())) {
        return false;
      }
      throw e;
    }
  }

  /** kgce per carrier unit of a fuel with a measured net calorific value: NCV ÷ the kgce definition. */
  static BigDecimal measured(BigDecimal calorificValue, BigDecimal kgceDefinition) {
    return calorificValue.divide(kgceDefinition, MathContext.DECIMAL64);
  }

  private static boolean hasRow(Carrier carrier, ElectricityBasis basis, CoalEquivalentRule rule) {
    return switch (carrier) {
      case ELECTRICITY, PV_SELF_CONSUMED -> basis == ElectricityBasis.CALORIFIC || rule.electricityPrimary().isPresent();
      case WATER -> !rule.includeWater().value() || rule.water().isPresent();
      case HEAT, PV_EXPORTED -> true;
      default -> "m3".equals(carrier.unit()) ? rule.byVolume().value().contains(carrier)
          : rule.byMass().value().contains(carrier);
    };
  }

  /** The pack's coefficient of {@code carrier}, or empty when the carrier does not count. */
  private static Optional<BigDecimal> coefficient(Carrier carrier, ElectricityBasis basis, CoalEquivalentRule rule,
      RuleTrace trace) {
    return switch (carrier) {
      case ELECTRICITY, PV_SELF_CONSUMED -> Optional.of(basis == ElectricityBasis.CALORIFIC
          ? trace.use(rule.electricityCalorific()) : trace.use(required(rule.electricityPrimary(), "electricityPrimary")));
      case PV_EXPORTED -> Optional.empty();
      case HEAT -> Optional.of(trace.use(rule.heat()));
      case WATER -> trace.use(rule.includeWater()) ? Optional.of(trace.use(required(rule.water(), "water")))
          : Optional.empty();
      default -> Optional.of("m3".equals(carrier.unit()) ? trace.row(rule.byVolume(), carrier)
          : trace.row(rule.byMass(), carrier));
    };
  }

  private static <V> RuleValue<V> required(Optional<RuleValue<V>> value, String parameter) {
    return value.orElseThrow(() -> new RulePackException(RulePackException.NOT_FOUND, "parameters." + parameter,
        CoalEquivalentRule.KIND.id(), "no pack in force defines it"));
  }

  private static List<Consumption> checked(Period period, List<Consumption> consumptions) {
    List<Consumption> input = Bounds.list("consumptions", consumptions);
    ConsumptionChecks.require("consumptions", period, input);
    return input;
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
