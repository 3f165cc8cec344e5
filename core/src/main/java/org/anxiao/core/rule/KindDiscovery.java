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

  /**
   * The kinds of the providers {@code loader} sees (e.g. a plug-in's class loader), listed afresh;
   * a registry builder refuses two different kinds with one id.
   */
  static List<RuleKind<?>> visibleTo(ClassLoader loader) {
    List<RuleKind<?>> kinds = new java.util.ArrayList<>();
    for (AnxiaoVocabulary provider : java.util.ServiceLoader.load(AnxiaoVocabulary.class, loader)) {
      Contributions.collect("rule kind", List.of(provider), AnxiaoVocabulary::ruleKinds)
          .forEach(e -> kinds.add(e.value()));
    }
    return kinds;
  }

  private static List<RuleKind<?>> merge() {
    Map<String, Contributions.Entry<RuleKind<?>>> merged = Contributions.byKey("rule kind", Map.<String, RuleKind<?>>of(),
        Contributions.providers(), AnxiaoVocabulary::ruleKinds, RuleKind::id, (a, b) -> a == b, RuleKind::toString);
    return merged.values().stream().<RuleKind<?>>map(Contributions.Entry::value).toList();
  }
}
