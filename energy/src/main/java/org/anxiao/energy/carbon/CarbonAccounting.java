package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.internal.ConsumptionChecks;
import org.anxiao.energy.internal.WeightedSums;

/**
 * Carbon accounting (碳排放核算, spec energy §6): Scope 1 of the fuels burnt on site, Scope 2 of
 * purchased electricity and heat — location-based under each factor set asked for, and market-based
 * — side by side, with on-site PV reported apart.
 *
 * <ul>
 *   <li><b>Scope 1</b> ({@link Scope1Emissions}): each fuel × its factor from {@link EmissionFactorRule};
 *       a fuel without a row is {@code UNKNOWN_CODE}, never zero.</li>
 *   <li><b>Scope 2, location-based</b>: grid electricity × the row of each {@link FactorSet} asked for
 *       (e.g. Shanghai reporting 0.42, MEE Shanghai, MEE national for one Shanghai school); purchased
 *       heat × the set's heat factor, else the default of {@link EmissionFactorRule}
 *       ({@link HeatFactorSource} records which). The MEE packs are in force in their data year only:
 *       the context's date picks the year; a year without one is {@code RULE_NOT_FOUND} unless the
 *       caller pins a pack.</li>
 *   <li><b>Scope 2, market-based</b> ({@link Scope2AccountingRule}): settled green power and unbundled
 *       certificates count at zero where the pack's flags say so (the designated exchange is required
 *       only where {@code greenPowerRequiresDesignatedExchange}); the rest × the residual-mix row of the
 *       MEE factors of the year. <b>Green power or certificates counted at zero that exceed the grid
 *       electricity of the period are refused</b> ({@code INVALID_VALUE} on {@code greenPower}, or on
 *       {@code certificates} when green power alone fits): claiming more than was used is a double
 *       count, and clipping would hide it. Instruments the pack does not count at zero are reported in
 *       {@link MarketBasedScope2#notCountedKwh()} and not bounded.</li>
 *   <li><b>PV</b>: self-consumed PV has zero emissions and is reported as non-fossil kWh; exported PV
 *       is reported apart and deducted from grid electricity only where the accounting pack's
 *       {@code netExportedPv} says so, and then at most down to zero (never a negative figure).</li>
 *   <li>Steam has no factor in any bundled pack ({@code UNKNOWN_CODE}); water is not energy and is
 *       refused ({@code INVALID_VALUE}) rather than silently left out.</li>
 * </ul>
 *
 * <pre>{@code
 * CarbonAccounting carbon = CarbonAccounting.in(RuleContext.forSchool(school, LocalDate.of(2022, 12, 31)));
 * CarbonResult r = carbon.account(Subject.of(SubjectKind.SCHOOL, school.id()), CalendarYear.of(2022),
 *     CarbonInputs.of(consumptions)
 *         .withFactorSets(List.of(FactorSet.shanghaiReporting(), FactorSet.mee(GridRegion.of("310000")),
 *             FactorSet.mee(GridRegion.NATIONAL)))
 *         .withMarketBased(greenPower, certificates));
 * }</pre>
 *
 * <p>Every rule value is read through a {@link RuleTrace} under the context's policy, and the result
 * keeps them, so it never changes when newer packs are registered. Sums of amount × factor go
 * through {@link WeightedSums}, as in the batch API. Immutable and thread-safe.
 */
public final class CarbonAccounting implements Calculator {
  /** The calculator id, {@code anxiao.energy.carbon}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.carbon");

  private final Scope1Emissions scope1;
  private final Scope2Factors scope2;
  private final RuleContext context;

  private CarbonAccounting(Scope1Emissions scope1, Scope2Factors scope2, RuleContext context) {
    this.scope1 = scope1;
    this.scope2 = scope2;
    this.context = context;
  }

  /**
   * {@return the calculator for {@code context}: binds the emission factors in force for its
   * jurisdiction and date; the factor sets and the accounting rule are bound as an account asks for them}
   *
   * @param context the registry, jurisdiction, date, pins and policy
   * @throws org.anxiao.core.error.RulePackException when no emission-factor pack is in force
   */
  public static CarbonAccounting in(RuleContext context) {
    Require.nonNull("context", context);
    return new CarbonAccounting(Scope1Emissions.in(context), Scope2Factors.in(context), context);
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  /** {@return the bundled kinds it reads: emission factors, the MEE factor set, Scope 2 accounting (other sets as asked)} */
  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(EmissionFactorRule.KIND, GridFactorRule.MEE, Scope2AccountingRule.KIND);
  }

