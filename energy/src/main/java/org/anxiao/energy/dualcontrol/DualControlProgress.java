package org.anxiao.energy.dualcontrol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;

/**
 * A subject's dual-control progress in one year (双控目标进度), energy.md §4: per indicator this
 * year's target on the glide path, the budget, the year-to-date position against the seasonal
 * profile, the year-end forecast, the headroom or overrun and the status; the renewables treatment;
 * findings for indicators at risk or over. Becomes an {@link org.anxiao.core.finding.Assessment}
 * with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: at least one indicator, in {@link IntensityMetric} order; {@code status} the worst
 * of theirs; {@code energyTotalKgce} finite and zero or more. Immutable and thread-safe.
 *
 * @param subject          whose progress (a school, a district)
 * @param year             the year
 * @param reportingPeriod  January to the last month reported
 * @param baselineYear     the targets' baseline year
 * @param targetYear       the targets' target year
 * @param glidePath        how the cuts are spread over the years
 * @param profile          the seasonal profile used, with its source ({@link ProfileSource#DAYS} when none was given)
 * @param renewables       how new renewable energy was treated
 * @param energyTotalKgce  energy of the months reported, kgce, for total control (renewables deducted where the switch says)
 * @param metrics          each indicator's progress
 * @param status           the worst status of the indicators
 * @param findings         one finding per indicator at risk or over
 * @param rules            the rule values read
 * @param packs            the packs in force
 * @param baseline         the subject's baseline (input)
 * @param actuals          the actuals (input)
 */
public record DualControlProgress(Subject subject, int year, Period reportingPeriod, long baselineYear, long targetYear,
    GlidePath glidePath, SeasonalProfile profile, RenewablesTreatment renewables, double energyTotalKgce,
    List<MetricProgress> metrics, DualControlStatus status, List<Finding> findings, List<AppliedRule> rules,
    List<PackRef> packs, Baseline baseline, Actuals actuals) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject         whose progress
   * @param year            the year
   * @param reportingPeriod January to the last month reported
   * @param baselineYear    the baseline year
   * @param targetYear      the target year
   * @param glidePath       the glide path
   * @param profile         the seasonal profile
   * @param renewables      the renewables treatment
   * @param energyTotalKgce energy of the months reported, kgce
   * @param metrics         each indicator's progress
   * @param status          the worst status
   * @param findings        the findings
   * @param rules           the rule values read
   * @param packs           the packs in force
   * @param baseline        the baseline
   * @param actuals         the actuals
   */
  public DualControlProgress {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.that(reportingPeriod.start().getYear() == year, "year", year, "must be the year of the reporting period {}",
        reportingPeriod.code());
    Require.nonNull("glidePath", glidePath);
    Require.nonNull("profile", profile);
    Require.nonNull("renewables", renewables);
    Require.that(Bounds.decimal("energyTotalKgce", energyTotalKgce) >= 0, "energyTotalKgce", energyTotalKgce,
        "must be zero or more");
    metrics = Require.nonEmpty("metrics", Bounds.list("metrics", metrics));
    Require.nonNull("status", status);
    DualControlStatus worst = DualControlStatus.ON_TRACK;
    for (MetricProgress m : metrics) {
      worst = m.status().compareTo(worst) > 0 ? m.status() : worst;
    }
    Require.that(status == worst, "status", status, "must be the worst status of the metrics, {}", worst);
    findings = Bounds.list("findings", findings);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    Require.nonNull("baseline", baseline);
    Require.nonNull("actuals", actuals);
  }

  /**
   * {@return the progress of {@code metric}, if it was tracked}
   *
   * @param metric the indicator
   */
  public Optional<MetricProgress> metric(IntensityMetric metric) {
    Require.nonNull("metric", metric);
    return metrics.stream().filter(m -> m.metric() == metric).findFirst();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return DualControl.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(reportingPeriod);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, year, baseline, actuals, profile);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, int year, Baseline baseline, Actuals actuals, SeasonalProfile profile) {}
}
