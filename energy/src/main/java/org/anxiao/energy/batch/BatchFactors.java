package org.anxiao.energy.batch;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carbon.EmissionFactor;
import org.anxiao.energy.carbon.Scope1Emissions;
import org.anxiao.energy.carbon.Scope2Factors;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.internal.SerialChecks;

/**
 * Every rule value a city-scale batch needs, resolved once into primitive arrays (批量系数): kgce per
 * carrier unit on one electricity basis, Scope 1 kgCO₂ per carrier unit, and per school the grid
 * factor (location-based), the residual-mix factor (market-based), the heat factor and the floor
 * area. Built from the typed calculators' resolved weights, so the batch reads the same packs, under
 * the same verification policy, as the typed API; the rule values read are kept in {@link #rules()}.
 *
 * <p>No global state: a distributed engine binds the factors once, on its driver, and ships the
 * one instance to every partition (its arrays are small: a few per carrier and four per school),
 * where {@link BatchAccumulator}s run. It is {@link Serializable}: the serial form holds the arrays
 * and the rule values as their JSON wire form, and is checked against the invariants below when
 * read, like a newly built instance. Two instances are {@linkplain #equals equal} when every array
 * and rule value is, so accumulators over a shipped copy {@linkplain BatchAccumulator#merge merge}
 * with the driver's.
 *
 * <p>Invariants: every factor finite and zero or more; every area greater than zero; the per-school
 * arrays of equal length (the number of schools, at least one). A carrier is accepted in a row only
 * when it has a kgce coefficient and, for a fuel, a Scope 1 factor. Immutable and thread-safe.
 */
