package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The readings behind the register KPIs (隐患台账统计口径), bound from packs of kind
 * {@code anxiao.safety.register-kpis}: the choices the sources leave to the reader, kept as data so
 * that a region that reads them otherwise ships its own pack. Immutable and thread-safe.
 *
 * @param deadlineDayOnTime     a hazard closed on its deadline day is closed on time, and one still open
 *                              on its deadline day is not yet overdue (the usual reading of 完成时限)
 * @param onTimeWithoutDeadline a hazard closed without a deadline counts as closed on time; the safer
 *                              reading, shipped, is false (it counts in the on-time rate's denominator only)
 * @param ratePlaces            decimal places of the rectification and on-time rates (half to even)
 * @param meanPlaces            decimal places of the mean days to close (half to even)
 */
public record RegisterKpiRule(RuleValue<Boolean> deadlineDayOnTime, RuleValue<Boolean> onTimeWithoutDeadline,
    RuleValue<Long> ratePlaces, RuleValue<Long> meanPlaces) {

  static final ParameterSpec<Boolean> DEADLINE_DAY_ON_TIME = ParameterSpec.flag("deadlineDayOnTime");
  static final ParameterSpec<Boolean> ON_TIME_WITHOUT_DEADLINE = ParameterSpec.flag("onTimeWithoutDeadline");
  static final ParameterSpec<Long> RATE_PLACES = ParameterSpec.wholeNumber("ratePlaces", Optional.empty())
      .range(BigDecimal.ZERO, BigDecimal.TEN);
  static final ParameterSpec<Long> MEAN_PLACES = ParameterSpec.wholeNumber("meanPlaces", Optional.empty())
      .range(BigDecimal.ZERO, BigDecimal.TEN);

  /** The rule kind {@code anxiao.safety.register-kpis}. */
  public static final RuleKind<RegisterKpiRule> KIND = RuleKind.of("anxiao.safety.register-kpis",
      List.of(DEADLINE_DAY_ON_TIME, ON_TIME_WITHOUT_DEADLINE, RATE_PLACES, MEAN_PLACES),
      b -> new RegisterKpiRule(b.get(DEADLINE_DAY_ON_TIME), b.get(ON_TIME_WITHOUT_DEADLINE), b.get(RATE_PLACES),
          b.get(MEAN_PLACES)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param deadlineDayOnTime     the deadline day is on time
   * @param onTimeWithoutDeadline a hazard closed without a deadline is on time
   * @param ratePlaces            places of the rates
   * @param meanPlaces            places of the mean
   */
  public RegisterKpiRule {
    Require.nonNull("deadlineDayOnTime", deadlineDayOnTime);
    Require.nonNull("onTimeWithoutDeadline", onTimeWithoutDeadline);
    Require.nonNull("ratePlaces", ratePlaces);
    Require.nonNull("meanPlaces", meanPlaces);
  }
}
