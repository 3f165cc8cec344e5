package org.anxiao.safety.zone;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * The school safety-zone rule (学校周边安全区域规则), bound from packs of kind {@code
 * anxiao.safety.safety-zone}: {@code radii}, a table of {@link VenueCategory} → radius in metres
 * (unit {@code m}), one row per restricted category, each row with its own verification. A venue of a
 * listed category no farther than its radius from any point of the campus boundary is inside the zone;
 * exactly the radius is inside.
 *
 * <p>Packs shipped: {@code cn.internet-cafe.school-zone} (CN, SECONDARY: internet cafés 200 m,
 * 互联网上网服务营业场所管理条例 art. 9, the distance from any point of the campus boundary per the
 * State Council legal office's 2003 reply), {@code sh.minhang.school-zone} (310112, OFFICIAL_TEXT:
 * internet cafés, KTV and game rooms 200 m, Minhang 2022 方案 四(一)10) and {@code
 * zj.lishui.school-zone} (331100, OFFICIAL_TEXT for the categories of 丽教办安〔2024〕10号 二(四); the
 * document sets no radius, so its rows other than internet cafés carry 200 m as UNVERIFIED). Immutable.
 *
 * @param radii the radius per restricted category, metres
 */
public record SafetyZoneRule(RuleValue<RuleTable<VenueCategory>> radii) {
  static final ParameterSpec<RuleTable<VenueCategory>> RADII =
      ParameterSpec.decimalTable("radii", VenueCategory.class, "m").positive();

  /** The rule kind {@code anxiao.safety.safety-zone}. */
  public static final RuleKind<SafetyZoneRule> KIND = RuleKind.of("anxiao.safety.safety-zone", List.of(RADII),
      b -> new SafetyZoneRule(b.get(RADII)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param radii the radius per restricted category
   */
  public SafetyZoneRule {
    Require.nonNull("radii", radii);
  }
}
