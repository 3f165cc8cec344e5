package org.anxiao.energy.water;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * School water quotas (用水定额) in two tiers — 通用值 general and 先进值 advanced — m³ per person per
 * year by school category, bound from packs of kind {@code anxiao.energy.water-quotas}. The Ministry
 * of Water Resources' 2019 school quotas are not read here (their values are unverified), so no
 * pack ships: a caller registers its own. Immutable and thread-safe.
 *
 * @param general  通用值 by category, m³/person·a
 * @param advanced 先进值 by category, m³/person·a
 */
public record WaterQuotaRule(RuleValue<RuleTable<String>> general, RuleValue<RuleTable<String>> advanced) {

  static final ParameterSpec<RuleTable<String>> GENERAL = ParameterSpec.decimalTable("general", "m3/person").positive();
  static final ParameterSpec<RuleTable<String>> ADVANCED = ParameterSpec.decimalTable("advanced", "m3/person").positive();

  /** The rule kind {@code anxiao.energy.water-quotas}. */
  public static final RuleKind<WaterQuotaRule> KIND = RuleKind.of("anxiao.energy.water-quotas",
      List.of(GENERAL, ADVANCED), b -> new WaterQuotaRule(b.get(GENERAL), b.get(ADVANCED)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param general  通用值 by category
   * @param advanced 先进值 by category
   */
  public WaterQuotaRule {
    Require.nonNull("general", general);
    Require.nonNull("advanced", advanced);
  }
}
