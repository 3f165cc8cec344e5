package org.anxiao.energy.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.time.Month;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.dualcontrol.DualControlStatus;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MetricProgress;
import org.anxiao.energy.dualcontrol.MonthlyActual;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Monthly series for dual control ({@link MonthlyActual}: kgce per month on the calorific basis)
 * at the edges of the status bands, for a baseline of energy per floor area: the budget B is read
 * from the calculator in force (the shipped targets' glide path), then months are drawn just inside
 * and just outside each edge — a full year at B(1 − ε) is {@link DualControlStatus#ON_TRACK} and
 * at B(1 + ε) {@link DualControlStatus#OVER}; the first {@code n} months at a forecast of B(1 − ε)
 * are on track, at B(1 + ε) {@link DualControlStatus#AT_RISK}, and an actual so far of B(1 + ε)
 * is over. ε = 10⁻⁶ keeps every case clear of the double arithmetic's rounding.
 */
public final class DualControlEdges {
  private static final double EPSILON = 1e-6;

  private DualControlEdges() {}

  /**
   * One edge: the actuals and the status the energy-per-area indicator must show.
   *
   * @param actuals  the months reported
   * @param expected the status
   */
  public record Edge(Actuals actuals, DualControlStatus expected) {}

  /**
   * {@return months 1..n of {@code year} on the calorific basis, each with {@code kgce}, no renewables, water or carbon}
   *
   * @param year the year
   * @param n    the months reported, 1 to 12
   * @param kgce the energy of each month, zero or more
   */
  public static List<MonthlyActual> months(int year, int n, double kgce) {
    List<MonthlyActual> out = new ArrayList<>();
    for (int m = 1; m <= n; m++) {
      out.add(new MonthlyActual(new Month(year, m), ElectricityBasis.CALORIFIC, kgce, 0, 0, 0));
    }
    return out;
  }

  /**
   * {@return a calorific baseline of energy per floor area only}
   *
   * @param year      the baseline year
   * @param kgcePerM2 the baseline intensity, above zero
   */
  public static Baseline areaBaseline(int year, BigDecimal kgcePerM2) {
    return new Baseline(year, ElectricityBasis.CALORIFIC, PopulationBasis.STUDENTS_AND_STAFF,
        Map.of(IntensityMetric.ENERGY_PER_AREA, kgcePerM2));
  }

  /**
   * {@return edges of the status bands of {@code dualControl} for {@code year} (shares of days, no profile)}
   *
   * @param dualControl  the calculator, its targets in force
   * @param subject      the subject of the actuals
   * @param baseline     a baseline of energy per floor area in the targets' baseline year
   * @param denominators the subject's floor area and headcounts over {@code year}
   * @param year         a year after the baseline year, up to the target year
   */
  public static Gen<Edge> edges(DualControl dualControl, Subject subject, Baseline baseline, Denominators denominators,
      int year) {
    List<Edge> edges = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      MetricProgress probe = energy(dualControl, baseline, new Actuals(subject, months(year, n, 1), denominators,
          PopulationBasis.STUDENTS_AND_STAFF));
      double budget = probe.budget();
      double share = probe.profileShare();
      if (n == 12) {
        edges.add(edge(subject, denominators, year, n, budget * (1 - EPSILON), DualControlStatus.ON_TRACK));
      } else {
        edges.add(edge(subject, denominators, year, n, budget * share * (1 - EPSILON), DualControlStatus.ON_TRACK));
        edges.add(edge(subject, denominators, year, n, budget * share * (1 + EPSILON), DualControlStatus.AT_RISK));
      }
      edges.add(edge(subject, denominators, year, n, budget * (1 + EPSILON), DualControlStatus.OVER));
    }
    return Generate.pick(edges);
  }

  /**
   * {@return the energy-per-area progress of {@code actuals}}
   *
   * @param dualControl the calculator
   * @param baseline    the baseline
   * @param actuals     the actuals
   */
  public static MetricProgress energy(DualControl dualControl, Baseline baseline, Actuals actuals) {
    return dualControl.progress(baseline, actuals, Optional.empty()).metric(IntensityMetric.ENERGY_PER_AREA).orElseThrow();
  }

  private static Edge edge(Subject subject, Denominators denominators, int year, int n, double total, DualControlStatus status) {
    return new Edge(new Actuals(subject, months(year, n, total / n), denominators, PopulationBasis.STUDENTS_AND_STAFF), status);
  }
}
