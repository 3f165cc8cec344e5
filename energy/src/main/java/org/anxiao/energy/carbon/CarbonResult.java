package org.anxiao.energy.carbon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carrier.Carrier;

/**
 * The CO₂ account of one subject over one period (碳排放核算结果): Scope 1 by fuel, Scope 2
 * location-based under each factor set asked for and market-based, side by side, with PV reported
 * apart, every factor's rule value and the inputs. Becomes an
 * {@link org.anxiao.core.finding.Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>The result is frozen: it holds the exact factors (pack, version, value) it was computed with, so
 * registering a newer pack later changes nothing, and pinning {@link #packs()} reproduces it.
 *
 * <p>Invariants: {@code scope1Kg} is the sum of the Scope 1 lines' kgCO₂; numbers finite and zero or
 * more; self-consumed PV has zero emissions and counts as non-fossil electricity; exported PV is
 * reported in {@code pvExportedKwh}, and {@code pvNettedKwh} of it (zero unless the accounting pack's
 * {@code netExportedPv}) was deducted from grid electricity. Immutable and thread-safe.
 *
 * @param subject           what was accounted (a school, a building)
 * @param reportingPeriod   the period (核算期)
 * @param scope1            kgCO₂ by fuel, in {@link Carrier} order
 * @param scope1Kg          Scope 1 in total, kgCO₂
 * @param locationBased     location-based Scope 2, one per factor set asked for, in the order asked
 * @param marketBased       market-based Scope 2, when asked for
 * @param pvSelfConsumedKwh self-consumed PV (光伏自用), zero emissions, non-fossil, kWh
 * @param pvExportedKwh     exported PV (光伏上网), reported apart, kWh
 * @param pvNettedKwh       the part of exported PV deducted from grid electricity, kWh
 * @param rules             every rule value used, in first-use order
 * @param packs             the packs bound, in first-use order
 * @param request           the inputs accounted
 */
public record CarbonResult(Subject subject, Period reportingPeriod, List<EmissionLine> scope1, double scope1Kg,
    List<LocationBasedScope2> locationBased, Optional<MarketBasedScope2> marketBased, double pvSelfConsumedKwh,
    double pvExportedKwh, double pvNettedKwh, List<AppliedRule> rules, List<PackRef> packs, CarbonInputs request)
    implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject           what was accounted
   * @param reportingPeriod   the period
   * @param scope1            kgCO₂ by fuel
   * @param scope1Kg          Scope 1 in total
   * @param locationBased     location-based Scope 2 figures
   * @param marketBased       the market-based Scope 2 figure, if asked for
   * @param pvSelfConsumedKwh self-consumed PV, kWh
   * @param pvExportedKwh     exported PV, kWh
   * @param pvNettedKwh       exported PV netted against grid electricity, kWh
   * @param rules             the rule values used
   * @param packs             the packs bound
   * @param request           the inputs
   */
  public CarbonResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    scope1 = Bounds.list("scope1", scope1);
    nonNegative("scope1Kg", scope1Kg);
    locationBased = Bounds.list("locationBased", locationBased);
    Require.nonNull("marketBased", marketBased);
    nonNegative("pvSelfConsumedKwh", pvSelfConsumedKwh);
    nonNegative("pvExportedKwh", pvExportedKwh);
    nonNegative("pvNettedKwh", pvNettedKwh);
    Require.that(pvNettedKwh <= pvExportedKwh, "pvNettedKwh", pvNettedKwh, "must not exceed the exported PV");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    Require.nonNull("request", request);
  }

  private static void nonNegative(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
  }

  /** {@return Scope 1 as a quantity in kgCO₂e} */
  @JsonIgnore
  public Quantity<CarbonMass> scope1Emissions() {
    return AnxiaoUnits.of(scope1Kg, AnxiaoUnits.KILOGRAM_CO2E);
  }

  /**
   * {@return the Scope 1 line of {@code fuel}, if any}
   *
   * @param fuel the fuel
   */
  public Optional<EmissionLine> scope1Line(Carrier fuel) {
    Require.nonNull("fuel", fuel);
    return scope1.stream().filter(l -> l.carrier() == fuel).findFirst();
  }

  /**
   * {@return the location-based figure under {@code set}, if it was asked for}
   *
   * @param set the factor set and row
   */
  public Optional<LocationBasedScope2> locationBased(FactorSet set) {
    Require.nonNull("set", set);
    return locationBased.stream().filter(l -> l.factorSet().equals(set)).findFirst();
  }

  /**
   * {@return Scope 1 plus location-based Scope 2 under {@code set}, in kgCO₂e}
   *
   * @param set the factor set and row, one of those asked for
   * @throws org.anxiao.core.error.InvalidValueException when {@code set} was not asked for
   */
  public Quantity<CarbonMass> locationTotal(FactorSet set) {
    LocationBasedScope2 scope2 = locationBased(set).orElseThrow(() -> new org.anxiao.core.error.InvalidValueException(
        "set", set, "was not asked for in this account"));
    return AnxiaoUnits.of(scope1Kg + scope2.kgCO2(), AnxiaoUnits.KILOGRAM_CO2E);
  }

  /** {@return Scope 1 plus market-based Scope 2, in kgCO₂e, when the market-based figure was asked for} */
  @JsonIgnore
  public Optional<Quantity<CarbonMass>> marketTotal() {
    return marketBased.map(m -> AnxiaoUnits.of(scope1Kg + m.kgCO2(), AnxiaoUnits.KILOGRAM_CO2E));
  }

  /** {@return the non-fossil electricity of the period: self-consumed PV, kWh} */
  @JsonIgnore
  public double nonFossilKwh() {
    return pvSelfConsumedKwh;
  }

  /** {@return true when any amount accounted was estimated} */
  @JsonIgnore
  public boolean anyEstimated() {
    return request.consumptions().stream().anyMatch(c -> c.estimated());
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return CarbonAccounting.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(reportingPeriod);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, reportingPeriod, request);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, CarbonInputs request) {}
}
