package org.anxiao.logistics.dormitory;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The dormitory night-duty rule (宿舍夜间值班与巡查规则), rule kind {@code anxiao.logistics.dormitory-night-duty},
 * bound from the packs in force (the narrowest pack that defines a parameter gives it). Every parameter is
 * optional: a place whose packs do not define one has no such rule, and the check is not made.
 *
 * <ul>
 *   <li>{@code dutyRequired} ({@code boolean}): someone must be on duty in the building at night —
 *       闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)6 "落实值班值守制度" and §四(一)8 "寄宿制学校夜间……
 *       开展日常守护、巡逻" (pack {@code sh.minhang.dormitory-night-duty-2022}, 310112, {@code OFFICIAL_TEXT});</li>
 *   <li>{@code incidentsReported} ({@code boolean}): every incident must be reported — §四(一)6
 *       "发生突发事件第一时间报告" (same pack);</li>
 *   <li>{@code roomCheckRequired} ({@code boolean}): every occupied room must be checked at night (查寝) —
 *       Anxiao's reading, not the text, of 沪教委后〔2024〕10号 §四2 (切实加强安全保卫工作; 寝室检查) as a
 *       nightly room check (pack {@code sh.example.dormitory-night-checks}, 310000, {@code UNVERIFIED});</li>
 *   <li>{@code minimumPatrolRounds} (whole number, at least 0): the fewest patrol rounds a night — no seed
 *       gives a number; the shipped value 2 is illustrative (same {@code UNVERIFIED} pack), so findings on it
 *       come only from a caller's pack or under {@code ALLOW_UNVERIFIED}.</li>
 * </ul>
 * Immutable.
 *
 * @param dutyRequired        whether someone must be on duty, if a pack defines it
 * @param minimumPatrolRounds the fewest patrol rounds a night, if a pack defines it
 * @param roomCheckRequired   whether every occupied room must be checked, if a pack defines it
 * @param incidentsReported   whether every incident must be reported, if a pack defines it
 */
public record NightDutyRule(Optional<RuleValue<Boolean>> dutyRequired, Optional<RuleValue<Long>> minimumPatrolRounds,
    Optional<RuleValue<Boolean>> roomCheckRequired, Optional<RuleValue<Boolean>> incidentsReported) {
  static final ParameterSpec<Boolean> DUTY_REQUIRED = ParameterSpec.flag("dutyRequired").optional();
  static final ParameterSpec<Long> MINIMUM_PATROL_ROUNDS =
      ParameterSpec.wholeNumber("minimumPatrolRounds", Optional.empty()).nonNegative().optional();
  static final ParameterSpec<Boolean> ROOM_CHECK_REQUIRED = ParameterSpec.flag("roomCheckRequired").optional();
  static final ParameterSpec<Boolean> INCIDENTS_REPORTED = ParameterSpec.flag("incidentsReported").optional();

  /** The rule kind {@code anxiao.logistics.dormitory-night-duty}. */
  public static final RuleKind<NightDutyRule> KIND = RuleKind.of("anxiao.logistics.dormitory-night-duty",
      List.of(DUTY_REQUIRED, MINIMUM_PATROL_ROUNDS, ROOM_CHECK_REQUIRED, INCIDENTS_REPORTED),
      b -> new NightDutyRule(b.find(DUTY_REQUIRED), b.find(MINIMUM_PATROL_ROUNDS), b.find(ROOM_CHECK_REQUIRED),
          b.find(INCIDENTS_REPORTED)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param dutyRequired        whether someone must be on duty, if defined
   * @param minimumPatrolRounds the fewest patrol rounds, if defined
   * @param roomCheckRequired   whether every occupied room must be checked, if defined
   * @param incidentsReported   whether every incident must be reported, if defined
   */
  public NightDutyRule {
    Require.nonNull("dutyRequired", dutyRequired);
    Require.nonNull("minimumPatrolRounds", minimumPatrolRounds);
    Require.nonNull("roomCheckRequired", roomCheckRequired);
    Require.nonNull("incidentsReported", incidentsReported);
  }
}
