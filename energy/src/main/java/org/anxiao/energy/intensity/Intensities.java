package org.anxiao.energy.intensity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.measure.Quantity;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Periods;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalentResult;

/**
 * Computes intensities (强度指标), energy.md §3: energy per floor area, per person and per student
 * (kgce), water per person (m³), CO₂ per floor area (kgCO₂e), over any period — a month, a year to
 * date ({@link #yearToDate(Month)}), a year.
 *
 * <p>Each denominator is the day-weighted average of its dated series over the period
 * ({@link StepSeries#average}): a building opened on 1 March counts for the days it stood. A
 * denominator whose average is zero is refused with {@code INVALID_VALUE} naming it, never divided
 * by. The energy total keeps the electricity basis of its {@link CoalEquivalentResult}. A roll-up
 * ({@link #rollUp}) sums totals and denominators and divides total by total — never the mean of
 * the parts' intensities.
 *
 * <pre>{@code
 * IntensityResult r = Intensities.create().calculate(school, CalendarYear.of(2024), Optional.of(coal), water,
 *     Optional.empty(), denominators, PopulationBasis.STUDENTS_AND_STAFF);
 * }</pre>
 *
 * <p>Reads no rule pack of its own: its rule values are those of the energy total. Stateless and
 * thread-safe.
 */
public final class Intensities implements Calculator {
  /** The calculator id, {@code anxiao.energy.intensity}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.intensity");

  private Intensities() {}

  /** {@return the calculator} */
  public static Intensities create() {
    return new Intensities();
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
   * {@return the period from 1 January to the end of {@code through}, for year-to-date figures (累计)}
   *
   * @param through the last month of the year to date
   */
  public static Period yearToDate(Month through) {
    Require.nonNull("through", through);
    return through.month() == 1 ? through : new DateRange(LocalDate.of(through.year(), 1, 1), through.end());
  }

  /**
   * {@return the energy intensities of a standard-coal result, over its period}
   *
   * @param energy          the energy total, whose subject, period and basis the result keeps
   * @param denominators    floor area and headcounts
   * @param populationBasis who counts as a person
   */
  public IntensityResult energy(CoalEquivalentResult energy, Denominators denominators,
      PopulationBasis populationBasis) {
    Require.nonNull("energy", energy);
    return calculate(energy.subject(), energy.reportingPeriod(), Optional.of(energy), List.of(), Optional.empty(),
        denominators, populationBasis);
  }

  /**
   * {@return the intensities of the totals given, over {@code period}} Energy gives energy per area,
   * per person and per student; water gives water per person; carbon gives CO₂ per area.
   *
   * @param subject         what is calculated
   * @param period          the period
   * @param energy          the energy total, over exactly {@code period}, if any
   * @param water           consumptions of water within {@code period} (none: no water intensity)
   * @param carbon          total CO₂ over {@code period}, if any (e.g. from the carbon calculator)
   * @param denominators    floor area and headcounts
   * @param populationBasis who counts as a person
   * @throws MissingValueException when no total is given, or a denominator has no value at the period's start
   * @throws InvalidValueException when a total is outside the period, a consumption is not water, or a
   *     denominator averages zero
   * @throws org.anxiao.core.error.PeriodOverlapException when one meter's water consumptions overlap
   */
  public IntensityResult calculate(Subject subject, Period period, Optional<CoalEquivalentResult> energy,
      List<Consumption> water, Optional<Quantity<CarbonMass>> carbon, Denominators denominators,
      PopulationBasis populationBasis) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    Require.nonNull("energy", energy);
    List<Consumption> waters = Bounds.list("water", water);
    Require.nonNull("carbon", carbon);
    Require.nonNull("denominators", denominators);
    Require.nonNull("populationBasis", populationBasis);
    if (energy.isEmpty() && waters.isEmpty() && carbon.isEmpty()) {
      throw new MissingValueException("no total to divide: give energy, water or carbon", "energy");
    }
    energy.ifPresent(e -> {
      if (!e.reportingPeriod().toDateRange().equals(period.toDateRange())) {
        throw new InvalidValueException("energy.reportingPeriod", e.reportingPeriod().code(),
            "must be the period " + period.code());
      }
    });
    OptionalDouble waterM3 = waters.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(water(period, waters));
    OptionalDouble carbonKg = carbon.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(nonNegative("carbon", AnxiaoUnits.toDouble(carbon.get(), AnxiaoUnits.KILOGRAM_CO2E)));
    OptionalDouble energyKgce = energy.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(energy.get().totalKgce());
    boolean estimated = energy.map(CoalEquivalentResult::anyEstimated).orElse(false)
        || waters.stream().anyMatch(Consumption::estimated);
    return result(subject, period, energy.map(CoalEquivalentResult::basis), populationBasis, energyKgce, waterM3,
        carbonKg, denominators, estimated, energy.map(CoalEquivalentResult::rulesApplied).orElse(List.of()),
        energy.map(CoalEquivalentResult::packs).orElse(List.of()));
  }

