package org.anxiao.energy.dualcontrol;

import static org.anxiao.energy.dualcontrol.DualControlFixtures.SCHOOL;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.areaBaseline;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.denominators;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.national;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.Month;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.PopulationBasis;
import org.junit.jupiter.api.Test;

/** Properties of the glide path and of roll-ups. */
class DualControlProperties {

  @Test
  void theGlidePathFallsFromTheBaselineToTheTarget() {
    // For any base, cut below 100 % and span: non-increasing year by year, the baseline at b, base × (1 − cut) at t.
    qt().withExamples(300).forAll(integers().between(1, 1_000_000), integers().between(0, 9999),
        integers().between(1, 15), integers().between(0, 1)).checkAssert((base, cutBp, span, geometric) -> {
          GlidePath path = geometric == 1 ? GlidePath.GEOMETRIC : GlidePath.LINEAR;
          BigDecimal cut = BigDecimal.valueOf(cutBp, 2);
          double previous = Double.POSITIVE_INFINITY;
          for (int y = 2020; y <= 2020 + span; y++) {
            double v = DualControl.glide(path, base / 100.0, cut, 2020, 2020 + span, y);
            assertTrue(v <= previous + 1e-12 * previous, () -> path + " rises at " + v);
            previous = v;
          }
          assertEquals(base / 100.0, DualControl.glide(path, base / 100.0, cut, 2020, 2020 + span, 2020), 0);
          double target = base / 100.0 * (1 - cut.movePointLeft(2).doubleValue());
          assertEquals(target, DualControl.glide(path, base / 100.0, cut, 2020, 2020 + span, 2020 + span),
              1e-12 * base);
        });
  }

  @Test
  void theLinearPathMatchesAnExactReference() {
    // double vs BigDecimal base × (1 − cut/100 × k/n): within 8 ulps of the baseline (not of the value: near a
    // 100 % cut, 1 − cut cancels, and the absolute error is what the baseline's precision allows).
    qt().withExamples(300).forAll(integers().between(1, 100_000_000), integers().between(0, 9999),
        integers().between(1, 15), integers().between(0, 15)).checkAssert((base, cutBp, span, k) -> {
          int year = 2020 + Math.min(k, span);
          BigDecimal b = BigDecimal.valueOf(base, 2);
          BigDecimal cut = BigDecimal.valueOf(cutBp, 2);
          BigDecimal exact = b.multiply(BigDecimal.ONE.subtract(cut.movePointLeft(2).multiply(BigDecimal.valueOf(year - 2020))
              .divide(BigDecimal.valueOf(span), MathContext.DECIMAL128)));
          double v = DualControl.glide(GlidePath.LINEAR, b.doubleValue(), cut, 2020, 2020 + span, year);
          assertEquals(exact.doubleValue(), v, 8 * Math.ulp(b.doubleValue()));
        });
  }

  @Test
  void aDistrictsActualsAreTheSumOfItsSchools() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 6),
        integers().between(1, 12)).checkAssert((monthly, n) -> {
          List<Actuals> parts = new ArrayList<>();
          double total = 0;
          for (int s = 0; s < monthly.size(); s++) {
            List<MonthlyActual> months = new ArrayList<>();
            for (int m = 1; m <= n; m++) {
              months.add(new MonthlyActual(new Month(2024, m), ElectricityBasis.CALORIFIC, monthly.get(s) + m, 0, s, 0));
              total += monthly.get(s) + m;
            }
            parts.add(new Actuals(Subject.of(SubjectKind.SCHOOL, "S" + s), months, denominators("1000", 100, 10),
                PopulationBasis.STUDENTS_AND_STAFF));
          }
          Actuals district = Actuals.sum(Subject.of(SubjectKind.JURISDICTION, "310112"), parts);
          MetricProgress p = national().progress(areaBaseline(2020, "20"), district, Optional.empty()).metrics().get(0);
          assertEquals(total, p.actualToDate(), 0);
          assertEquals(1000.0 * monthly.size(), p.averageDenominator(), 0);
          assertEquals(19.2 * 1000 * monthly.size(), p.budget(), 1e-9 * monthly.size() * 19_200);
          assertEquals(SCHOOL.kind(), parts.get(0).subject().kind());
        });
  }
}
