package org.anxiao.energy.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.dualcontrol.DualControlProgress;
import org.anxiao.energy.dualcontrol.DualControlTargetRule;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MonthlyActual;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;

/**
 * Rolls a batch's monthly figures up to one year (批量年度汇总): per school and per district, city and
 * province, kgce, tCO₂ location- and market-based, intensities total over total, and dual-control
 * progress against the targets in force ({@link DualControl}).
 *
 * <p><b>Dual control.</b> Each subject's baseline is its own figures in the targets' baseline year,
 * from the same batch: energy per floor area, energy per person (students and staff) and CO₂ per
 * floor area, CO₂ being Scope 1 + Scope 2 location-based. Its actuals are the twelve months of the
 * year, with floor area and persons taken as constant over the batch's years (a schools table gives
 * one figure each). A jurisdiction's actuals are {@link Actuals#sum} of its schools' and its baseline
 * the total of theirs over the total floor area and persons. A subject whose progress cannot be
 * assessed (no energy in the baseline year, for one) carries the reason, never a guessed status.
 *
 * <p><b>Gaps.</b> A school-month with no energy at all is counted as zero, not estimated, and counted
 * in {@link RollUpLine#gapMonths()}.
 *
 * <p>The figures are the batch's doubles summed in school order, so the same {@link BatchResult}
 * gives the same report to the last digit, on one JVM or after a distributed run. Immutable and
 * thread-safe.
 */
public final class BatchRollUp {
  private final DualControl dualControl;
  private final JurisdictionDirectory directory;
  private final int baselineYear;
  private final List<AppliedRule> targetRules;

  private BatchRollUp(DualControl dualControl, JurisdictionDirectory directory, int baselineYear,
      List<AppliedRule> targetRules) {
    this.dualControl = dualControl;
    this.directory = directory;
    this.baselineYear = baselineYear;
    this.targetRules = targetRules;
  }

  /**
   * {@return the roll-up under the dual-control targets in force in {@code context}} (the province's
   * jurisdiction and a date in the year rolled up)
   *
   * @param context   where and when the targets apply, and the policy
   * @param directory the jurisdictions the schools' districts roll up through
   * @throws org.anxiao.core.error.RulePackException when no targets are in force or the policy refuses their years
   */
  public static BatchRollUp in(RuleContext context, JurisdictionDirectory directory) {
    Require.nonNull("context", context);
    Require.nonNull("directory", directory);
    DualControl dualControl = DualControl.in(context);
    RuleTrace trace = RuleTrace.under(context.policy());
    DualControlTargetRule rule = dualControl.rules().value();
    long baseline = trace.use(rule.baselineYear());
    return new BatchRollUp(dualControl, directory, Math.toIntExact(baseline), trace.applied());
  }

  /** {@return the targets' baseline year} */
  public int baselineYear() {
    return baselineYear;
  }

  /**
   * {@return the roll-up of {@code year}}
   *
   * @param result     the batch's figures, period {@code p} being month {@code firstMonth + p}
   * @param firstMonth the month of period 0
   * @param schools    the schools in batch index order, one per school of the result
   * @param year       the year rolled up: all its months and all of the baseline year's lie in the batch
   * @throws org.anxiao.core.error.InvalidValueException when the schools or months do not fit the result, or an id repeats
   * @throws org.anxiao.core.error.UnknownCodeException when a district is not in the directory
   */
  public RollUpReport run(BatchResult result, YearMonth firstMonth, List<RollUpSchool> schools, int year) {
    Require.nonNull("result", result);
    Require.nonNull("firstMonth", firstMonth);
    List<RollUpSchool> list = Bounds.list("schools", schools);
    Require.that(list.size() == result.schools(), "schools", list.size(), "must give one school per school of the result ({})",
        result.schools());
    Require.that(year > baselineYear, "year", year, "must be after the targets' baseline year {}", baselineYear);
    int from = months(firstMonth, YearMonth.of(year, 1), result.periods(), "year");
    int base = months(firstMonth, YearMonth.of(baselineYear, 1), result.periods(), "baselineYear");
    int periods = result.periods();
    double[] kgce = result.kgce();
    double[] scope1 = result.scope1Tonnes();
    double[] location = result.scope2LocationTonnes();
    double[] market = result.scope2MarketTonnes();

    Set<AppliedRule> rules = new LinkedHashSet<>(result.rules());
    rules.addAll(targetRules);
    List<RollUpLine> schoolLines = new ArrayList<>(list.size());
    Map<JurisdictionCode, Totals> byJurisdiction = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (int s = 0; s < list.size(); s++) {
      RollUpSchool school = Require.nonNullElement("schools", s, list.get(s));
      Require.that(ids.add(school.id()), "schools[" + s + "].id", school.id(), "repeats an earlier school's id");
      Totals t = new Totals(Subject.of(SubjectKind.SCHOOL, school.id()), Optional.empty(), year, result.basis());
      t.addSchool(school, kgce, scope1, location, market, s * periods, from, base);
      schoolLines.add(t.line(s));
      for (JurisdictionCode code : directory.chain(school.district())) {
        JurisdictionLevel level = code.level();
        if (level == JurisdictionLevel.NATION) {
          continue;
        }
        byJurisdiction.computeIfAbsent(code, c -> new Totals(Subject.of(SubjectKind.JURISDICTION, c.value()),
            Optional.of(level), year, result.basis())).addPart(t);
      }
    }
    // Widest level first, by code within a level; sorted before the lines are made, so that a refusal's
    // index is its line's position in the report, as a school's is.
    List<Totals> ordered = new ArrayList<>(byJurisdiction.values());
    ordered.sort(Comparator.comparing((Totals t) -> t.level.orElseThrow()).thenComparing(t -> t.subject.id()));
    List<RollUpLine> jurisdictionLines = new ArrayList<>(ordered.size());
    for (int k = 0; k < ordered.size(); k++) {
      jurisdictionLines.add(ordered.get(k).line(k));
    }
    for (RollUpLine line : schoolLines) {
      line.dualControl().ifPresent(p -> rules.addAll(p.rules()));
    }
    for (RollUpLine line : jurisdictionLines) {
      line.dualControl().ifPresent(p -> rules.addAll(p.rules()));
    }
    return new RollUpReport(year, baselineYear, result.basis(), schoolLines, jurisdictionLines, List.copyOf(rules));
  }

