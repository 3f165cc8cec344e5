package org.anxiao.safety.hazard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The national hazard-management rule (事故隐患排查治理规定), bound from packs of kind
 * {@code anxiao.safety.hazard-management}: which of the five elements ({@link PlanElement}, "五落实") a
 * major hazard's rectification plan (重大事故隐患治理方案) must settle.
 *
 * <p>The bundled pack {@code cn.aqjg-16.hazard-management} reads 安全生产事故隐患排查治理暂行规定
 * (国家安全生产监督管理总局令第16号, in force 2008-02-01; {@code SECONDARY}), still the operative national
 * rule. A State Council 生产安全事故隐患排查治理条例 was out in draft in early 2026: when it is in force, a
 * pack of this kind for the 条例 takes over from its {@code validFrom} (the 16号令 pack then gets a
 * {@code validTo}), and the optional parameter {@code supersededBy} of the older pack names the rule
 * that replaces it ({@link #supersededBy()}), so a result read under the old rule says what replaced
 * it. Immutable and thread-safe.
 *
 * @param majorPlanElements the elements a major hazard's plan must cover
 * @param supersededBy      the rule (document) that replaces this one, when a pack says so
 */
public record HazardManagementRule(RuleValue<Set<PlanElement>> majorPlanElements,
    Optional<RuleValue<String>> supersededBy) {
  static final ParameterSpec<Set<PlanElement>> MAJOR_PLAN_ELEMENTS =
      ParameterSpec.enumSet("majorPlanElements", PlanElement.class);
  static final ParameterSpec<String> SUPERSEDED_BY = ParameterSpec.text("supersededBy").optional();

  /** The rule kind {@code anxiao.safety.hazard-management}. */
  public static final RuleKind<HazardManagementRule> KIND = RuleKind.of("anxiao.safety.hazard-management",
      List.of(MAJOR_PLAN_ELEMENTS, SUPERSEDED_BY),
      b -> new HazardManagementRule(b.get(MAJOR_PLAN_ELEMENTS), b.find(SUPERSEDED_BY)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param majorPlanElements the elements a major hazard's plan must cover
   * @param supersededBy      the rule that replaces this one, if any (null is read as empty)
   */
  public HazardManagementRule {
    Require.nonNull("majorPlanElements", majorPlanElements);
    supersededBy = Objects.requireNonNullElse(supersededBy, Optional.empty());
  }
}
