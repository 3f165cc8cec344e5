package org.anxiao.safety.defence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The defence-measure rule (技防设施量化要求), bound from packs of kind {@code anxiao.safety.defence-measures}:
 * the least number of days video must be kept, and the share of the required points that must have a
 * working one-button emergency alarm.
 *
 * <p>The shipped pack {@code sh.minhang.defence-measures-2022} takes both from 闵行区教育局校园安全专项整治
 * 工作实施方案 (2022) §四(一)9: "确保图像保存时间不少于30日" (30 days) and "100%安装一键式紧急报警装置 …
 * 确保设备处于良好运行状态" (coverage 1, i.e. 100 %). Immutable and thread-safe.
 *
 * @param minimumRetentionDays  the least retention, whole days, from 1
 * @param requiredAlarmCoverage the least share of required points with a working alarm, in (0, 1]
 */
public record DefenceMeasureRule(RuleValue<Long> minimumRetentionDays, RuleValue<BigDecimal> requiredAlarmCoverage) {

  static final ParameterSpec<Long> MINIMUM_RETENTION_DAYS = ParameterSpec.wholeNumber("minimumRetentionDays",
      Optional.empty()).range(BigDecimal.ONE, BigDecimal.valueOf(3660));
  static final ParameterSpec<BigDecimal> REQUIRED_ALARM_COVERAGE = ParameterSpec.decimal("requiredAlarmCoverage")
      .range(BigDecimal.ZERO, BigDecimal.ONE);

  /** The rule kind {@code anxiao.safety.defence-measures}. */
  public static final RuleKind<DefenceMeasureRule> KIND = RuleKind.of("anxiao.safety.defence-measures",
      List.of(MINIMUM_RETENTION_DAYS, REQUIRED_ALARM_COVERAGE), DefenceMeasureRule::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param minimumRetentionDays  the least retention in days
   * @param requiredAlarmCoverage the least alarm coverage, in (0, 1]
   */
  public DefenceMeasureRule {
    Require.nonNull("minimumRetentionDays", minimumRetentionDays);
    Require.nonNull("requiredAlarmCoverage", requiredAlarmCoverage);
    Object rawDays = minimumRetentionDays.value();
    if (!(rawDays instanceof Long days) || days < 1) {
      throw refused(minimumRetentionDays, "must be a whole number of days from 1");
    }
    Object rawShare = requiredAlarmCoverage.value();
    if (!(rawShare instanceof BigDecimal share) || share.signum() <= 0
        || share.compareTo(BigDecimal.ONE) > 0) {
      throw refused(requiredAlarmCoverage, "must be a share above 0 and at most 1");
    }
  }

  private static RulePackException refused(RuleValue<?> value, String rule) {
    return new RulePackException(RulePackException.INVALID,
        value.applied().pack() + "#/parameters/" + value.applied().parameter() + "/value", value.applied().value(), rule);
  }

  private static DefenceMeasureRule bind(RuleBinding b) {
    return new DefenceMeasureRule(b.get(MINIMUM_RETENTION_DAYS), b.get(REQUIRED_ALARM_COVERAGE));
  }
}