  private static int months(YearMonth firstMonth, YearMonth january, int periods, String field) {
    long from = ChronoUnit.MONTHS.between(firstMonth, january);
    Require.that(from >= 0 && from + 12 <= periods, field, january.getYear(), "must lie wholly in the batch's months "
        + firstMonth + " to " + firstMonth.plusMonths(periods - 1L));
    return (int) from;
  }

  /** Running totals of one subject: the year's months, the baseline year's totals and the denominators. */
  private final class Totals {
    final Subject subject;
    final Optional<JurisdictionLevel> level;
    final int year;
    final ElectricityBasis basis;
    final double[] monthKgce = new double[12];
    final double[] monthLocationKg = new double[12];
    double marketTonnes;
    double locationTonnes;
    double baseKgce;
    double baseKgCO2;
    double area;
    long population;
    int schools;
    int gapMonths;
    final List<Actuals> parts = new ArrayList<>();
    Optional<Actuals> actuals = Optional.empty();

    Totals(Subject subject, Optional<JurisdictionLevel> level, int year, ElectricityBasis basis) {
      this.subject = subject;
      this.level = level;
      this.year = year;
      this.basis = basis;
    }

    void addSchool(RollUpSchool school, double[] kgce, double[] scope1, double[] location, double[] market, int row,
        int from, int base) {
      for (int m = 0; m < 12; m++) {
        int g = row + from + m;
        monthKgce[m] = kgce[g];
        monthLocationKg[m] = (scope1[g] + location[g]) * 1000;
        locationTonnes += scope1[g] + location[g];
        marketTonnes += scope1[g] + market[g];
        if (kgce[g] == 0) {
          gapMonths++;
        }
        int b = row + base + m;
        baseKgce += kgce[b];
        baseKgCO2 += (scope1[b] + location[b]) * 1000;
      }
      area = school.area();
      population = school.population();
      schools = 1;
      List<MonthlyActual> months = new ArrayList<>(12);
      for (int m = 0; m < 12; m++) {
        months.add(new MonthlyActual(new Month(year, m + 1), basis, monthKgce[m], 0, 0, monthLocationKg[m]));
      }
      LocalDate january = LocalDate.of(year, 1, 1);
      Denominators denominators = Denominators.of(StepSeries.constant(january, BigDecimal.valueOf(area)),
          StepSeries.constant(january, BigDecimal.valueOf(population)), StepSeries.constant(january, BigDecimal.ZERO));
      actuals = Optional.of(new Actuals(subject, months, denominators, PopulationBasis.STUDENTS_AND_STAFF));
    }

    void addPart(Totals school) {
      locationTonnes += school.locationTonnes;
      marketTonnes += school.marketTonnes;
      baseKgce += school.baseKgce;
      baseKgCO2 += school.baseKgCO2;
      area += school.area;
      population += school.population;
      schools++;
      gapMonths += school.gapMonths;
      for (int m = 0; m < 12; m++) {
        monthKgce[m] += school.monthKgce[m];
      }
      parts.add(school.actuals.orElseThrow());
    }

    RollUpLine line(int index) {
      double kgce = 0;
      for (double v : monthKgce) {
        kgce += v;
      }
      Optional<DualControlProgress> progress = Optional.empty();
      Optional<Failure> refusal = Optional.empty();
      try {
        Map<IntensityMetric, Measure> base = new EnumMap<>(IntensityMetric.class);
        base.put(IntensityMetric.ENERGY_PER_AREA, measure(baseKgce / area, IntensityMetric.ENERGY_PER_AREA));
        base.put(IntensityMetric.ENERGY_PER_PERSON, measure(baseKgce / population, IntensityMetric.ENERGY_PER_PERSON));
        base.put(IntensityMetric.CARBON_PER_AREA, measure(baseKgCO2 / area, IntensityMetric.CARBON_PER_AREA));
        Baseline baseline = Baseline.of(baselineYear, basis, PopulationBasis.STUDENTS_AND_STAFF, base);
        Actuals a = actuals.orElseGet(() -> Actuals.sum(subject, parts));
        progress = Optional.of(dualControl.progress(baseline, a, Optional.empty()));
      } catch (AnxiaoException e) {
        refusal = Optional.of(Failure.of(index, subject.id(), e));
      }
      return new RollUpLine(subject, level, schools, kgce, locationTonnes, marketTonnes, area, population, gapMonths,
          progress, refusal);
    }

  }

  private static Measure measure(double value, IntensityMetric metric) {
    return new Measure(BigDecimal.valueOf(value), metric.kind().unit());
  }

  @Override
  public String toString() {
    return "BatchRollUp{baseline " + baselineYear + ", " + dualControl + "}";
  }
}
