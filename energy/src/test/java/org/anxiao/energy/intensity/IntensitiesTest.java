package org.anxiao.energy.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.junit.jupiter.api.Test;

/** Worked examples and bad input of {@link Intensities}, from the national GB/T 2589 pack (electricity 0.1229 kgce/kWh). */
class IntensitiesTest {
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");
  static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  static final Intensities INTENSITIES = Intensities.create();

  /** Standard coal of {@code kwh} of grid electricity over {@code period}, by the national pack (Beijing). */
  static CoalEquivalentResult coal(Subject subject, Period period, String kwh, ElectricityBasis basis) {
    return CoalEquivalents.in(RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 12, 31)))
        .convert(subject, period, List.of(Consumption.of(Carrier.ELECTRICITY, period, kwh, "kWh")), basis);
  }

  static Denominators constant(String area, long students, long staff) {
    return Denominators.of(StepSeries.constant(JAN_2024, new BigDecimal(area)),
        new StepSeries(List.of(Step.count(JAN_2024, students))), new StepSeries(List.of(Step.count(JAN_2024, staff))));
  }

  @Test
  void floorAreaIsAveragedDayByDay() {
    // 10 000 m² until a new building opens on 2024-03-01, 12 000 m² after. 2024 has 366 days:
    // 1 Jan – 29 Feb = 60 days at 10 000, 1 Mar – 31 Dec = 306 days at 12 000.
    // (10 000 × 60 + 12 000 × 306) / 366 = (600 000 + 3 672 000) / 366 = 4 272 000 / 366 = 11 672.1311…
    StepSeries area = new StepSeries(List.of(new Step(LocalDate.of(2024, 3, 1), new BigDecimal("12000")),
        Step.area(LocalDate.of(2023, 9, 1), AnxiaoUnits.of("10000", AnxiaoUnits.SQUARE_METER))));
    assertEquals(4_272_000.0 / 366, area.average(new CalendarYear(2024)), 1e-9);
    // March alone: the step is on its first day → 12 000.
    assertEquals(12_000, area.average(new Month(2024, 3)), 0);
    // February alone: 10 000.
    assertEquals(10_000, area.average(new Month(2024, 2)), 0);
  }

  @Test
  void energyIntensitiesOfAYearKeepTheElectricityBasis() {
    // 1 000 000 kWh × 0.1229 = 122 900 kgce (当量值). Area 10 000 m², 1 800 students + 200 staff.
    // per area 122 900 / 10 000 = 12.29 kgce/m²; per person 122 900 / 2 000 = 61.45 kgce/person;
    // per student 122 900 / 1 800 = 68.2777… kgce/person.
    CoalEquivalentResult coal = coal(SCHOOL, new CalendarYear(2024), "1000000", ElectricityBasis.CALORIFIC);
    IntensityResult r = INTENSITIES.energy(coal, constant("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF);
    assertEquals(Optional.of(ElectricityBasis.CALORIFIC), r.electricityBasis());
    assertEquals(12.29, r.value(IntensityKind.ENERGY_PER_AREA).orElseThrow(), 1e-12);
    assertEquals(61.45, r.value(IntensityKind.ENERGY_PER_PERSON).orElseThrow(), 1e-12);
    assertEquals(122_900.0 / 1800, r.value(IntensityKind.ENERGY_PER_STUDENT).orElseThrow(), 1e-12);
    assertEquals(12.29, AnxiaoUnits.toDouble(r.energyPerArea().orElseThrow(), IntensityUnits.KGCE_PER_SQUARE_METER), 1e-12);
    assertEquals(Measure.of("12.29", "kgce/m2"), r.intensity(IntensityKind.ENERGY_PER_AREA).orElseThrow().measure());
    assertEquals(coal.rulesApplied(), r.rulesApplied());
    assertEquals(2000, r.averages().population(), 0);
    assertTrue(r.waterPerPerson().isEmpty());
    // On the primary basis (等价值, 0.3055): 305 500 kgce / 10 000 = 30.55 kgce/m², basis PRIMARY.
    IntensityResult p = INTENSITIES.energy(coal(SCHOOL, new CalendarYear(2024), "1000000", ElectricityBasis.PRIMARY),
        constant("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF);
    assertEquals(Optional.of(ElectricityBasis.PRIMARY), p.electricityBasis());
    assertEquals(30.55, p.value(IntensityKind.ENERGY_PER_AREA).orElseThrow(), 1e-12);
  }

  @Test
  void monthlyAndYearToDateAverageTheAreaOverTheirOwnDays() {
    // Area 10 000 m², 12 000 m² from 2024-03-16.
    Denominators d = new Denominators(new StepSeries(List.of(new Step(JAN_2024, new BigDecimal("10000")),
        new Step(LocalDate.of(2024, 3, 16), new BigDecimal("12000")))), StepSeries.constant(JAN_2024, BigDecimal.valueOf(900)),
        StepSeries.constant(JAN_2024, BigDecimal.valueOf(100)), Optional.empty());
    // March: 15 days at 10 000 + 16 days at 12 000 → 342 000 / 31 = 11 032.258… m².
    // 31 000 kWh × 0.1229 = 3 809.9 kgce → 3 809.9 / (342 000 / 31) = 3 809.9 × 31 / 342 000 = 0.345339… kgce/m².
    IntensityResult march = INTENSITIES.energy(coal(SCHOOL, new Month(2024, 3), "31000", ElectricityBasis.CALORIFIC), d,
        PopulationBasis.STUDENTS_AND_STAFF);
    assertEquals(342_000.0 / 31, march.averages().floorArea(), 1e-9);
    assertEquals(3809.9 * 31 / 342_000, march.value(IntensityKind.ENERGY_PER_AREA).orElseThrow(), 1e-12);
    // Year to date through March: 2024-01-01/2024-04-01, 91 days: 75 at 10 000, 16 at 12 000 → 942 000 / 91 m².
    Period ytd = Intensities.yearToDate(new Month(2024, 3));
    assertEquals(new DateRange(JAN_2024, LocalDate.of(2024, 4, 1)), ytd);
    assertEquals(new Month(2024, 1), Intensities.yearToDate(new Month(2024, 1)));
    // 91 000 kWh × 0.1229 = 11 183.9 kgce; 11 183.9 / (942 000 / 91) = 1.080436… kgce/m²; per person 11 183.9 / 1 000.
    IntensityResult toDate = INTENSITIES.energy(coal(SCHOOL, ytd, "91000", ElectricityBasis.CALORIFIC), d,
        PopulationBasis.STUDENTS_AND_STAFF);
    assertEquals(11_183.9 * 91 / 942_000, toDate.value(IntensityKind.ENERGY_PER_AREA).orElseThrow(), 1e-12);
    assertEquals(11.1839, toDate.value(IntensityKind.ENERGY_PER_PERSON).orElseThrow(), 1e-12);
  }

  @Test
  void waterPerPersonAndCarbonPerArea() {
    // Water 21 530 m³ over 2024 (two meters), energy-using population 1 000 → 21.53 m³/person.
    // Carbon 4.2 tCO2e = 4 200 kgCO2e over 10 000 m² → 0.42 kgCO2e/m².
    CalendarYear y = new CalendarYear(2024);
    List<Consumption> water = List.of(
        new Consumption(Carrier.WATER, new DateRange(JAN_2024, LocalDate.of(2024, 7, 1)), Measure.of("10000", "m3"),
            Optional.of("W1"), Optional.empty(), EndUse.WHOLE, false, Optional.empty()),
        new Consumption(Carrier.WATER, new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1)),
            Measure.of("11530", "m3"), Optional.of("W1"), Optional.empty(), EndUse.WHOLE, true, Optional.empty()));
    Denominators d = new Denominators(StepSeries.constant(JAN_2024, new BigDecimal("10000")),
        StepSeries.constant(JAN_2024, BigDecimal.valueOf(900)), StepSeries.constant(JAN_2024, BigDecimal.valueOf(50)),
        Optional.of(StepSeries.constant(JAN_2024, BigDecimal.valueOf(1000))));
    IntensityResult r = INTENSITIES.calculate(SCHOOL, y, Optional.empty(), water,
        Optional.of(AnxiaoUnits.of("4.2", AnxiaoUnits.TONNE_CO2E)), d, PopulationBasis.ENERGY_USING_POPULATION);
    assertEquals(21.53, r.value(IntensityKind.WATER_PER_PERSON).orElseThrow(), 1e-12);
    assertEquals(0.42, r.value(IntensityKind.CARBON_PER_AREA).orElseThrow(), 1e-12);
    assertTrue(r.electricityBasis().isEmpty());
    assertTrue(r.estimated());
    assertTrue(r.energyPerArea().isEmpty());
    assertEquals(Measure.of("21.53", "m3/person"), Measure.of(r.waterPerPerson().orElseThrow()));
    assertEquals(Measure.of("0.42", "kgCO2e/m2"), Measure.of(r.carbonPerArea().orElseThrow()));
  }

  @Test
  void aDistrictIsTotalOverTotalNotTheMeanOfItsSchools() {
    // School A: 813 670 kWh × 0.1229 = 100 000.043 kgce over 5 000 m² → 20.0000086 kgce/m².
    // School B: 2 441 008 kWh × 0.1229 = 299 999.8832 kgce over 20 000 m² → 14.99999416 kgce/m².
    // Mean of the two intensities: (20.0000086 + 14.99999416) / 2 = 17.50000138 — not the district's figure.
    // District: (100 000.043 + 299 999.8832) / (5 000 + 20 000) = 399 999.9262 / 25 000 = 15.999997048 kgce/m².
    CalendarYear y = new CalendarYear(2024);
    Subject a = Subject.of(SubjectKind.SCHOOL, "A");
    Subject b = Subject.of(SubjectKind.SCHOOL, "B");
    IntensityResult ra = INTENSITIES.energy(coal(a, y, "813670", ElectricityBasis.CALORIFIC), constant("5000", 900, 100),
        PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult rb = INTENSITIES.energy(coal(b, y, "2441008", ElectricityBasis.CALORIFIC),
        constant("20000", 2700, 300), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult district = INTENSITIES.rollUp(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(ra, rb));
    double value = district.value(IntensityKind.ENERGY_PER_AREA).orElseThrow();
    assertEquals(15.999997048, value, 1e-9);
    double mean = (ra.value(IntensityKind.ENERGY_PER_AREA).orElseThrow() + rb.value(IntensityKind.ENERGY_PER_AREA).orElseThrow()) / 2;
    assertEquals(17.50000138, mean, 1e-8);
    assertTrue(Math.abs(value - mean) > 1);
    assertEquals(25_000, district.averages().floorArea(), 0);
    // Per person: 399 999.9262 / (1 000 + 3 000) = 99.99998155.
    assertEquals(99.99998155, district.value(IntensityKind.ENERGY_PER_PERSON).orElseThrow(), 1e-8);
  }

  @Test
  void becomesAnAssessmentAndRoundTripsThroughJson() {
    IntensityResult r = INTENSITIES.energy(coal(SCHOOL, new CalendarYear(2024), "1000000", ElectricityBasis.CALORIFIC),
        constant("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF);
    Assessment a = r.toAssessment(Instant.parse("2025-01-15T00:00:00Z"));
    assertEquals("anxiao.energy.intensity", a.calculator());
    assertEquals(r.rulesApplied(), a.rulesApplied());
    String json = AnxiaoJson.strict().write(r);
    assertEquals(r, AnxiaoJson.strict().read(json, IntensityResult.class));
    Denominators d = constant("10000", 1800, 200);
    assertEquals(d, AnxiaoJson.strict().read(AnxiaoJson.strict().write(d), Denominators.class));
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    CalendarYear y = new CalendarYear(2024);
    CoalEquivalentResult coal = coal(SCHOOL, y, "1000", ElectricityBasis.CALORIFIC);
    // Zero floor area: never NaN or ∞.
    assertField(InvalidValueException.class, "denominators.floorArea",
        () -> INTENSITIES.energy(coal, constant("0", 10, 1), PopulationBasis.STUDENTS_AND_STAFF));
    // Negative value of a step.
    assertField(InvalidValueException.class, "value", () -> new Step(JAN_2024, new BigDecimal("-1")));
    // Two values in force on one day.
    assertField(PeriodOverlapException.class, "steps", () -> new StepSeries(List.of(new Step(JAN_2024, BigDecimal.ONE),
        new Step(JAN_2024, BigDecimal.TEN))));
    // A floor area known only from February cannot be averaged over the year.
    Denominators late = Denominators.of(StepSeries.constant(LocalDate.of(2024, 2, 1), BigDecimal.TEN),
        StepSeries.constant(JAN_2024, BigDecimal.TEN), StepSeries.constant(JAN_2024, BigDecimal.ONE));
    assertField(MissingValueException.class, "denominators.floorArea",
        () -> INTENSITIES.energy(coal, late, PopulationBasis.STUDENTS_AND_STAFF));
    // The energy-using population was not stated.
    assertField(MissingValueException.class, "energyUsingPopulation",
        () -> INTENSITIES.energy(coal, constant("10", 1, 1), PopulationBasis.ENERGY_USING_POPULATION));
    // Overlapping water consumptions of one meter.
    Consumption w1 = new Consumption(Carrier.WATER, new Month(2024, 3), Measure.of("5", "m3"), Optional.of("W1"),
        Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    Consumption w2 = new Consumption(Carrier.WATER, new DateRange(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 15)),
        Measure.of("5", "m3"), Optional.of("W1"), Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    assertField(PeriodOverlapException.class, "water[W1].period", () -> INTENSITIES.calculate(SCHOOL, y,
        Optional.empty(), List.of(w1, w2), Optional.empty(), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF));
    // A consumption that is not water.
    assertField(InvalidValueException.class, "water[0].carrier", () -> INTENSITIES.calculate(SCHOOL, y, Optional.empty(),
        List.of(Consumption.of(Carrier.ELECTRICITY, y, "5", "kWh")), Optional.empty(), constant("10", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF));
    // Energy of another period.
    assertField(InvalidValueException.class, "energy.reportingPeriod", () -> INTENSITIES.calculate(SCHOOL, new Month(2024, 1),
        Optional.of(coal), List.of(), Optional.empty(), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF));
    // No total at all.
    assertField(MissingValueException.class, "energy", () -> INTENSITIES.calculate(SCHOOL, y, Optional.empty(), List.of(),
        Optional.empty(), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF));
    // A negative carbon total.
    assertField(InvalidValueException.class, "carbon", () -> INTENSITIES.calculate(SCHOOL, y, Optional.empty(), List.of(),
        Optional.of(AnxiaoUnits.of("-1", AnxiaoUnits.KILOGRAM_CO2E)), constant("10", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF));
    // Rolling up schools on different electricity bases.
    IntensityResult calorific = INTENSITIES.energy(coal, constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    IntensityResult primary = INTENSITIES.energy(coal(Subject.of(SubjectKind.SCHOOL, "S2"), y, "1000",
        ElectricityBasis.PRIMARY), constant("10", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    assertField(UnitMismatchException.class, "parts[1].electricityBasis",
        () -> INTENSITIES.rollUp(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(calorific, primary)));
    assertField(InvalidValueException.class, "parts[1].subject",
        () -> INTENSITIES.rollUp(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(calorific, calorific)));
  }

  static void assertField(Class<? extends AnxiaoException> type, String field, Runnable call) {
    AnxiaoException e = assertThrows(type, call::run);
    assertEquals(type, e.getClass(), e.getMessage());
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }
}
