package org.anxiao.safety.staffing;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * A staffing rule (人员配备规则), bound from the packs of one {@link StaffingTopic}'s kind
 * ({@code anxiao.safety.staffing.<topic>}): one structure parameter, {@code requirements}, holding the
 * {@link StaffingRules}. Every topic's kind has this same shape, so a place's rule — Beijing's,
 * Hubei's, Qingdao's guard rules — is a pack, never code. A narrower pack replaces its wider one's
 * requirements whole (a Minhang pack replaces GB/T 29315-2022's guard rule for Minhang schools).
 * Immutable.
 *
 * @param requirements the requirements in force
 */
public record StaffingRule(RuleValue<StaffingRules> requirements) {
  static final ParameterSpec<StaffingRules> REQUIREMENTS = ParameterSpec.structure("requirements",
      StaffingRules.class);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param requirements the requirements in force
   */
  public StaffingRule {
    Require.nonNull("requirements", requirements);
  }

  /** The kind {@code anxiao.safety.staffing.<name>}: each topic has its own, of the one shape. */
  static RuleKind<StaffingRule> kind(String name) {
    return RuleKind.of("anxiao.safety.staffing." + name, List.of(REQUIREMENTS),
        b -> new StaffingRule(b.get(REQUIREMENTS)));
  }
}
