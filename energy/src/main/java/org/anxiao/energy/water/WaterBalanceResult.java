package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Volume;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A water balance (水平衡测试结果) of one subject over one period: the supply meter's volume, the sum of
 * the sub-meters, the unaccounted-for volume U = supply − Σ sub (未计量水量), the leak rate U ÷ supply
 * (漏损率), the uncertainty band B of U from the meters' stated tolerances, and whether U is
 * significant ({@link BalanceStatus}). See {@link WaterBalances} for the formulas.
 *
 * <p>Invariants: volumes in m³, finite; {@code supplyVolume} greater than zero,
 * {@code subMeteredVolume} and {@code band} zero or more; {@code leakRate ≤ 1} (negative when the
 * sub-meters exceed the supply); {@code status} is the status of {@code unaccountedVolume} against
 * {@code band}. No rule value is read: the tolerances are the caller's. Immutable and thread-safe.
 *
 * @param subject           what was balanced (a school, a campus, a building)
 * @param reportingPeriod   the period every meter's volume covers
 * @param supplyVolume      the supply (main) meter's volume, m³
 * @param subMeteredVolume  Σ sub-meter volumes, m³
 * @param unaccountedVolume supply − Σ sub, m³; negative when the sub-meters exceed the supply
 * @param leakRate          unaccountedVolume ÷ supplyVolume, a fraction (0.07 for 7 %), at most 1
 * @param band              the uncertainty band of the unaccounted-for volume, m³ (worst case)
 * @param status            whether the unaccounted-for volume lies outside the band, and on which side
 * @param supply            the supply meter (input)
 * @param subMeters         the sub-meters, in the caller's order (input)
 */
public record WaterBalanceResult(Subject subject, Period reportingPeriod, double supplyVolume, double subMeteredVolume,
    double unaccountedVolume, double leakRate, double band, BalanceStatus status, MeteredVolume supply,
    List<MeteredVolume> subMeters) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject           what was balanced
   * @param reportingPeriod   the period
   * @param supplyVolume      the supply volume, m³, greater than zero
   * @param subMeteredVolume  Σ sub-meter volumes, m³
   * @param unaccountedVolume supply − Σ sub, m³
   * @param leakRate          unaccounted ÷ supply, at most 1
   * @param band              the uncertainty band, m³
   * @param status            the status of the unaccounted volume against the band
   * @param supply            the supply meter
   * @param subMeters         the sub-meters
   */
  public WaterBalanceResult {
    Require.nonNull("subject", subject);
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.positive("supplyVolume", Bounds.decimal("supplyVolume", supplyVolume));
    Require.nonNegative("subMeteredVolume", Bounds.decimal("subMeteredVolume", subMeteredVolume));
    Bounds.decimal("unaccountedVolume", unaccountedVolume);
    Require.that(Bounds.decimal("leakRate", leakRate) <= 1, "leakRate", leakRate, "must be at most 1");
    Require.nonNegative("band", Bounds.decimal("band", band));
    Require.nonNull("status", status);
    Require.that(status == BalanceStatus.of(unaccountedVolume, band), "status", status,
        "must be the status of the unaccounted volume against the band: {}", BalanceStatus.of(unaccountedVolume, band));
    Require.nonNull("supply", supply);
    subMeters = Bounds.list("subMeters", subMeters);
  }

  /** {@return the unaccounted-for volume (未计量水量) as a quantity in m³} */
  @JsonIgnore
  public Quantity<Volume> unaccounted() {
    return AnxiaoUnits.of(unaccountedVolume, AnxiaoUnits.CUBIC_METER);
  }

  /** {@return the uncertainty band of the unaccounted-for volume as a quantity in m³} */
  @JsonIgnore
  public Quantity<Volume> uncertainty() {
    return AnxiaoUnits.of(band, AnxiaoUnits.CUBIC_METER);
  }

  /** {@return the supply meter's volume as a quantity in m³} */
  @JsonIgnore
  public Quantity<Volume> supplied() {
    return AnxiaoUnits.of(supplyVolume, AnxiaoUnits.CUBIC_METER);
  }

  /** {@return Σ sub-meter volumes as a quantity in m³} */
  @JsonIgnore
  public Quantity<Volume> subMetered() {
    return AnxiaoUnits.of(subMeteredVolume, AnxiaoUnits.CUBIC_METER);
  }

  /** {@return true when the unaccounted-for volume lies outside the band (a loss or an excess)} */
  @JsonIgnore
  public boolean significant() {
    return status.significant();
  }

  /** {@return true when any meter's volume was estimated, not measured} */
  @JsonIgnore
  public boolean anyEstimated() {
    return supply.consumption().estimated() || subMeters.stream().anyMatch(m -> m.consumption().estimated());
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return WaterBalances.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(reportingPeriod);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return List.of();
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, reportingPeriod, supply, subMeters);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, MeteredVolume supply, List<MeteredVolume> subMeters) {}
}
