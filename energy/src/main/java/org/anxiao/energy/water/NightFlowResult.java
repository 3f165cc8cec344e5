package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
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
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Period;

/**
 * A night-flow leak check (夜间最小流量检查) of one meter: per day, the mean flow in the minimum-use
 * window against the day's mean flow ({@link NightFlowDay}), and — only where the caller's pack
 * gives a threshold — which days exceed it, each with a bilingual finding. Without a threshold the
 * result reports the ratios and says so ({@link #thresholdApplied()} false, no finding).
 *
 * <p>Invariants: at least one day, in date order, consecutive; no day above a threshold when none
 * applied. Immutable and thread-safe.
 *
 * @param subject   what was checked (a meter, a building)
 * @param window    the minimum-use window
 * @param days      one entry per day of the series
 * @param threshold the pack's {@code leakRatio}, exactly as written, if a pack applied
 * @param rules     the rule values used (the threshold), in first-use order
 * @param packs     the packs in force, narrowest first
 * @param findings  one finding per day above the threshold
 * @param flow      the interval data (the input)
 */
public record NightFlowResult(Subject subject, NightWindow window, List<NightFlowDay> days, Optional<BigDecimal> threshold,
    List<AppliedRule> rules, List<PackRef> packs, List<Finding> findings, IntervalFlow flow) implements CalculationResult {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject   what was checked
   * @param window    the window
   * @param days      one entry per day, consecutive
   * @param threshold the threshold, if a pack applied
   * @param rules     the rule values used
   * @param packs     the packs in force
   * @param findings  the findings
   * @param flow      the interval data
   */
  public NightFlowResult {
    Require.nonNull("subject", subject);
    Require.nonNull("window", window);
    days = Bounds.list("days", days);
    Require.that(!days.isEmpty(), "days", "[]", "must hold at least one day");
    for (int i = 1; i < days.size(); i++) {
      Require.thatElement(days.get(i).date().equals(days.get(i - 1).date().plusDays(1)), "days", i, ".date",
          days.get(i).date(), "must be the day after the day before it");
    }
    Require.nonNull("threshold", threshold);
    threshold.ifPresent(t -> Bounds.positive("threshold", Bounds.decimal("threshold", t)));
    if (threshold.isEmpty()) {
      Require.that(days.stream().noneMatch(NightFlowDay::aboveThreshold), "days", "aboveThreshold",
          "no day is above a threshold when none applied");
    }
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
    Require.nonNull("flow", flow);
  }

  /** {@return true when a pack's threshold was applied; false when the result reports ratios only} */
  @JsonIgnore
  public boolean thresholdApplied() {
    return threshold.isPresent();
  }

  /** {@return the days whose ratio exceeds the threshold (none when no threshold applied)} */
  @JsonIgnore
  public List<NightFlowDay> daysAboveThreshold() {
    return days.stream().filter(NightFlowDay::aboveThreshold).toList();
  }

  /** {@return the meter's id} */
  @JsonIgnore
  public String meterId() {
    return flow.meterId();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return NightFlows.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(new DateRange(days.get(0).date(), days.get(days.size() - 1).date().plusDays(1)));
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, window, flow);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, NightWindow window, IntervalFlow flow) {}
}
