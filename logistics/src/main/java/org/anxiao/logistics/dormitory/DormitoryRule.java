package org.anxiao.logistics.dormitory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The dormitory rule (学生公寓管理规则), rule kind {@code anxiao.logistics.dormitory}, bound from the packs
 * in force (the narrowest pack that defines a parameter gives it). Every parameter is optional: a place
 * whose packs do not define one has no such rule, and the check is not made.
 *
 * <ul>
 *   <li>{@code safetyOfficerPerRoom} ({@code boolean}): every room must name one pupil safety officer —
 *       鲁教安字〔2018〕1号 §三(四)3, "寄宿制学校的每个学生宿舍要明确1名学生担任安全员" (pack
 *       {@code sd.dormitory-safety-officers-2018}, 370000);</li>
 *   <li>{@code responsibilities} ({@code text-list} of {@link Responsibility}): the responsibilities each
 *       room must have assigned — 沪教委后〔2024〕10号 §四2 (pack {@code sh.dormitory-responsibilities-2024},
 *       310000);</li>
 *   <li>{@code maxOccupancyRate} (pure number, 1 = design capacity, at least 0): the highest occupancy
 *       rate a room may have (pack {@code cn.dormitory-design-capacity}, CN, {@code UNVERIFIED}: Anxiao's
 *       reading that a room holds no more pupils than its beds).</li>
 * </ul>
 * Immutable.
 *
 * @param safetyOfficerPerRoom whether every room needs a safety officer, if a pack defines it
 * @param responsibilities     the responsibilities required per room, if a pack defines them
 * @param maxOccupancyRate     the highest occupancy rate allowed, if a pack defines it
 */
public record DormitoryRule(Optional<RuleValue<Boolean>> safetyOfficerPerRoom,
    Optional<RuleValue<Set<Responsibility>>> responsibilities, Optional<RuleValue<BigDecimal>> maxOccupancyRate) {
  static final ParameterSpec<Boolean> SAFETY_OFFICER_PER_ROOM = ParameterSpec.flag("safetyOfficerPerRoom").optional();
  static final ParameterSpec<Set<Responsibility>> RESPONSIBILITIES =
      ParameterSpec.enumSet("responsibilities", Responsibility.class).optional();
  static final ParameterSpec<BigDecimal> MAX_OCCUPANCY_RATE =
      ParameterSpec.decimal("maxOccupancyRate").nonNegative().optional();

  /** The rule kind {@code anxiao.logistics.dormitory}. */
  public static final RuleKind<DormitoryRule> KIND = RuleKind.of("anxiao.logistics.dormitory",
      List.of(SAFETY_OFFICER_PER_ROOM, RESPONSIBILITIES, MAX_OCCUPANCY_RATE),
      b -> new DormitoryRule(b.find(SAFETY_OFFICER_PER_ROOM), b.find(RESPONSIBILITIES), b.find(MAX_OCCUPANCY_RATE)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param safetyOfficerPerRoom whether every room needs a safety officer, if defined
   * @param responsibilities     the responsibilities required, if defined
   * @param maxOccupancyRate     the highest occupancy rate allowed, if defined
   */
  public DormitoryRule {
    Require.nonNull("safetyOfficerPerRoom", safetyOfficerPerRoom);
    Require.nonNull("responsibilities", responsibilities);
    Require.nonNull("maxOccupancyRate", maxOccupancyRate);
  }
}
