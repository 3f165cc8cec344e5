package org.anxiao.energy.water;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.time.Period;
import org.anxiao.energy.internal.WeightedSums;
import org.jspecify.annotations.Nullable;

/**
 * The water balance test (水平衡测试): a supply (main) meter against the sum of its sub-meters over one
 * period — 沪教委后〔2024〕10号 §四4 asks districts to 推广学校用水分项计量和水平衡测试, and
 * 沪教委保〔2021〕13号 §三(三)5 to 持续降低供水管网漏损.
 *
 * <p>With V₀ the supply meter's volume, V₁…Vₙ the sub-meters' and t₀…tₙ their stated tolerances
 * (fractions of the reading):
 * <ul>
 *   <li>unaccounted-for volume (未计量水量) U = V₀ − Σᵢ Vᵢ, m³ — negative when the sub-meters exceed
 *       the supply, which is reported, never clipped;</li>
 *   <li>leak rate (漏损率) L = U ÷ V₀, a fraction, at most 1 and unbounded below;</li>
 *   <li>uncertainty band B = |V₀|·t₀ + Σᵢ |Vᵢ|·tᵢ, m³ — the worst case: a meter reading r = v(1 + e)
 *       with |e| ≤ t, the reading error of U is V₀e₀ − Σ Vᵢeᵢ, at most B in magnitude when every
 *       error falls on the adverse side (the readings stand in for the true volumes, which changes
 *       B by a factor 1 ± t, second order). The worst case is the cautious reading for a claim of
 *       loss: U is called significant only when no combination of meter errors explains it;</li>
 *   <li>status: {@link BalanceStatus#LOSS} when U &gt; B, {@link BalanceStatus#EXCESS} when U &lt; −B,
 *       else {@link BalanceStatus#WITHIN_TOLERANCE} (a U exactly on the band is within it).</li>
 * </ul>
 * Worked: supply 10 000 m³, sub-meters 4 000 + 3 500 + 1 800 = 9 300 m³ → U = 700 m³, L = 7 %;
 * at ±2 % each, B = 0.02 × (10 000 + 9 300) = 386 m³, so 700 m³ is a significant loss.
 *
 * <p>No rule value is read (the tolerances are properties of the meters the caller states), so
 * the result applies no rule and raises no finding: its {@link BalanceStatus} is the flag. Sums are
 * plain doubles in input order (within n·ε·Σ|V| of the exact sums, ε = 2⁻⁵³); the band goes through
 * the weighted-sum kernel. Stateless and thread-safe.
 */
public final class WaterBalances implements Calculator {
  /** The calculator id, {@code anxiao.energy.water-balance}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.water-balance");
  private static final WaterBalances INSTANCE = new WaterBalances();

  private WaterBalances() {}

  /** {@return the water balance calculator; it reads no rule pack, so it needs no context} */
  public static WaterBalances create() {
    return INSTANCE;
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of();
  }

  /**
   * {@return the balance of {@code supply} against {@code subMeters} over {@code period}}
   *
   * @param subject   what is balanced (a school, a campus, a building)
   * @param period    the period; every meter's consumption must cover exactly its dates
   * @param supply    the supply (main) meter, with a volume greater than zero
   * @param subMeters the sub-meters, at least one; no meter twice, the supply meter included
   * @throws MissingValueException when the supply meter or every sub-meter is missing
   * @throws InvalidValueException when a meter's period is not {@code period}, or the supply volume is zero
   * @throws PeriodOverlapException when a meter is given twice (its volume would count twice over the period)
   */
  public WaterBalanceResult balance(Subject subject, Period period, @Nullable MeteredVolume supply,
      List<MeteredVolume> subMeters) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    if (supply == null) {
      throw new MissingValueException("the supply (main) meter is required: a balance compares it with its sub-meters",
          "supply");
    }
    List<MeteredVolume> subs = Bounds.list("subMeters", subMeters);
    if (subs.isEmpty()) {
      throw new MissingValueException("a balance needs at least one sub-meter", "subMeters");
    }
    requirePeriod("supply", supply, period);
    Map<String, String> seen = new HashMap<>();
    seen.put(supply.meterId(), "supply");
    int n = subs.size();
    for (int i = 0; i < n; i++) {
      MeteredVolume m = subs.get(i);
      String field = "subMeters[" + i + "]";
      requirePeriod(field, m, period);
      String first = seen.putIfAbsent(m.meterId(), field);
      if (first != null) {
        throw new PeriodOverlapException(field + ".consumption.meterId", first + " " + m.meterId() + " " + period.code(),
            field + " " + m.meterId() + " " + period.code() + " (one meter given twice)");
      }
    }
    double supplied = supply.volume();
    if (!(supplied > 0)) {
      throw new InvalidValueException("supply.consumption.amount", supply.consumption().amount().value().toPlainString(),
          "must be greater than zero: the leak rate is a share of the supply");
    }
    // Row 0 is the supply meter, rows 1..n the sub-meters; the band's weights are the tolerances.
    int[] group = new int[n + 1];
    int[] slot = new int[n + 1];
    double[] volume = new double[n + 1];
    double[] tolerance = new double[n + 1];
    volume[0] = supplied;
    tolerance[0] = supply.tolerance().doubleValue();
    double sub = 0;
    for (int i = 0; i < n; i++) {
      MeteredVolume m = subs.get(i);
      volume[i + 1] = m.volume();
      tolerance[i + 1] = m.tolerance().doubleValue();
      sub += volume[i + 1];
    }
    for (int i = 0; i <= n; i++) {
      slot[i] = i;
    }
    double[] band = new double[1];
    WeightedSums.accumulate(group, slot, volume, tolerance, band, 0, n + 1);
    double unaccounted = supplied - sub;
    double leakRate = unaccounted / supplied;
    return new WaterBalanceResult(subject, period, supplied, sub, unaccounted, leakRate, band[0],
        BalanceStatus.of(unaccounted, band[0]), supply, subs);
  }

  private static void requirePeriod(String field, MeteredVolume meter, Period period) {
    Period own = meter.consumption().period();
    if (!own.equals(period) && !(own.start().equals(period.start()) && own.end().equals(period.end()))) {
      throw new InvalidValueException(field + ".consumption.period", own.code(),
          "must be the balance period " + period.code() + ": every meter is read over the same period");
    }
  }

  @Override
  public String toString() {
    return ID.toString();
  }
}
