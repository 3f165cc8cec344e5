package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Consumption;

/**
 * Monthly consumption per meter from raw meter data (分表月度用量), with the gaps found, the months
 * estimated and how, the coverage of each meter and the data-sufficiency verdict. Becomes an
 * {@link org.anxiao.core.finding.Assessment} with {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: one consumption per meter and month of the period, meters in input order, months
 * in order, each with its meter's id, building and end use; a consumption is flagged estimated
 * exactly when an {@link EstimatedMonth} of its meter and month is listed, and an estimated month
 * exactly when a {@link MeterGap} is; {@code sufficient} is true when every meter's coverage is.
 * Immutable and thread-safe.
 *
 * @param subject         what was calculated (a school, a meter)
 * @param reportingPeriod the requested period, whole months
 * @param gapHandling     how gaps were handled
 * @param consumptions    the monthly consumptions
 * @param gaps            the months not wholly covered by data
 * @param estimates       the estimated part of each such month
 * @param coverage        the coverage of each meter, in input order
 * @param sufficient      whether the data suffice for an annual figure ({@link DataSufficiencyRule})
 * @param rules           the rule values used
 * @param packs           the packs in force, narrowest first
 * @param input           the raw meter data converted
 */
public record MeterDataResult(Subject subject, Period reportingPeriod, GapHandling gapHandling,
    List<Consumption> consumptions, List<MeterGap> gaps, List<EstimatedMonth> estimates, List<MeterCoverage> coverage,
    boolean sufficient, List<AppliedRule> rules, List<PackRef> packs, MeterDataInput input) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject         what was calculated
   * @param reportingPeriod the requested period
   * @param gapHandling     how gaps were handled
   * @param consumptions    the monthly consumptions
   * @param gaps            the months not wholly covered
   * @param estimates       the estimated parts
   * @param coverage        the coverage of each meter
   * @param sufficient      the verdict
   * @param rules           the rule values used
   * @param packs           the packs in force
   * @param input           the raw meter data
   */
  public MeterDataResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.nonNull("gapHandling", gapHandling);
    consumptions = Bounds.list("consumptions", consumptions);
    gaps = Bounds.list("gaps", gaps);
    estimates = Bounds.list("estimates", estimates);
    coverage = Bounds.list("coverage", coverage);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    Require.nonNull("input", input);
  }

  /**
   * {@return the consumptions of one meter, in month order}
   *
   * @param meterId the meter
   */
  public List<Consumption> consumptionsOf(String meterId) {
    Bounds.code("meterId", meterId);
    return consumptions.stream().filter(c -> c.meterId().equals(Optional.of(meterId))).toList();
  }

  /**
   * {@return the coverage of one meter, if it is in the result}
   *
   * @param meterId the meter
   */
  public Optional<MeterCoverage> coverageOf(String meterId) {
    Bounds.code("meterId", meterId);
    return coverage.stream().filter(c -> c.meterId().equals(meterId)).findFirst();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return MeterData.ID;
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
    return new Inputs(subject, reportingPeriod, gapHandling, input);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, GapHandling gapHandling, MeterDataInput data) {}
}
