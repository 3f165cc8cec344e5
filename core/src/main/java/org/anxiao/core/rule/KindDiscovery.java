package org.anxiao.core.rule;

import java.util.List;
import java.util.Map;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Lazy;
import org.anxiao.core.spi.AnxiaoVocabulary;

/**
 * The rule kinds the modules on the class or module path contribute through
 * {@link AnxiaoVocabulary#ruleKinds()}, merged once: a kind id keeps one kind object, so two
 * different kinds with one id are a {@link org.anxiao.core.error.VocabularyException} clash.
 */
final class KindDiscovery {
  private static final Lazy<List<RuleKind<?>>> KINDS = new Lazy<>("rule kind", KindDiscovery::merge);

  private KindDiscovery() {}

  static List<RuleKind<?>> discovered() {
    return KINDS.get();
  }

  private static List<RuleKind<?>> merge() {
    Map<String, Contributions.Entry<RuleKind<?>>> merged = Contributions.byKey("rule kind", Map.<String, RuleKind<?>>of(),
        Contributions.providers(), AnxiaoVocabulary::ruleKinds, RuleKind::id, (a, b) -> a == b, RuleKind::toString);
    return merged.values().stream().<RuleKind<?>>map(Contributions.Entry::value).toList();
  }
}