  /** {@return Scope 1, resolved once (its {@link Scope1Emissions#weights()} serve the batch API)} */
  public Scope1Emissions scope1() {
    return scope1;
  }

  /** {@return the Scope 2 factors of the context (location, heat, market residual), for the batch API} */
  public Scope2Factors scope2() {
    return scope2;
  }

  /**
   * {@return the CO₂ account of {@code inputs} over {@code period}}
   *
   * @param subject what is accounted (a school, a building, a meter)
   * @param period  the period; every consumption, purchase and certificate must lie within it
   * @param inputs  the consumptions, the factor sets asked for, and the market-based request
   * @throws MissingValueException when there is no consumption, or electricity or heat is bought and
   *     no Scope 2 figure is asked for ({@code factorSets})
   * @throws InvalidValueException when a consumption, purchase or certificate lies outside the period,
   *     a consumption is water, or green power and certificates counted at zero exceed the grid electricity
   * @throws org.anxiao.core.error.PeriodOverlapException when one meter's consumptions of one carrier overlap
   * @throws UnknownCodeException when a fuel has no factor, steam is bought, a factor set is unknown or
   *     lacks the row asked for
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no pack of a set is in
   *     force on the date (a year without MEE factors) or heat has no factor; {@code RULE_UNVERIFIED}
   *     when a value is below the policy's level
   */
  public CarbonResult account(Subject subject, Period period, CarbonInputs inputs) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    Require.nonNull("inputs", inputs);
    List<Consumption> input = checked(period, inputs);
    Totals totals = Totals.of(input);
    boolean scope2Asked = !inputs.factorSets().isEmpty() || inputs.marketBased();
    if ((totals.hasGrid || totals.hasHeat) && !scope2Asked) {
      throw new MissingValueException("electricity or heat was bought but no Scope 2 figure was asked for: "
          + "name factor sets or ask for the market-based figure", "factorSets");
    }

    Set<AppliedRule> rules = new LinkedHashSet<>();
    Set<PackRef> packs = new LinkedHashSet<>(scope1.rules().packs());
    RuleTrace trace1 = RuleTrace.under(context.policy());
    List<EmissionLine> fuels = scope1.lines(input, trace1);
    double scope1Kg = 0;
    for (EmissionLine line : fuels) {
      scope1Kg += line.kgCO2();
    }
    rules.addAll(trace1.applied());