public final class BatchFactors implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Outputs per group: kgce, Scope 1 kgCO₂, grid electricity kWh, purchased heat MJ. */
  static final int K = 4;

  /** The electricity basis of every kgce. */
  private final ElectricityBasis basis;
  /** Per carrier ordinal, {@link #K} weights: kgce, Scope 1 kgCO₂, grid kWh, heat MJ per carrier unit. */
  private final double[] weights;
  /** Per carrier ordinal, whether its rows are summed. */
  private final boolean[] known;
  /** Per school, kgCO₂/kWh location-based. */
  private final double[] gridFactor;
  /** Per school, kgCO₂/kWh of the residual mix. */
  private final double[] residualFactor;
  /** Per school, kgCO₂/MJ of purchased heat. */
  private final double[] heatFactor;
  /** Per school, floor area in m². */
  private final double[] area;
  /** The rule values read. */
  private final List<AppliedRule> rules;

  private BatchFactors(ElectricityBasis basis, double[] weights, boolean[] known, double[] gridFactor,
      double[] residualFactor, double[] heatFactor, double[] area, List<AppliedRule> rules) {
    this.basis = basis;
    this.weights = weights;
    this.known = known;
    this.gridFactor = gridFactor;
    this.residualFactor = residualFactor;
    this.heatFactor = heatFactor;
    this.area = area;
    this.rules = rules;
  }

  /**
   * {@return the factors}
   *
   * @param basis          the electricity basis of {@code coal}
   * @param coal           kgce per carrier unit ({@code CoalEquivalents.weights(basis)})
   * @param scope1         Scope 1 kgCO₂ per carrier unit of the fuels
   * @param gridFactor     per school, kgCO₂/kWh of grid electricity (location-based)
   * @param residualFactor per school, kgCO₂/kWh of the residual mix (market-based)
   * @param heatFactor     per school, kgCO₂/MJ of purchased heat
   * @param area           per school, the floor area in m², greater than zero
   * @param rules          the rule values the per-school factors were read from (the weights bring their own)
   */
  public static BatchFactors of(ElectricityBasis basis, CarrierWeights coal, CarrierWeights scope1, double[] gridFactor,
      double[] residualFactor, double[] heatFactor, double[] area, List<AppliedRule> rules) {
    Require.nonNull("basis", basis);
    Require.nonNull("coal", coal);
    Require.nonNull("scope1", scope1);
    int schools = Require.nonNull("area", area).length;
    Require.that(schools > 0, "area", schools, "must give at least one school");
    double[] grid = perSchool("gridFactor", gridFactor, schools, false);
    double[] residual = perSchool("residualFactor", residualFactor, schools, false);
    double[] heat = perSchool("heatFactor", heatFactor, schools, false);
    double[] areas = perSchool("area", area, schools, true);
    Carrier[] carriers = Carrier.values();
    double[] w = new double[carriers.length * K];
    boolean[] known = new boolean[carriers.length];
    for (Carrier c : carriers) {
      int s = c.ordinal();
      double kgce = coal.weight(c).orElse(Double.NaN);
      double co2 = c.isFuel() ? scope1.weight(c).orElse(Double.NaN) : 0;
      known[s] = !Double.isNaN(kgce) && !Double.isNaN(co2);
      w[s * K] = known[s] ? kgce : 0;
      w[s * K + 1] = known[s] ? co2 : 0;
      w[s * K + 2] = c == Carrier.ELECTRICITY ? 1 : 0;
      w[s * K + 3] = c == Carrier.HEAT ? 1 : 0;
    }
    List<AppliedRule> all = new ArrayList<>(coal.rules());
    all.addAll(scope1.rules());
    all.addAll(Bounds.list("rules", rules));
    return new BatchFactors(basis, w, known, grid, residual, heat, areas, List.copyOf(all));
  }

  /**
   * {@return the factors of {@code schools}, resolved through the typed calculators} — the same code
   * and packs as {@code CoalEquivalents}, {@code Scope1Emissions} and {@code Scope2Factors}: the
   * kgce and Scope 1 weights from the first school's context (every school must resolve the same
   * ones: a batch holds schools that share those packs, e.g. one province), and per school its grid
   * factor, the residual-mix factor and the heat factor, each resolved once per distinct
   * jurisdiction, date, policy and factor set.
   *
   * @param basis   the electricity basis
   * @param schools the schools, in batch index order, at least one
   * @throws InvalidValueException when a school resolves other kgce or Scope 1 weights than the first
   * @throws org.anxiao.core.error.RulePackException when a pack is missing or a value is refused by the policy
   */
  public static BatchFactors resolve(ElectricityBasis basis, List<BatchSchool> schools) {
    Require.nonNull("basis", basis);
    List<BatchSchool> list = Bounds.list("schools", schools);
    Require.that(!list.isEmpty(), "schools", 0, "must hold at least one school");
    CarrierWeights coal = CoalEquivalents.in(list.get(0).context()).weights(basis);
    CarrierWeights scope1 = Scope1Emissions.in(list.get(0).context()).weights();
    int n = list.size();
    double[] grid = new double[n];
    double[] residual = new double[n];
    double[] heat = new double[n];
    double[] area = new double[n];
    Map<String, double[]> resolved = new HashMap<>();
    Map<String, String> weightsSeen = new HashMap<>();
    Set<AppliedRule> rules = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      BatchSchool school = Require.nonNullElement("schools", i, list.get(i));
      RuleContext c = school.context();
      // The context's text names its jurisdiction, date, pins and policy; the registry is told apart by identity.
      String where = c + "@" + System.identityHashCode(c.registry());
      if (weightsSeen.putIfAbsent(where, "") == null && i > 0) {
        CarrierWeights otherCoal = CoalEquivalents.in(c).weights(basis);
        CarrierWeights otherScope1 = Scope1Emissions.in(c).weights();
        Require.that(Arrays.equals(otherCoal.toArray(), coal.toArray()) && otherCoal.rules().equals(coal.rules())
            && Arrays.equals(otherScope1.toArray(), scope1.toArray()) && otherScope1.rules().equals(scope1.rules()),
            "schools[" + i + "]", c.jurisdiction(), "resolves other kgce or Scope 1 packs than school 0 ("
            + list.get(0).context().jurisdiction() + "): put schools that share those packs in one batch");
      }
      double[] f = resolved.computeIfAbsent(where + " " + school.locationSet(), k -> {
        Scope2Factors factors = Scope2Factors.in(c);
        EmissionFactor g = factors.electricity(school.locationSet());
        EmissionFactor r = factors.marketResidual();
        EmissionFactor h = factors.heat(school.locationSet());
        rules.addAll(g.rules());
        rules.addAll(r.rules());
        rules.addAll(h.rules());
        return new double[] {g.asDouble(), r.asDouble(), h.asDouble()};
      });
      grid[i] = f[0];
      residual[i] = f[1];
      heat[i] = f[2];
      area[i] = AnxiaoUnits.toDouble(school.floorArea(), AnxiaoUnits.SQUARE_METER);
    }
    return of(basis, coal, scope1, grid, residual, heat, area, List.copyOf(rules));
  }

  private static double[] perSchool(String field, double[] values, int schools, boolean positive) {
    Require.nonNull(field, values);
    Require.that(values.length == schools, field, values.length, "must have one value per school ({})", schools);
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      double v = Bounds.decimal(field + "[" + i + "]", copy[i]);
      Require.that(positive ? v > 0 : v >= 0, field + "[" + i + "]", v, positive ? "must be greater than zero"
          : "must be zero or more");
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof BatchFactors f && basis == f.basis && Arrays.equals(weights, f.weights)
        && Arrays.equals(known, f.known) && Arrays.equals(gridFactor, f.gridFactor)
        && Arrays.equals(residualFactor, f.residualFactor) && Arrays.equals(heatFactor, f.heatFactor)
        && Arrays.equals(area, f.area) && rules.equals(f.rules));
  }

  @Override
  public int hashCode() {
    return 31 * (31 * basis.hashCode() + Arrays.hashCode(weights)) + Arrays.hashCode(area);
  }

  @Override
  public String toString() {
    return "BatchFactors{" + basis + ", " + area.length + " schools, " + rules.size() + " rule values}";
  }

  /**
   * {@return the serial form that stands for these factors}
   */
  private Object writeReplace() {
    return new SerialForm(this);
  }

  /**
   * Refuses a stream that holds the class itself rather than its serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BatchFactors is read through its serial form");
  }

  /** The serial form: the arrays, and the rule values as their JSON wire form (records are not serializable). */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ElectricityBasis basis;
    private final double[] weights;
    private final boolean[] known;
    private final double[] gridFactor;
    private final double[] residualFactor;
    private final double[] heatFactor;
    private final double[] area;
    private final String rules;

    SerialForm(BatchFactors f) {
      basis = f.basis;
      weights = f.weights;
      known = f.known;
      gridFactor = f.gridFactor;
      residualFactor = f.residualFactor;
      heatFactor = f.heatFactor;
      area = f.area;
      rules = AnxiaoJson.strict().write(f.rules);
    }

    private Object readResolve() throws InvalidObjectException {
      return SerialChecks.checked("BatchFactors", () -> {
        Require.nonNull("basis", basis);
        int carriers = Carrier.values().length;
        Require.that(Require.nonNull("weights", weights).length == carriers * K, "weights", weights.length,
            "must hold {} values per carrier", K);
        Require.that(Require.nonNull("known", known).length == carriers, "known", known.length,
            "must hold one flag per carrier ({})", carriers);
        for (int i = 0; i < weights.length; i++) {
          double w = Bounds.decimal("weights[" + i + "]", weights[i]);
          Require.that(w >= 0, "weights[" + i + "]", w, "must be zero or more");
        }
        int schools = Require.nonNull("area", area).length;
        Require.that(schools > 0, "area", schools, "must give at least one school");
        List<AppliedRule> values = List.of(AnxiaoJson.strict().read(Require.nonNull("rules", rules), AppliedRule[].class));
        return new BatchFactors(basis, weights.clone(), known.clone(), perSchool("gridFactor", gridFactor, schools, false),
            perSchool("residualFactor", residualFactor, schools, false), perSchool("heatFactor", heatFactor, schools, false),
            perSchool("area", area, schools, true), values);
      });
    }
  }

  /** {@return the electricity basis of every kgce} */
  public ElectricityBasis basis() {
    return basis;
  }

  /** {@return the number of schools} */
  public int schools() {
    return area.length;
  }

  /** {@return every rule value the factors were read from} */
  public List<AppliedRule> rules() {
    return rules;
  }

  /**
   * {@return a new, empty accumulator over {@code periods} periods per school}
   *
   * @param periods the number of periods (e.g. 12 months), at least one
   */
  public BatchAccumulator accumulator(int periods) {
    Require.that(periods > 0 && periods <= 10_000, "periods", periods, "must be between 1 and 10000");
    return new BatchAccumulator(this, periods);
  }

  double[] weights() {
    return weights;
  }

  boolean[] known() {
    return known;
  }

  /**
   * {@return whether rows of {@code carrier} are summed: it has a kgce coefficient and, for a fuel, a
   * Scope 1 factor in the packs in force, under the policy}
   *
   * @param carrier the carrier
   */
  public boolean accepts(Carrier carrier) {
    return known[Require.nonNull("carrier", carrier).ordinal()];
  }

  double gridFactor(int school) {
    return gridFactor[school];
  }

  double residualFactor(int school) {
    return residualFactor[school];
  }

  double heatFactor(int school) {
    return heatFactor[school];
  }

  double area(int school) {
    return area[school];
  }
}
