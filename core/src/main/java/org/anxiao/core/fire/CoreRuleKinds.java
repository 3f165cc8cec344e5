package org.anxiao.core.fire;

import java.util.List;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.spi.AnxiaoVocabulary;

/**
 * Core's own rule kinds, contributed through the vocabulary service like any module's: the rule
 * package sits below the calculators that define the kinds, so it discovers them instead of naming
 * them. Registered in core's module descriptor and in {@code META-INF/services}.
 */
public final class CoreRuleKinds implements AnxiaoVocabulary {
  /** For the service loader. */
  public CoreRuleKinds() {}

  @Override
  public List<RuleKind<?>> ruleKinds() {
    return List.of(CrowdedPlaceRule.KIND);
  }
}
