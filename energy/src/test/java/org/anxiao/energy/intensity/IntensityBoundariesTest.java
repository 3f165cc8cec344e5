package org.anxiao.energy.intensity;

import static org.anxiao.energy.intensity.IntensitiesTest.INTENSITIES;
import static org.anxiao.energy.intensity.IntensitiesTest.JAN_2024;
import static org.anxiao.energy.intensity.IntensitiesTest.SCHOOL;
import static org.anxiao.energy.intensity.IntensitiesTest.coal;
import static org.anxiao.energy.intensity.IntensitiesTest.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The component bounds and branches of the intensity package, each at its limit and one past it. */
class IntensityBoundariesTest {
  private static final CalendarYear Y = new CalendarYear(2024);
  private static final Subject DISTRICT = Subject.of(SubjectKind.JURISDICTION, "310112");

  private static InvalidValueException refused(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  // ---- AverageDenominators ----

  @Test
  void averageDenominatorsAreZeroOrMore() {
    assertEquals(0, new AverageDenominators(0, 0, 0, 0).population(), 0);
    refused("floorArea", () -> new AverageDenominators(-1, 0, 0, 0));
    refused("students", () -> new AverageDenominators(0, -1, 0, 0));
    refused("staff", () -> new AverageDenominators(0, 0, -1, 0));
    refused("population", () -> new AverageDenominators(0, 0, 0, -1));
  }

  // ---- Intensity ----

  @Test
  void anIntensityHasANonNegativeValueOverAPositiveDenominator() {
    assertEquals(0, new Intensity(IntensityKind.ENERGY_PER_AREA, 0, 0, Double.MIN_VALUE).value(), 0);
    refused("numerator", () -> new Intensity(IntensityKind.ENERGY_PER_AREA, 1, -1, 1));
    refused("denominator", () -> new Intensity(IntensityKind.ENERGY_PER_AREA, 1, 1, 0));
    refused("value", () -> new Intensity(IntensityKind.ENERGY_PER_AREA, -1, 1, 1));
    // 12 / 4 = 3.
    assertEquals(3, Intensity.of(IntensityKind.ENERGY_PER_AREA, 12, 4).value(), 0);
    refused("denominator", () -> Intensity.of(IntensityKind.ENERGY_PER_AREA, 12, 0));
    // The denominator is checked before anything is divided, so a bad numerator over zero names the denominator.
    refused("denominator", () -> Intensity.of(IntensityKind.ENERGY_PER_AREA, -1, 0));
    refused("denominator", () -> Intensity.of(IntensityKind.ENERGY_PER_AREA, -1, -2));
  }

  // ---- IntensityResult ----

  /** 1 000 000 kWh × 0.1229 = 122 900 kgce over 10 000 m², 1 800 students + 200 staff. */
  private static IntensityResult sample() {
    return INTENSITIES.energy(coal(SCHOOL, Y, "1000000", ElectricityBasis.CALORIFIC), constant("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
  }

  private static IntensityResult copy(IntensityResult r, Optional<ElectricityBasis> basis, OptionalDouble energy,
      OptionalDouble water, OptionalDouble carbon, List<Intensity> intensities) {
    return new IntensityResult(r.subject(), r.reportingPeriod(), basis, r.populationBasis(), energy, water, carbon,
        r.denominators(), r.averages(), intensities, r.estimated(), r.rules(), r.packs());
  }

  @Test
  void anIntensityResultsTotalsAreZeroOrMoreAndItsKindsDistinct() {
    IntensityResult r = sample();
    Optional<ElectricityBasis> basis = r.electricityBasis();
    List<Intensity> list = r.intensities();
    assertEquals(0, copy(r, basis, OptionalDouble.of(0), OptionalDouble.of(0), OptionalDouble.of(0), list)
        .energyKgce().orElseThrow(), 0);
    refused("energyKgce", () -> copy(r, basis, OptionalDouble.of(-1), OptionalDouble.empty(), OptionalDouble.empty(),
        list));
    refused("waterM3", () -> copy(r, basis, r.energyKgce(), OptionalDouble.of(-1), OptionalDouble.empty(), list));
    refused("carbonKgCO2e", () -> copy(r, basis, r.energyKgce(), OptionalDouble.empty(), OptionalDouble.of(-1), list));
    refused("electricityBasis", () -> copy(r, basis, OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.of(1), list));
    refused("intensities[3].kind", () -> copy(r, basis, r.energyKgce(), OptionalDouble.empty(), OptionalDouble.empty(),
        List.of(list.get(0), list.get(1), list.get(2), list.get(0))));
  }

  @Test
  void anIntensityResultGivesEachFigureAsAQuantity() {
    // Per person 122 900 / 2 000 = 61.45 kgce/person; per student 122 900 / 1 800 = 68.2777… kgce/person.
    IntensityResult r = sample();
    assertEquals(61.45, AnxiaoUnits.toDouble(r.energyPerPerson().orElseThrow(), IntensityUnits.KGCE_PER_PERSON), 1e-12);
    assertEquals(122_900.0 / 1800, AnxiaoUnits.toDouble(r.energyPerStudent().orElseThrow(),
        IntensityUnits.KGCE_PER_PERSON), 1e-12);
    assertEquals(Optional.of(Y), r.period());
    assertFalse(r.estimated());
    assertTrue(r.carbonPerArea().isEmpty());
  }

  // ---- IntensityUnits, Intensities ----

  @Test
  void theFourIntensityCodesAreContributed() {
    List<UnitContribution> units = IntensityUnits.contributions();
    assertEquals(List.of("kgce/m2", "kgce/person", "m3/person", "kgCO2e/m2"), units.stream().map(UnitContribution::code)
        .toList());
    assertEquals(Optional.of(IntensityUnits.KGCE_PER_SQUARE_METER), units.get(0).unit());
    assertEquals("anxiao.energy.intensity", INTENSITIES.toString());
    assertTrue(INTENSITIES.requirements().isEmpty());
  }

  @Test
  void anEstimatedEnergyConsumptionMarksTheResultEstimated() {
    Consumption estimated = new Consumption(Carrier.ELECTRICITY, Y, Measure.of("1000", "kWh"), Optional.empty(),
        Optional.empty(), EndUse.WHOLE, true, Optional.empty());
    CoalEquivalentResult coal = CoalEquivalents.in(RuleContext.standard(JurisdictionCode.of("110000"),
        LocalDate.of(2024, 12, 31))).convert(SCHOOL, Y, List.of(estimated), ElectricityBasis.CALORIFIC);
    assertTrue(INTENSITIES.energy(coal, constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF).estimated());
    assertFalse(INTENSITIES.energy(coal(SCHOOL, Y, "1000", ElectricityBasis.CALORIFIC), constant("10", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF).estimated());
  }

  @Test
  void noPersonsNamesThePopulationOfTheBasis() {
    CoalEquivalentResult coal = coal(SCHOOL, Y, "1000", ElectricityBasis.CALORIFIC);
    refused("denominators.students+staff", () -> INTENSITIES.energy(coal, constant("10", 0, 0),
        PopulationBasis.STUDENTS_AND_STAFF));
    Denominators none = new Denominators(StepSeries.constant(JAN_2024, BigDecimal.TEN), StepSeries.constant(JAN_2024,
        BigDecimal.TEN), StepSeries.constant(JAN_2024, BigDecimal.ONE), Optional.of(StepSeries.constant(JAN_2024,
        BigDecimal.ZERO)));
    refused("denominators.energyUsingPopulation", () -> INTENSITIES.energy(coal, none,
        PopulationBasis.ENERGY_USING_POPULATION));
  }

  // ---- Intensities.rollUp ----

  private static IntensityResult part(String id, String kwh, Optional<String> waterM3, Optional<String> carbonKg,
      PopulationBasis basis) {
    Subject s = Subject.of(SubjectKind.SCHOOL, id);
    List<Consumption> water = waterM3.map(v -> List.of(Consumption.of(Carrier.WATER, Y, v, "m3"))).orElse(List.of());
    Denominators d = new Denominators(StepSeries.constant(JAN_2024, new BigDecimal("1000")),
        StepSeries.constant(JAN_2024, BigDecimal.valueOf(90)), StepSeries.constant(JAN_2024, BigDecimal.TEN),
        Optional.of(StepSeries.constant(JAN_2024, BigDecimal.valueOf(100))));
    return INTENSITIES.calculate(s, Y, Optional.of(coal(s, Y, kwh, ElectricityBasis.CALORIFIC)), water,
        carbonKg.map(v -> AnxiaoUnits.of(v, AnxiaoUnits.KILOGRAM_CO2E)), d, basis);
  }

  @Test
  void aRollUpAddsWaterAndCarbonAndKeepsAnEstimate() {
    // Water 300 + 500 = 800 m³ over 100 + 100 persons = 4 m³/person; carbon 2 000 + 6 000 = 8 000 kg over 2 000 m² = 4.
    IntensityResult a = part("A", "1000", Optional.of("300"), Optional.of("2000"), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult b = part("B", "1000", Optional.of("500"), Optional.of("6000"), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult sum = INTENSITIES.rollUp(DISTRICT, List.of(a, b));
    assertEquals(800, sum.waterM3().orElseThrow(), 0);
    assertEquals(8_000, sum.carbonKgCO2e().orElseThrow(), 0);
    assertEquals(4, sum.value(IntensityKind.WATER_PER_PERSON).orElseThrow(), 1e-12);
    assertEquals(4, sum.value(IntensityKind.CARBON_PER_AREA).orElseThrow(), 1e-12);
    assertFalse(sum.estimated());
    Consumption estimated = new Consumption(Carrier.WATER, Y, Measure.of("500", "m3"), Optional.empty(),
        Optional.empty(), EndUse.WHOLE, true, Optional.empty());
    Subject c = Subject.of(SubjectKind.SCHOOL, "C");
    IntensityResult guessed = INTENSITIES.calculate(c, Y, Optional.of(coal(c, Y, "1000", ElectricityBasis.CALORIFIC)),
        List.of(estimated), Optional.of(AnxiaoUnits.of("1", AnxiaoUnits.KILOGRAM_CO2E)), b.denominators(),
        PopulationBasis.STUDENTS_AND_STAFF);
    assertTrue(guessed.estimated());
    assertTrue(INTENSITIES.rollUp(DISTRICT, List.of(a, guessed)).estimated());
    assertTrue(INTENSITIES.rollUp(DISTRICT, List.of(guessed, a)).estimated());
  }

  @Test
  void aRollUpRefusesPartsThatDoNotMatch() {
    IntensityResult a = part("A", "1000", Optional.of("300"), Optional.of("2000"), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult month = INTENSITIES.energy(coal(Subject.of(SubjectKind.SCHOOL, "M"), new Month(2024, 1), "10",
        ElectricityBasis.CALORIFIC), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult energyOnly = INTENSITIES.energy(coal(Subject.of(SubjectKind.SCHOOL, "E"), Y, "10",
        ElectricityBasis.CALORIFIC), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    refused("parts[1].reportingPeriod", () -> INTENSITIES.rollUp(DISTRICT, List.of(energyOnly, month)));
    refused("parts[1].populationBasis", () -> INTENSITIES.rollUp(DISTRICT, List.of(a,
        part("B", "1000", Optional.of("300"), Optional.of("2000"), PopulationBasis.ENERGY_USING_POPULATION))));
    refused("parts[1].waterM3", () -> INTENSITIES.rollUp(DISTRICT, List.of(a,
        part("B", "1000", Optional.empty(), Optional.of("2000"), PopulationBasis.STUDENTS_AND_STAFF))));
    refused("parts[1].carbonKgCO2e", () -> INTENSITIES.rollUp(DISTRICT, List.of(a,
        part("B", "1000", Optional.of("300"), Optional.empty(), PopulationBasis.STUDENTS_AND_STAFF))));
  }

  // ---- Denominators, StepSeries ----

  @Test
  void aSumOfDenominatorsHasAnEnergyUsingPopulationOnlyWhenEveryPartHasOne() {
    StepSeries ten = StepSeries.constant(JAN_2024, BigDecimal.TEN);
    Denominators with = new Denominators(ten, ten, ten, Optional.of(StepSeries.constant(JAN_2024, new BigDecimal("7"))));
    Denominators without = Denominators.of(ten, ten, ten);
    // 7 + 7 = 14 persons.
    assertEquals(new BigDecimal("14"), Denominators.sum(List.of(with, with)).energyUsingPopulation().orElseThrow()
        .valueOn(JAN_2024));
    assertEquals(Optional.empty(), Denominators.sum(List.of(with, without)).energyUsingPopulation());
    assertEquals(Optional.empty(), Denominators.sum(List.of(without, with)).energyUsingPopulation());
    assertEquals(Optional.empty(), Denominators.sum(List.of(without, without)).energyUsingPopulation());
  }

  @Test
  void aSumOfSeriesStartsWhenBothHaveAValue() {
    // 10 from 1 January, 5 from 1 March: the sum starts on 1 March at 15, whichever series comes first.
    StepSeries january = StepSeries.constant(JAN_2024, BigDecimal.TEN);
    StepSeries march = StepSeries.constant(LocalDate.of(2024, 3, 1), new BigDecimal("5"));
    StepSeries expected = StepSeries.constant(LocalDate.of(2024, 3, 1), new BigDecimal("15"));
    assertEquals(expected, january.plus(march));
    assertEquals(expected, march.plus(january));
  }
}
