package org.anxiao.safety.register;

import java.time.DayOfWeek;
import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * A hazard campaign with weekly reporting (专项整治及周报), bound from packs of kind
 * {@code anxiao.safety.campaign}: the plan (phases, due dates) and the day a report week starts.
 * Immutable and thread-safe.
 *
 * @param plan      the campaign's phases and due dates
 * @param weekStart the first day of a report week; a week is seven days from it
 */
public record CampaignRule(RuleValue<CampaignPlan> plan, RuleValue<DayOfWeek> weekStart) {
  static final ParameterSpec<CampaignPlan> PLAN = ParameterSpec.structure("plan", CampaignPlan.class);
  static final ParameterSpec<DayOfWeek> WEEK_START = ParameterSpec.enumValue("weekStart", DayOfWeek.class);

  /** The rule kind {@code anxiao.safety.campaign}. */
  public static final RuleKind<CampaignRule> KIND = RuleKind.of("anxiao.safety.campaign", List.of(PLAN, WEEK_START),
      b -> new CampaignRule(b.get(PLAN), b.get(WEEK_START)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param plan      the plan
   * @param weekStart the first day of a week
   */
  public CampaignRule {
    Require.nonNull("plan", plan);
    Require.nonNull("weekStart", weekStart);
  }
}