  /**
   * {@return the roll-up of {@code parts} (汇总, e.g. a district's schools): totals summed,
   * denominators summed day by day, each intensity total ÷ total — never the mean of the parts'
   * intensities}
   *
   * @param subject the roll-up's subject (a district)
   * @param parts   the parts' results, at least one, over one period, on one electricity and population
   *                basis, each with the same totals given, no subject twice
   * @throws InvalidValueException when the parts differ in period, population basis or totals given, or repeat a subject
   * @throws UnitMismatchException when their energy is on different electricity bases
   */
  public IntensityResult rollUp(Subject subject, List<IntensityResult> parts) {
    Require.nonNull("subject", subject);
    List<IntensityResult> all = Require.nonEmpty("parts", Bounds.list("parts", parts));
    IntensityResult first = all.get(0);
    Set<Subject> subjects = new LinkedHashSet<>();
    Set<AppliedRule> rules = new LinkedHashSet<>();
    Set<PackRef> packs = new LinkedHashSet<>();
    double energy = 0;
    double water = 0;
    double carbon = 0;
    boolean estimated = false;
    List<Denominators> denominators = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      IntensityResult p = all.get(i);
      String at = "parts[" + i + "]";
      Require.that(subjects.add(p.subject()), at + ".subject", p.subject().id(), "appears twice");
      Require.that(p.reportingPeriod().toDateRange().equals(first.reportingPeriod().toDateRange()),
          at + ".reportingPeriod", p.reportingPeriod().code(), "must be the period of parts[0], {}",
          first.reportingPeriod().code());
      if (!p.electricityBasis().equals(first.electricityBasis())) {
        throw new UnitMismatchException(at + ".electricityBasis", "kgce (" + p.electricityBasis().map(Enum::name)
            .orElse("none") + ")", "the electricity basis of parts[0], " + first.electricityBasis().map(Enum::name)
            .orElse("none"));
      }
      Require.that(p.populationBasis() == first.populationBasis(), at + ".populationBasis", p.populationBasis(),
          "must be the population basis of parts[0], {}", first.populationBasis());
      Require.that(p.waterM3().isPresent() == first.waterM3().isPresent(), at + ".waterM3", null,
          "must be given for every part or for none");
      Require.that(p.carbonKgCO2e().isPresent() == first.carbonKgCO2e().isPresent(), at + ".carbonKgCO2e", null,
          "must be given for every part or for none");
      energy += p.energyKgce().orElse(0);
      water += p.waterM3().orElse(0);
      carbon += p.carbonKgCO2e().orElse(0);
      estimated |= p.estimated();
      denominators.add(p.denominators());
      rules.addAll(p.rules());
      packs.addAll(p.packs());
    }
    return result(subject, first.reportingPeriod(), first.electricityBasis(), first.populationBasis(),
        first.energyKgce().isPresent() ? OptionalDouble.of(energy) : OptionalDouble.empty(),
        first.waterM3().isPresent() ? OptionalDouble.of(water) : OptionalDouble.empty(),
        first.carbonKgCO2e().isPresent() ? OptionalDouble.of(carbon) : OptionalDouble.empty(),
        Denominators.sum(denominators), estimated, List.copyOf(rules), List.copyOf(packs));
  }

  private static IntensityResult result(Subject subject, Period period, Optional<ElectricityBasis> basis,
      PopulationBasis populationBasis, OptionalDouble energy, OptionalDouble water, OptionalDouble carbon,
      Denominators denominators, boolean estimated, List<AppliedRule> rules, List<PackRef> packs) {
    double area = averageOf("denominators.floorArea", denominators.floorArea(), period);
    double students = averageOf("denominators.students", denominators.students(), period);
    double staff = averageOf("denominators.staff", denominators.staff(), period);
    double persons = populationBasis == PopulationBasis.STUDENTS_AND_STAFF ? students + staff
        : averageOf("denominators.energyUsingPopulation", denominators.population(populationBasis), period);
    String personField = populationBasis == PopulationBasis.STUDENTS_AND_STAFF ? "denominators.students+staff"
        : "denominators.energyUsingPopulation";
    List<Intensity> intensities = new ArrayList<>();
    if (energy.isPresent()) {
      intensities.add(Intensity.of(IntensityKind.ENERGY_PER_AREA, energy.getAsDouble(), positive("denominators.floorArea", area)));
      intensities.add(Intensity.of(IntensityKind.ENERGY_PER_PERSON, energy.getAsDouble(), positive(personField, persons)));
      intensities.add(Intensity.of(IntensityKind.ENERGY_PER_STUDENT, energy.getAsDouble(), positive("denominators.students", students)));
    }
    if (water.isPresent()) {
      intensities.add(Intensity.of(IntensityKind.WATER_PER_PERSON, water.getAsDouble(), positive(personField, persons)));
    }
    if (carbon.isPresent()) {
      intensities.add(Intensity.of(IntensityKind.CARBON_PER_AREA, carbon.getAsDouble(), positive("denominators.floorArea", area)));
    }
    return new IntensityResult(subject, period, basis, populationBasis, energy, water, carbon, denominators,
        new AverageDenominators(area, students, staff, persons), intensities, estimated, rules, packs);
  }

  private static double averageOf(String field, StepSeries series, Period period) {
    try {
      return series.average(period);
    } catch (MissingValueException e) {
      throw new MissingValueException("no value in force on " + period.start() + ", the first day of " + period.code(),
          field);
    }
  }

  private static double positive(String field, double average) {
    if (!(average > 0)) {
      throw new InvalidValueException(field, average, "averages zero over the period: an intensity over it is undefined");
    }
    return average;
  }

  private static double nonNegative(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
    return value;
  }

  private static double water(Period period, List<Consumption> water) {
    Map<String, List<Period>> byMeter = new LinkedHashMap<>();
    double total = 0;
    for (int i = 0; i < water.size(); i++) {
      Consumption c = water.get(i);
      if (c.carrier() != Carrier.WATER) {
        throw new InvalidValueException("water[" + i + "].carrier", c.carrier(), "must be WATER");
      }
      if (!period.encloses(c.period())) {
        throw new InvalidValueException("water[" + i + "].period", c.period().code(), "lies outside the period "
            + period.code());
      }
      String meter = c.meterId().or(c::buildingId).orElse("whole supply");
      byMeter.computeIfAbsent(meter, k -> new ArrayList<>()).add(c.period());
      total += c.value();
    }
    byMeter.forEach((meter, periods) -> Periods.requireNoOverlap("water[" + meter + "].period", periods));
    return total;
  }

  @Override
  public String toString() {
    return ID.toString();
  }
}
