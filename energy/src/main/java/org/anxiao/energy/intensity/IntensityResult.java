package org.anxiao.energy.intensity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * The intensities of one subject over one period (强度计算结果), energy.md §3: the totals, the
 * denominators as given and as averaged over the period, and each intensity the totals allow.
 * Becomes an {@link org.anxiao.core.finding.Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: {@code electricityBasis} is present exactly when {@code energyKgce} is (a kgce
 * figure always names its basis); at most one intensity per kind; totals finite and zero or more.
 * The rule values are those the energy total was converted with (the kgce coefficients), so the
 * result reproduces after newer packs ship. Immutable and thread-safe.
 *
 * @param subject          what was calculated (a school, a district)
 * @param reportingPeriod  the period (a month, a year to date, a year)
 * @param electricityBasis the electricity basis of {@code energyKgce}, when energy is given
 * @param populationBasis  who counts as a person
 * @param energyKgce       total energy, kgce, if given
 * @param waterM3          total water, m³, if given
 * @param carbonKgCO2e     total CO₂, kgCO₂e, if given
 * @param denominators     the denominators as given (dated series)
 * @param averages         the denominators averaged over the period
 * @param intensities      the intensities, in {@link IntensityKind} order
 * @param estimated        true when any amount behind a total was estimated
 * @param rules            the rule values behind the totals
 * @param packs            the packs in force for the totals
 */
public record IntensityResult(Subject subject, Period reportingPeriod, Optional<ElectricityBasis> electricityBasis,
    PopulationBasis populationBasis, OptionalDouble energyKgce, OptionalDouble waterM3, OptionalDouble carbonKgCO2e,
    Denominators denominators, AverageDenominators averages, List<Intensity> intensities, boolean estimated,
    List<AppliedRule> rules, List<PackRef> packs) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject          what was calculated
   * @param reportingPeriod  the period
   * @param electricityBasis the electricity basis, when energy is given
   * @param populationBasis  who counts as a person
   * @param energyKgce       total energy, kgce, if given
   * @param waterM3          total water, m³, if given
   * @param carbonKgCO2e     total CO₂, kgCO₂e, if given
   * @param denominators     the denominators as given
   * @param averages         the averaged denominators
   * @param intensities      the intensities
   * @param estimated        whether any amount was estimated
   * @param rules            the rule values behind the totals
   * @param packs            the packs in force
   */
  public IntensityResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    electricityBasis = Require.nonNull("electricityBasis", electricityBasis);
    Require.nonNull("populationBasis", populationBasis);
    total("energyKgce", energyKgce);
    total("waterM3", waterM3);
    total("carbonKgCO2e", carbonKgCO2e);
    Require.that(electricityBasis.isPresent() == energyKgce.isPresent(), "electricityBasis", electricityBasis.orElse(null),
        "is given exactly when energyKgce is");
    Require.nonNull("denominators", denominators);
    Require.nonNull("averages", averages);
    intensities = Bounds.list("intensities", intensities);
    Set<IntensityKind> seen = EnumSet.noneOf(IntensityKind.class);
    for (int i = 0; i < intensities.size(); i++) {
      Require.that(seen.add(intensities.get(i).kind()), "intensities[" + i + "].kind", intensities.get(i).kind(),
          "appears twice");
    }
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }

  private static void total(String field, OptionalDouble value) {
    Require.nonNull(field, value);
    value.ifPresent(v -> Require.that(Bounds.decimal(field, v) >= 0, field, v, "must be zero or more"));
  }

  /**
   * {@return the intensity of {@code kind}, if the result has one}
   *
   * @param kind the intensity
   */
  public Optional<Intensity> intensity(IntensityKind kind) {
    Require.nonNull("kind", kind);
    return intensities.stream().filter(i -> i.kind() == kind).findFirst();
  }

  /**
   * {@return the value of {@code kind} in its unit ({@link IntensityKind#unit()}), if the result has it}
   *
   * @param kind the intensity
   */
  public OptionalDouble value(IntensityKind kind) {
    return intensity(kind).map(i -> OptionalDouble.of(i.value())).orElse(OptionalDouble.empty());
  }

  /** {@return energy per floor area, kgce/m², if energy was given} */
  @JsonIgnore
  public Optional<Quantity<EnergyPerArea>> energyPerArea() {
    return quantity(IntensityKind.ENERGY_PER_AREA, IntensityUnits.KGCE_PER_SQUARE_METER);
  }

  /** {@return energy per person, kgce/person, if energy was given} */
  @JsonIgnore
  public Optional<Quantity<EnergyPerPerson>> energyPerPerson() {
    return quantity(IntensityKind.ENERGY_PER_PERSON, IntensityUnits.KGCE_PER_PERSON);
  }

  /** {@return energy per student, kgce/person, if energy was given} */
  @JsonIgnore
  public Optional<Quantity<EnergyPerPerson>> energyPerStudent() {
    return quantity(IntensityKind.ENERGY_PER_STUDENT, IntensityUnits.KGCE_PER_PERSON);
  }

  /** {@return water per person, m³/person, if water was given} */
  @JsonIgnore
  public Optional<Quantity<WaterPerPerson>> waterPerPerson() {
    return quantity(IntensityKind.WATER_PER_PERSON, IntensityUnits.CUBIC_METER_PER_PERSON);
  }

  /** {@return CO₂ per floor area, kgCO₂e/m², if carbon was given} */
  @JsonIgnore
  public Optional<Quantity<CarbonPerArea>> carbonPerArea() {
    return quantity(IntensityKind.CARBON_PER_AREA, IntensityUnits.KGCO2E_PER_SQUARE_METER);
  }

  private <Q extends Quantity<Q>> Optional<Quantity<Q>> quantity(IntensityKind kind, Unit<Q> unit) {
    return intensity(kind).map(i -> AnxiaoUnits.of(i.value(), unit));
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return Intensities.ID;
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
    return new Inputs(subject, reportingPeriod, electricityBasis, populationBasis, energyKgce, waterM3, carbonKgCO2e,
        denominators);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, Optional<ElectricityBasis> electricityBasis,
      PopulationBasis populationBasis, OptionalDouble energyKgce, OptionalDouble waterM3, OptionalDouble carbonKgCO2e,
      Denominators denominators) {}
}
