package org.anxiao.energy.dualcontrol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.StepSeries;

/**
 * Dual control (能耗双控: total and intensity) against the {@link DualControlTargetRule} in force,
 * energy.md §4: the glide path of each indicator from the subject's own baseline, this year's
 * budget, the year-to-date position against a seasonal profile, the year-end forecast, the headroom
 * or overrun and the status.
 *
 * <ul>
 *   <li><b>Glide path</b> ({@link #target}): year {@code y} between baseline year {@code b} and target
 *       year {@code t}, cut {@code c}: {@link GlidePath#LINEAR} base × (1 − c × (y − b) / (t − b)),
 *       {@link GlidePath#GEOMETRIC} base × (1 − c)^((y − b) / (t − b)). A rule whose target year is
 *       not after its baseline year is refused ({@code INVALID_VALUE}, field {@code targetYear}).</li>
 *   <li><b>Budget</b>: this year's target intensity × this year's average floor area or persons
 *       (day-weighted over the calendar year, planned changes included).</li>
 *   <li><b>Position and forecast</b>: with the seasonal profile's share {@code s} of the months
 *       reported, expected so far = budget × {@code s}, forecast = actual so far ÷ {@code s}; no profile
 *       given means shares of days ({@link ProfileSource#DAYS}, stated in the result).</li>
 *   <li><b>Status</b>: {@link DualControlStatus#OVER} when the actual so far exceeds the full-year
 *       budget (so also a complete year over it), {@link DualControlStatus#AT_RISK} when the forecast
 *       does, else {@link DualControlStatus#ON_TRACK}; a finding for each indicator at risk or over.</li>
 *   <li><b>Renewables</b>: new renewable energy (a month's {@link MonthlyActual#renewableKgce()}) is
 *       deducted from the energy intensity numerator when {@code deductRenewablesFromIntensity} or
 *       {@code excludeNonFossil} is set, and from the reported total when
 *       {@code deductNewRenewablesFromTotal} or {@code excludeNonFossil} is; the bundled packs set none.</li>
 *   <li><b>Roll-up</b>: a district's progress is that of {@link Actuals#sum} against the district's
 *       baseline — total over total, never a mean of the schools' intensities.</li>
 * </ul>
 *
 * <p>The baseline's electricity basis must be the actuals' ({@code UNIT_MISMATCH} otherwise), and
 * its population basis theirs ({@code INVALID_VALUE}). Every rule value is read through a
 * {@link RuleTrace} under the context's policy. Immutable and thread-safe.
 */
