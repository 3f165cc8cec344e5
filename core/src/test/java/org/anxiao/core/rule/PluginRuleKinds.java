package org.anxiao.core.rule;

import java.util.List;
import org.anxiao.core.spi.AnxiaoVocabulary;

/**
 * A vocabulary provider that only a plug-in's class loader lists (see {@link ClassPathPacksTest}):
 * it is not in the test classes' {@code META-INF/services}, so core's own discovery never sees it.
 */
public final class PluginRuleKinds implements AnxiaoVocabulary {
  /** The rule kind the plug-in contributes. */
  public static final RuleKind<String> KIND = RuleKind.of("anxiao.test.plugin-kind", List.of(), b -> "plugin");

  /** Creates the provider, as {@link java.util.ServiceLoader} does. */
  public PluginRuleKinds() {}

  @Override
  public List<RuleKind<?>> ruleKinds() {
    return List.of(KIND);
  }
}