    List<LocationBasedScope2> location = new ArrayList<>();
    for (int i = 0; i < inputs.factorSets().size(); i++) {
      LocationBasedScope2 figure = location("factorSets[" + i + "]", inputs.factorSets().get(i), totals);
      location.add(figure);
      rules.addAll(figure.rules());
      packs.addAll(figure.packs());
    }
    Optional<MarketBasedScope2> market = Optional.empty();
    if (inputs.marketBased()) {
      MarketBasedScope2 figure = market(inputs, totals);
      market = Optional.of(figure);
      rules.addAll(figure.rules());
      packs.addAll(figure.packs());
    }
    // The netting rule is read (and recorded) by each Scope 2 figure; no figure, no netting.
    double netted = scope2Asked ? netted(totals, RuleTrace.under(context.policy())) : 0;
    return new CarbonResult(subject, period, fuels, scope1Kg, location, market, totals.pvSelf, totals.pvExported,
        netted, List.copyOf(rules), List.copyOf(packs), inputs);
  }

  private LocationBasedScope2 location(String field, FactorSet set, Totals totals) {
    RuleTrace trace = RuleTrace.under(context.policy());
    BoundRules<GridFactorRule> bound = scope2.bind(field, set);
    Set<PackRef> packs = new LinkedHashSet<>(bound.packs());
    double grid = totals.grid - netted(totals, trace);
    if (totals.hasExportedPv) {
      packs.addAll(scope2.accounting().packs());
    }
    Rows rows = new Rows();
    if (totals.hasGrid) {
      BigDecimal factor = Scope2Factors.electricity(field, bound, set.region(), trace);
      rows.add(Carrier.ELECTRICITY, grid, Math.min(totals.gridEstimated, grid), factor,
          bound.value().electricity().value().applied(set.region().code()));
    }
    Optional<HeatFactorSource> heatSource = heat(bound, totals, trace, rows, packs);
    List<EmissionLine> lines = rows.lines();
    return new LocationBasedScope2(set, lines, heatSource, sum(lines), trace.applied(), List.copyOf(packs));
  }

  private MarketBasedScope2 market(CarbonInputs inputs, Totals totals) {
    RuleTrace trace = RuleTrace.under(context.policy());
    BoundRules<Scope2AccountingRule> accounting = scope2.accounting();
    BoundRules<GridFactorRule> mee = scope2.mee();
    Set<PackRef> packs = new LinkedHashSet<>(accounting.packs());
    packs.addAll(mee.packs());
    Scope2AccountingRule rule = accounting.value();
    double grid = totals.grid - netted(totals, trace);

    double green = 0;
    double notCounted = 0;
    if (!inputs.greenPower().isEmpty()) {
      boolean atZero = trace.use(rule.greenPowerAtZero());
      boolean exchange = atZero && trace.use(rule.greenPowerRequiresDesignatedExchange());
      for (GreenPowerPurchase p : inputs.greenPower()) {
        boolean counts = atZero && p.settled() && (!exchange || p.viaDesignatedExchange());
        if (counts) {
          green += p.kwh();
        } else {
          notCounted += p.kwh();
        }
      }
    }
    double certificates = 0;
    if (!inputs.certificates().isEmpty()) {
      boolean atZero = trace.use(rule.certificatesAtZero());
      for (GreenCertificates c : inputs.certificates()) {
        if (atZero) {
          certificates += c.kwh();
        } else {
          notCounted += c.kwh();
        }
      }
    }
    if (green > grid) {
      throw new InvalidValueException("greenPower", green + " kWh", "green power counted at zero must not exceed "
          + "the grid electricity of the period (" + grid + " kWh)");
    }
    if (green + certificates > grid) {
      throw new InvalidValueException("certificates", certificates + " kWh", "green power (" + green + " kWh) and "
          + "certificates counted at zero must not exceed the grid electricity of the period (" + grid + " kWh)");
    }
    double residualKwh = Math.max(0, grid - green - certificates);

    Rows rows = new Rows();
    GridRegion region = scope2.residualRegion(trace);
    if (totals.hasGrid) {
      BigDecimal factor = Scope2Factors.electricity("residualRegion", mee, region, trace);
      rows.add(Carrier.ELECTRICITY, residualKwh, Math.min(totals.gridEstimated, residualKwh), factor,
          mee.value().electricity().value().applied(region.code()));
    }
    Optional<HeatFactorSource> heatSource = heat(mee, totals, trace, rows, packs);
    List<EmissionLine> lines = rows.lines();
    return new MarketBasedScope2(FactorSet.of(GridFactorRule.MEE, region), grid, green, certificates, notCounted,
        residualKwh, lines, heatSource, sum(lines), trace.applied(), List.copyOf(packs));
  }

  /** Exported PV deducted from grid electricity: zero unless the accounting pack nets it, at most the grid kWh. */
  /** Adds the heat line of a Scope 2 figure, at the set's heat factor or the default; where the factor came from. */
  private Optional<HeatFactorSource> heat(BoundRules<GridFactorRule> set, Totals totals, RuleTrace trace, Rows rows,
      Set<PackRef> packs) {
    if (!totals.hasHeat) {
      return Optional.empty();
    }
    Scope2Factors.Heat heat = scope2.heat(set, trace);
    packs.addAll(heat.packs());
    rows.add(Carrier.HEAT, totals.heat, totals.heatEstimated, heat.value(), heat.rule());
    return Optional.of(heat.source());
  }

  private double netted(Totals totals, RuleTrace trace) {
    if (!totals.hasExportedPv) {
      return 0;
    }
    boolean net = trace.use(scope2.accounting().value().netExportedPv());
    return net ? Math.min(totals.pvExported, totals.grid) : 0;
  }

  private static double sum(List<EmissionLine> lines) {
    double kg = 0;
    for (EmissionLine line : lines) {
      kg += line.kgCO2();
    }
    return kg;
  }

  /** Scope 2 rows of one figure, multiplied through {@link WeightedSums}. */
  private static final class Rows {
    private final List<Carrier> carriers = new ArrayList<>();
    private final List<double[]> amounts = new ArrayList<>();
    private final List<BigDecimal> factors = new ArrayList<>();
    private final List<AppliedRule> sources = new ArrayList<>();

    void add(Carrier carrier, double amount, double estimated, BigDecimal factor, AppliedRule source) {
      carriers.add(carrier);
      amounts.add(new double[] {amount, estimated});
      factors.add(factor);
      sources.add(source);
    }

    List<EmissionLine> lines() {
      int n = carriers.size();
      int[] index = new int[n];
      double[] amount = new double[n];
      double[] weight = new double[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
        amount[i] = amounts.get(i)[0];
        weight[i] = factors.get(i).doubleValue();
      }
      double[] kg = new double[n];
      WeightedSums.accumulate(index, index, amount, weight, kg, 0, n);
      List<EmissionLine> lines = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lines.add(new EmissionLine(EmissionScope.SCOPE_2, carriers.get(i), amount[i], amounts.get(i)[1],
            factors.get(i), sources.get(i), kg[i]));
      }
      return lines;
    }
  }

  /** The Scope 2 and PV amounts of the period, by carrier. */
  private static final class Totals {
    double grid;
    double gridEstimated;
    double heat;
    double heatEstimated;
    double pvSelf;
    double pvExported;
    boolean hasGrid;
    boolean hasHeat;
    boolean hasExportedPv;

    static Totals of(List<Consumption> input) {
      Totals t = new Totals();
      for (int i = 0; i < input.size(); i++) {
        Consumption c = input.get(i);
        double v = c.value();
        double estimated = c.estimated() ? v : 0;
        switch (c.carrier()) {
          case ELECTRICITY -> {
            t.grid += v;
            t.gridEstimated += estimated;
            t.hasGrid = true;
          }
          case HEAT -> {
            t.heat += v;
            t.heatEstimated += estimated;
            t.hasHeat = true;
          }
          case PV_SELF_CONSUMED -> t.pvSelf += v;
          case PV_EXPORTED -> {
            t.pvExported += v;
            t.hasExportedPv = true;
          }
          case STEAM -> throw new UnknownCodeException("consumptions[" + i + "].carrier", c.carrier(),
              "carriers with a Scope 2 emission factor (no bundled pack gives one for purchased steam)");
          case WATER -> throw new InvalidValueException("consumptions[" + i + "].carrier", c.carrier(),
              "is not energy and has no Scope 1 or Scope 2 emissions; leave it out of a carbon account");
          default -> {
            // A fuel: Scope 1.
          }
        }
      }
      t.gridEstimated = Math.min(t.gridEstimated, t.grid);
      t.heatEstimated = Math.min(t.heatEstimated, t.heat);
      return t;
    }
  }

  private static List<Consumption> checked(Period period, CarbonInputs inputs) {
    List<Consumption> input = inputs.consumptions();
    ConsumptionChecks.require("consumptions", period, input);
    for (int i = 0; i < inputs.greenPower().size(); i++) {
      within(period, "greenPower[" + i + "].period", inputs.greenPower().get(i).period());
    }
    for (int i = 0; i < inputs.certificates().size(); i++) {
      within(period, "certificates[" + i + "].period", inputs.certificates().get(i).period());
    }
    return input;
  }

  private static void within(Period period, String field, Period inner) {
    if (!period.encloses(inner)) {
      throw new InvalidValueException(field, inner.code(), "lies outside the period " + period.code());
    }
  }

  @Override
  public String toString() {
    return ID + " " + context.jurisdiction() + " " + context.date() + " " + context.policy();
  }
}