public final class DualControl implements Calculator {
  /** The calculator id, {@code anxiao.energy.dual-control}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.dual-control");
  static final FindingCode AT_RISK = FindingCode.of("ENERGY.DUAL_CONTROL.AT_RISK");
  static final FindingCode OVER = FindingCode.of("ENERGY.DUAL_CONTROL.OVER");
  static final MessageCatalog MESSAGES = MessageCatalog.load(DualControl.class, "messages");

  private final BoundRules<DualControlTargetRule> rules;
  private final VerificationPolicy policy;

  private DualControl(BoundRules<DualControlTargetRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the targets in force for its jurisdiction and date}
   *
   * @param context the registry (the bundled packs, or the caller's own targets), jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static DualControl in(RuleContext context) {
    Require.nonNull("context", context);
    return new DualControl(context.bind(DualControlTargetRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy
   */
  public static DualControl of(BoundRules<DualControlTargetRule> rules, VerificationPolicy policy) {
    return new DualControl(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(DualControlTargetRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<DualControlTargetRule> rules() {
    return rules;
  }

  /**
   * {@return the target of {@code metric} in {@code year} on the glide path from {@code baseline}}
   *
   * @param metric   the indicator
   * @param baseline the baseline-year value, in the indicator's unit ({@code kgce/m2}, {@code kgce/person},
   *                 {@code m3/person}, {@code kgCO2e/m2})
   * @param year     a year from the baseline year to the target year
   * @throws UnitMismatchException when {@code baseline} is in another unit
   * @throws InvalidValueException when the year is outside the path or the rule's target year is not after its baseline year
   * @throws org.anxiao.core.error.UnknownCodeException when the targets do not cut {@code metric}
   */
  public GlideTarget target(IntensityMetric metric, Measure baseline, int year) {
    Require.nonNull("metric", metric);
    Require.nonNull("baseline", baseline);
    if (!baseline.unit().equals(metric.kind().unit())) {
      throw new UnitMismatchException("baseline", baseline.unit(), metric.kind().unit());
    }
    Require.that(baseline.value().signum() > 0, "baseline", baseline.value(), "must be greater than zero");
    RuleTrace trace = RuleTrace.under(policy);
    long[] years = years(trace);
    Require.that(year >= years[0] && year <= years[1], "year", year, "must be between the baseline year {} and "
        + "the target year " + years[1], years[0]);
    BigDecimal cut = trace.row(rules.value().reductions(), metric);
    GlidePath path = trace.use(rules.value().glidePath());
    double value = glide(path, baseline.value().doubleValue(), cut, years[0], years[1], year);
    return new GlideTarget(metric, year, years[0], years[1], baseline.value().doubleValue(), cut, path, value,
        trace.applied());
  }

  /**
   * {@return the progress of {@code actuals} in their year against the targets, from {@code baseline}}
   * Indicators tracked are those the baseline gives and the targets cut.
   *
   * @param baseline the subject's baseline, in the targets' baseline year
   * @param actuals  the months reported of a year after the baseline year, up to the target year
   * @param profile  the seasonal profile; empty for shares of days
   * @throws UnitMismatchException when a month's electricity basis is not the baseline's
   * @throws InvalidValueException when the years do not fit the targets, the population bases differ, the
   *     profile gives the months reported no share, or a denominator averages zero
   * @throws MissingValueException when no indicator is both in the baseline and in the targets
   */
  public DualControlProgress progress(Baseline baseline, Actuals actuals, Optional<SeasonalProfile> profile) {
    Require.nonNull("baseline", baseline);
    Require.nonNull("actuals", actuals);
    Require.nonNull("profile", profile);
    RuleTrace trace = RuleTrace.under(policy);
    DualControlTargetRule rule = rules.value();
    long[] years = years(trace);
    int year = actuals.year();
    Require.that(baseline.year() == years[0], "baseline.year", baseline.year(), "must be the targets' baseline year {}",
        years[0]);
    Require.that(year > years[0] && year <= years[1], "actuals.year", year,
        "must be after the baseline year {} and not after the target year " + years[1], years[0]);
    for (int i = 0; i < actuals.months().size(); i++) {
      MonthlyActual m = actuals.months().get(i);
      if (m.electricityBasis() != baseline.electricityBasis()) {
        throw new UnitMismatchException("actuals.months[" + i + "].electricityBasis", "kgce (" + m.electricityBasis()
            + ")", "the baseline's electricity basis " + baseline.electricityBasis() + " ("
            + baseline.electricityBasis().label().zh() + ")");
      }
    }
    Require.that(actuals.populationBasis() == baseline.populationBasis(), "actuals.populationBasis",
        actuals.populationBasis(), "must be the baseline's population basis {}", baseline.populationBasis());
    SeasonalProfile shares = profile.orElseGet(() -> SeasonalProfile.byDays(year));
    int last = actuals.lastMonth().month();
    double share = shares.shareThrough(last);
    if (!(share > 0)) {
      throw new InvalidValueException("profile.shares", shares.shares().subList(0, last).toString(),
          "give the months reported no share: no forecast can be made from them");
    }

    boolean fromTotal = trace.use(rule.deductNewRenewablesFromTotal());
    boolean fromIntensity = trace.use(rule.deductRenewablesFromIntensity());
    boolean nonFossil = trace.use(rule.excludeNonFossil());
    boolean deductTotal = fromTotal || nonFossil;
    boolean deductIntensity = fromIntensity || nonFossil;
    double energy = 0;
    double renewable = 0;
    double water = 0;
    double carbon = 0;
    for (MonthlyActual m : actuals.months()) {
      energy += m.energyKgce();
      renewable += m.renewableKgce();
      water += m.waterM3();
      carbon += m.carbonKgCO2e();
    }
    double energyForIntensity = deductIntensity ? Math.max(0, energy - renewable) : energy;
    double energyTotal = deductTotal ? Math.max(0, energy - renewable) : energy;

    CalendarYear calendarYear = new CalendarYear(year);
    List<MetricProgress> metrics = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Optional<GlidePath> path = Optional.empty();
    for (IntensityMetric metric : IntensityMetric.values()) {
      Optional<BigDecimal> base = baseline.value(metric);
      if (base.isEmpty() || !rule.reductions().value().contains(metric)) {
        continue;
      }
      BigDecimal cut = trace.row(rule.reductions(), metric);
      if (path.isEmpty()) {
        path = Optional.of(trace.use(rule.glidePath()));
      }
      double target = glide(path.get(), base.get().doubleValue(), cut, years[0], years[1], year);
      StepSeries series = metric.kind().perArea() ? actuals.denominators().floorArea()
          : actuals.denominators().population(actuals.populationBasis());
      String field = metric.kind().perArea() ? "actuals.denominators.floorArea" : "actuals.denominators.population";
      double denominator;
      try {
        denominator = series.average(calendarYear);
      } catch (MissingValueException e) {
        throw new MissingValueException("no value in force on " + calendarYear.start(), field);
      }
      if (!(denominator > 0)) {
        throw new InvalidValueException(field, denominator, "averages zero over " + year + ": no budget can be set");
      }
      double actual = switch (metric) {
        case ENERGY_PER_AREA, ENERGY_PER_PERSON -> energyForIntensity;
        case WATER_PER_PERSON -> water;
        case CARBON_PER_AREA -> carbon;
      };
      double budget = target * denominator;
      double forecast = actual / share;
      DualControlStatus status = actual > budget ? DualControlStatus.OVER
          : forecast > budget ? DualControlStatus.AT_RISK : DualControlStatus.ON_TRACK;
      MetricProgress progress = new MetricProgress(metric, base.get().doubleValue(), cut, target, denominator, budget,
          actual, share, budget * share, forecast, forecast / denominator, budget - forecast, status);
      metrics.add(progress);
      if (status != DualControlStatus.ON_TRACK) {
        findings.add(finding(actuals, progress, List.of(rule.baselineYear().applied(), rule.targetYear().applied(),
            rule.reductions().value().applied(metric), rule.glidePath().applied())));
      }
    }
    if (metrics.isEmpty()) {
      throw new MissingValueException("no indicator is both in the baseline and cut by the targets",
          "baseline.intensities");
    }
    DualControlStatus worst = metrics.stream().map(MetricProgress::status).max(Enum::compareTo)
        .orElse(DualControlStatus.ON_TRACK);
    return new DualControlProgress(actuals.subject(), year, Intensities.yearToDate(actuals.lastMonth()), years[0],
        years[1], path.orElseThrow(), shares, new RenewablesTreatment(deductTotal, deductIntensity, renewable),
        energyTotal, metrics, worst, findings, trace.applied(), rules.packs(), baseline, actuals);
  }

  /** The baseline and target years, read through the trace; a target year not after the baseline year is refused. */
  private long[] years(RuleTrace trace) {
    long baselineYear = trace.use(rules.value().baselineYear());
    long targetYear = trace.use(rules.value().targetYear());
    if (targetYear <= baselineYear) {
      throw new InvalidValueException("targetYear", targetYear, "must be after the baseline year " + baselineYear
          + " (" + rules.value().targetYear().applied().pack() + ")");
    }
    return new long[] {baselineYear, targetYear};
  }

  /** The glide-path value of year {@code y}: see the class description. */
  static double glide(GlidePath path, double base, BigDecimal cutPercent, long b, long t, int y) {
    double cut = cutPercent.movePointLeft(2).doubleValue();
    double fraction = (double) (y - b) / (t - b);
    return switch (path) {
      case LINEAR -> base * (1 - cut * fraction);
      case GEOMETRIC -> base * Math.pow(1 - cut, fraction);
    };
  }

  private static Finding finding(Actuals actuals, MetricProgress p, List<AppliedRule> rules) {
    boolean over = p.status() == DualControlStatus.OVER;
    String unit = p.metric().kind().numeratorUnit();
    double measured = over ? p.actualToDate() : p.forecast();
    return Finding.builder()
        .code(over ? OVER : AT_RISK)
        .severity(over ? Severity.HIGH : Severity.LOW)
        .subject(actuals.subject())
        .measured(new Measure(BigDecimal.valueOf(measured), unit))
        .required(p.budgetMeasure())
        .comparison(Comparison.AT_MOST)
        .message(MESSAGES.format(over ? OVER : AT_RISK, p.metric().label(), String.valueOf(actuals.year()),
            text(measured), unit, text(p.budget()), text(p.targetIntensity()), p.metric().kind().unit(),
            actuals.lastMonth().code()))
        .rules(rules)
        .build();
  }

  /** A figure for a message: two decimals, half even (presentation only; the finding carries the exact measure). */
  static String text(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
