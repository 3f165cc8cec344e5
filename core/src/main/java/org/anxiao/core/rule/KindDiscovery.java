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

  /** A module's own pack index: {@code META-INF/anxiao/packs/<name>/index.json}. */
  private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile(
      "META-INF/anxiao/packs/[a-z0-9-]+/index\\.json");

  /**
   * The pack-index resources to read for {@code loader}: the shared one, then those named by the
   * providers visible to core and to {@code loader}, each checked against the naming rule.
   */
  static List<String> packIndexes(ClassLoader loader) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    names.add(PackIndex.RESOURCE);
    List<AnxiaoVocabulary> providers = new java.util.ArrayList<>(Contributions.providers());
    if (loader != KindDiscovery.class.getClassLoader()) {
      java.util.ServiceLoader.load(AnxiaoVocabulary.class, loader).forEach(providers::add);
    }
    for (AnxiaoVocabulary provider : providers) {
      for (String name : Contributions.collect("pack index", List.of(provider), AnxiaoVocabulary::packIndexes)
          .stream().map(Contributions.Entry::value).toList()) {
        if (!INDEX.matcher(name).matches()) {
          throw new org.anxiao.core.error.VocabularyException(org.anxiao.core.error.VocabularyException.INVALID,
              "pack index", name, "provider " + Contributions.nameOf(provider)
              + " names a pack index that does not match META-INF/anxiao/packs/<name>/index.json", null);
        }
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static List<RuleKind<?>> merge() {
    Map<String, Contributions.Entry<RuleKind<?>>> merged = Contributions.byKey("rule kind", Map.<String, RuleKind<?>>of(),
        Contributions.providers(), AnxiaoVocabulary::ruleKinds, RuleKind::id, (a, b) -> a == b, RuleKind::toString);
    return merged.values().stream().<RuleKind<?>>map(Contributions.Entry::value).toList();
  }
}
