package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.energy.carrier.Carrier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link BatchRollUp} on random Shanghai schools (the weights and targets of
 * {@link BatchRollUpTest}): the province's kgce is the sum of its schools'; every line's intensity
 * is its kgce over its own floor area, the sum of its schools' (total over total), and the
 * dual-control forecast intensity is that figure; adding a school never lowers a total.
 */
class BatchRollUpProperties {
  private static final List<String> DISTRICTS = List.of("310101", "310104", "310112", "310115");
  private static final BatchRollUp ROLL_UP = BatchRollUp.in(BatchRollUpTest.SHANGHAI, JurisdictionDirectory.standard());
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();
  private static final int GAS = Carrier.NATURAL_GAS.ordinal();
  private static final int EXAMPLES = 50;

  /**
   * A school: its district, floor area, persons, monthly kWh in 2020 and in 2023 (each month scaled by
   * 1 + m/10), gas in January 2023, and the first {@code gaps} months of 2023 left without readings.
   */
  record School(int district, int area, int population, int baseKwh, int yearKwh, int gasM3, int gaps) {}

  private static Gen<School> school() {
    Gen<int[]> usage = integers().between(0, 200_000).zip(integers().between(0, 200_000), integers().between(0, 2_000),
        integers().between(0, 12), (b, y, g, gaps) -> new int[] {b, y, g, gaps});
    return integers().between(0, DISTRICTS.size() - 1).zip(integers().between(1, 50_000), integers().between(1, 5_000),
        usage, (d, a, p, u) -> new School(d, a, p, u[0], u[1], u[2], u[3]));
  }

  private static Gen<List<School>> schools() {
    return lists().of(school()).ofSizeBetween(1, 6);
  }

  private static RollUpReport roll(List<School> list) {
    int n = list.size();
    double[] area = new double[n];
    List<RollUpSchool> schools = new ArrayList<>();
    BatchRollUpTest.Rows rows = new BatchRollUpTest.Rows();
    for (int s = 0; s < n; s++) {
      School school = list.get(s);
      area[s] = school.area();
      schools.add(new RollUpSchool("S" + s, JurisdictionCode.of(DISTRICTS.get(school.district())), school.area(),
          school.population()));
      for (int m = 1; m <= 12; m++) {
        double scale = 1 + m / 10.0;
        rows.add(s, ELECTRICITY, YearMonth.of(2020, m), school.baseKwh() * scale);
        if (m > school.gaps()) {
          rows.add(s, ELECTRICITY, YearMonth.of(2023, m), school.yearKwh() * scale);
        }
      }
      rows.add(s, GAS, YearMonth.of(2023, 12), school.gasM3());
    }
    BatchResult result = rows.run(BatchRollUpTest.factors(area), BatchRollUpTest.MONTHS);
    return ROLL_UP.run(result, BatchRollUpTest.FIRST, schools, 2023);
  }

  private static double province(RollUpReport report) {
    return report.jurisdiction(BatchRollUpTest.CITY).orElseThrow().kgce();
  }

  private static boolean withinRelative(double a, double b, double relative) {
    return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
  }

  @Test
  void theProvincesKgceIsTheSumOfItsSchools() {
    Laws.standard().withExamples(EXAMPLES).agree(schools(), list -> province(roll(list)),
        list -> roll(list).schools().stream().mapToDouble(RollUpLine::kgce).sum(),
        (a, b) -> withinRelative(a, b, 1e-9));
  }

  @Test
  void everyLinesIntensityIsItsKgceOverItsOwnArea() {
    qt().withExamples(EXAMPLES).forAll(schools()).checkAssert(list -> {
      RollUpReport report = roll(list);
      for (int s = 0; s < list.size(); s++) {
        RollUpLine line = report.schools().get(s);
        assertEquals(list.get(s).area(), line.area(), 0);
        assertEquals(line.kgce() / line.area(), line.kgcePerSquareMetre(), 0);
        checkForecastIntensity(line);
      }
      for (RollUpLine line : report.jurisdictions()) {
        String code = line.subject().id();
        double area = 0;
        double kgce = 0;
        long population = 0;
        int count = 0;
        int gaps = 0;
        for (int s = 0; s < list.size(); s++) {
          if (code.equals("310000") || code.equals(DISTRICTS.get(list.get(s).district()))) {
            area += list.get(s).area();
            population += list.get(s).population();
            kgce += report.schools().get(s).kgce();
            gaps += report.schools().get(s).gapMonths();
            count++;
          }
        }
        assertTrue(count > 0, code);
        assertEquals(count, line.schools(), code);
        assertEquals(area, line.area(), 0, code);
        assertEquals(population, line.population(), code);
        assertEquals(gaps, line.gapMonths(), code);
        double sum = kgce;
        assertTrue(withinRelative(sum, line.kgce(), 1e-9), () -> code + ": " + line.kgce() + " ≠ Σ " + sum);
        // Total over total: the line's own kgce over the summed area.
        assertEquals(line.kgce() / area, line.kgcePerSquareMetre(), 0, code);
        checkForecastIntensity(line);
      }
    });
  }

  /** Where assessed, the dual-control figures are the line's: the forecast intensity is kgce / area, a full year. */
  private static void checkForecastIntensity(RollUpLine line) {
    assertTrue(line.dualControl().isPresent() != line.refusal().isPresent());
    line.energyPerArea().ifPresent(m -> {
      assertEquals(line.area(), m.averageDenominator(), 1e-9 * line.area());
      assertTrue(withinRelative(line.kgce(), m.actualToDate(), 1e-9), line.subject()::toString);
      assertEquals(line.kgcePerSquareMetre(), m.forecastIntensity(), 1e-9 * (1 + line.kgcePerSquareMetre()));
    });
  }

  @Test
  void addingASchoolNeverLowersATotal() {
    qt().withExamples(EXAMPLES).forAll(schools(), school()).checkAssert((list, extra) -> {
      RollUpReport before = roll(list);
      List<School> more = new ArrayList<>(list);
      more.add(extra);
      RollUpReport after = roll(more);
      assertTrue(province(after) >= province(before), () -> province(after) + " < " + province(before));
      for (RollUpLine line : before.jurisdictions()) {
        RollUpLine grown = after.jurisdiction(JurisdictionCode.of(line.subject().id())).orElseThrow();
        assertTrue(grown.kgce() >= line.kgce(), line.subject()::toString);
        assertTrue(grown.area() > line.area() || grown.schools() == line.schools());
      }
      // The schools already there keep their lines to the last digit.
      for (int s = 0; s < list.size(); s++) {
        assertEquals(before.schools().get(s), after.schools().get(s));
      }
    });
  }

  @Test
  void jurisdictionsComeWidestFirstThenByCode() {
    qt().withExamples(EXAMPLES).forAll(schools()).checkAssert(list -> {
      List<RollUpLine> lines = roll(list).jurisdictions();
      assertEquals("310000", lines.get(0).subject().id());
      for (int i = 1; i < lines.size(); i++) {
        RollUpLine a = lines.get(i - 1);
        RollUpLine b = lines.get(i);
        int byLevel = a.level().orElseThrow().compareTo(b.level().orElseThrow());
        assertTrue(byLevel < 0 || (byLevel == 0 && a.subject().id().compareTo(b.subject().id()) < 0),
            () -> a.subject() + " before " + b.subject());
      }
    });
  }
}
