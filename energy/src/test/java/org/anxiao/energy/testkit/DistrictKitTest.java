package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.IntensityKind;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;
import org.junit.jupiter.api.Test;

/**
 * A district's intensities rolled up from its schools ({@link Intensities#rollUp}): totals and
 * denominators are sums of the schools', and each intensity is total over total.
 *
 * <p>Exactness: each school's kgce is exact to the cent (the kit's whole thousands), so the double
 * sums rounded to cents are exact. An average denominator over 2024 is k/366 for a whole k (m²-days
 * or person-days of whole steps), so average × 366 rounded to a whole number is k exactly; those
 * whole day-sums of the schools add up to the district's.
 */
class DistrictKitTest {
  private static final CalendarYear YEAR = new CalendarYear(2024);
  private static final Subject DISTRICT = Subject.of(SubjectKind.JURISDICTION, "310112");
  private static final CoalEquivalents COAL = CoalEquivalents.in(RuleContext.standard(JurisdictionCode.of("310112"),
      LocalDate.of(2024, 12, 31)));
  private static final Intensities INTENSITIES = Intensities.create();
  private final Laws laws = Laws.standard().withExamples(60);
  /** Each school's result, computed once per drawn school. */
  private final Map<DistrictGenerators.School, IntensityResult> results = new WeakHashMap<>();

  private IntensityResult school(DistrictGenerators.School s) {
    return results.computeIfAbsent(s, x -> INTENSITIES.energy(COAL.convert(x.subject(), YEAR, x.consumptions(),
        ElectricityBasis.CALORIFIC), x.denominators(), PopulationBasis.STUDENTS_AND_STAFF));
  }

  private IntensityResult district(List<DistrictGenerators.School> schools) {
    return INTENSITIES.rollUp(DISTRICT, schools.stream().map(this::school).toList());
  }

  private static BigDecimal cents(double kgce) {
    return new BigDecimal(Double.toString(kgce)).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The day-sum (m²-days or person-days) behind an average over 2024. */
  private static BigDecimal daySum(double average) {
    return BigDecimal.valueOf(Math.round(average * YEAR.days()));
  }

  @Test
  void theDistrictsKgceIsTheSumOfItsSchools() {
    laws.rollUpIsSumOfParts(DistrictGenerators.districts(2024, 6), d -> cents(district(d).energyKgce().orElseThrow()),
        s -> cents(school(s).energyKgce().orElseThrow()));
  }

  @Test
  void theDistrictsFloorAreaAndPopulationAreTheSumsOfItsSchools() {
    laws.rollUpIsSumOfParts(DistrictGenerators.districts(2024, 6), d -> daySum(district(d).averages().floorArea()),
        s -> daySum(school(s).averages().floorArea()));
    laws.rollUpIsSumOfParts(DistrictGenerators.districts(2024, 6), d -> daySum(district(d).averages().population()),
        s -> daySum(school(s).averages().population()));
  }

  @Test
  void eachDistrictIntensityIsTotalOverTotalAndLiesAmongItsSchools() {
    qt().withExamples(60).forAll(DistrictGenerators.districts(2024, 6)).checkAssert(d -> {
      IntensityResult whole = district(d);
      double kgce = 0;
      double area = 0;
      double persons = 0;
      double students = 0;
      for (DistrictGenerators.School s : d) {
        IntensityResult r = school(s);
        kgce += r.energyKgce().orElseThrow();
        area += r.averages().floorArea();
        persons += r.averages().population();
        students += r.averages().students();
      }
      check(kgce / area, whole, IntensityKind.ENERGY_PER_AREA, d);
      check(kgce / persons, whole, IntensityKind.ENERGY_PER_PERSON, d);
      check(kgce / students, whole, IntensityKind.ENERGY_PER_STUDENT, d);
    });
  }

  private void check(double expected, IntensityResult whole, IntensityKind kind, List<DistrictGenerators.School> d) {
    double value = whole.value(kind).orElseThrow();
    assertEquals(expected, value, 1e-12 * Math.max(1, expected), kind.name());
    double min = d.stream().mapToDouble(s -> school(s).value(kind).orElseThrow()).min().orElseThrow();
    double max = d.stream().mapToDouble(s -> school(s).value(kind).orElseThrow()).max().orElseThrow();
    assertTrue(value >= min * (1 - 1e-12) && value <= max * (1 + 1e-12), () -> kind + " " + value + " outside " + min + ".." + max);
  }

  @Test
  void theDistrictIntensityIsNotTheMeanOfTheSchools() {
    // 1 000 000 kWh = 122 900 kgce (0.1229 calorific) on 100 m², and the same on 900 m²: 1 229 and 136.56 kgce/m²;
    // the district: 245 800 kgce ÷ 1 000 m² = 245.8 kgce/m², not their mean 682.78.
    LocalDate jan = LocalDate.of(2024, 1, 1);
    List<DistrictGenerators.School> d = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Denominators den = Denominators.of(StepSeries.constant(jan, BigDecimal.valueOf(i == 0 ? 100 : 900)),
          StepSeries.constant(jan, BigDecimal.TEN), StepSeries.constant(jan, BigDecimal.ONE));
      d.add(new DistrictGenerators.School(Subject.of(SubjectKind.SCHOOL, "S" + i),
          List.of(Consumption.of(Carrier.ELECTRICITY, YEAR, "1000000", "kWh")), den));
    }
    double whole = district(d).value(IntensityKind.ENERGY_PER_AREA).orElseThrow();
    double mean = (school(d.get(0)).value(IntensityKind.ENERGY_PER_AREA).orElseThrow()
        + school(d.get(1)).value(IntensityKind.ENERGY_PER_AREA).orElseThrow()) / 2;
    assertEquals(245.8, whole, 1e-9);
    assertNotEquals(mean, whole, 1.0);
  }
}
