package org.anxiao.energy.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.testkit.DenominatorGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of intensities: linear in the numerator, roll-up = sum of parts, averages bounded and exact. */
class IntensityProperties {
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
  private static final CalendarYear YEAR = new CalendarYear(2024);

  /** A series of 1 to 5 steps on days of 2024 (the first on 1 January), values 0 to 100 000 (the kit's). */
  private static Gen<StepSeries> series() {
    return DenominatorGenerators.headcounts(JAN);
  }

  private static Denominators denominators(int area, int people) {
    return Denominators.of(StepSeries.constant(JAN, BigDecimal.valueOf(area)), StepSeries.constant(JAN, BigDecimal.valueOf(people)),
        StepSeries.constant(JAN, BigDecimal.ONE));
  }

  private static IntensityResult carbon(String id, long kg, Denominators d) {
    return Intensities.create().calculate(Subject.of(SubjectKind.SCHOOL, id), YEAR, Optional.empty(), List.of(),
        Optional.of(AnxiaoUnits.of(kg, AnxiaoUnits.KILOGRAM_CO2E)), d, PopulationBasis.STUDENTS_AND_STAFF);
  }

  @Test
  void intensityScalesLinearlyWithTheNumerator() {
    // k × numerator over the same denominator gives k × the intensity, within a few ulps.
    qt().withExamples(200).forAll(integers().between(0, 1_000_000_000), integers().between(1, 1000),
        integers().between(1, 1_000_000)).checkAssert((kg, k, area) -> {
          double one = carbon("S", kg, denominators(area, 10)).value(IntensityKind.CARBON_PER_AREA).orElseThrow();
          double scaled = carbon("S", (long) kg * k, denominators(area, 10)).value(IntensityKind.CARBON_PER_AREA).orElseThrow();
          assertEquals(k * one, scaled, 4 * Math.ulp(k * one) + 1e-300);
        });
  }

  @Test
  void aRollUpIsTheSumOfItsParts() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 50_000_000)).ofSizeBetween(1, 8),
        lists().of(integers().between(1, 200_000)).ofSizeBetween(8, 8)).checkAssert((kgs, areas) -> {
          List<IntensityResult> parts = new ArrayList<>();
          long total = 0;
          long area = 0;
          for (int i = 0; i < kgs.size(); i++) {
            parts.add(carbon("S" + i, kgs.get(i), denominators(areas.get(i), 100)));
            total += kgs.get(i);
            area += areas.get(i);
          }
          IntensityResult district = Intensities.create().rollUp(Subject.of(SubjectKind.JURISDICTION, "310112"), parts);
          assertEquals(total, district.carbonKgCO2e().orElseThrow(), 0);
          assertEquals(area, district.averages().floorArea(), 0);
          assertEquals((double) total / area, district.value(IntensityKind.CARBON_PER_AREA).orElseThrow(),
              1e-12 * Math.max(1, (double) total / area));
        });
  }

  @Test
  void theAverageLiesBetweenTheStepsAndMatchesAnExactReference() {
    // Day-weighted average in double vs the exact fraction Σ value × days / 366 in BigDecimal: within 1e-12 relative.
    qt().withExamples(200).forAll(series()).checkAssert(s -> {
      double avg = s.average(YEAR);
      double min = s.steps().stream().mapToDouble(x -> x.value().doubleValue()).min().orElseThrow();
      double max = s.steps().stream().mapToDouble(x -> x.value().doubleValue()).max().orElseThrow();
      assertTrue(avg >= min - 1e-9 && avg <= max + 1e-9, () -> avg + " outside " + min + ".." + max);
      BigDecimal exact = BigDecimal.ZERO;
      for (int i = 0; i < s.steps().size(); i++) {
        LocalDate to = i + 1 < s.steps().size() ? s.steps().get(i + 1).from() : YEAR.end();
        exact = exact.add(s.steps().get(i).value().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(s.steps().get(i).from(), to))));
      }
      double reference = exact.divide(BigDecimal.valueOf(366), MathContext.DECIMAL64).doubleValue();
      assertEquals(reference, avg, 1e-12 * Math.max(1, reference));
    });
  }

  @Test
  void theAverageOfASumIsTheSumOfTheAverages() {
    qt().withExamples(200).forAll(series(), series()).checkAssert((a, b) ->
        assertEquals(a.average(YEAR) + b.average(YEAR), a.plus(b).average(YEAR), 1e-9 * Math.max(1, a.average(YEAR) + b.average(YEAR))));
  }
}
