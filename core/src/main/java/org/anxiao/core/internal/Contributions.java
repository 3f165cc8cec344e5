package org.anxiao.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.spi.AnxiaoVocabulary;

/**
 * The providers of {@link AnxiaoVocabulary} and the one way their contributions are merged into a
 * vocabulary: {@link #collect} gathers one section (units, subject kinds, document types, mix-ins)
 * from every provider, tagged with the provider's name, and {@link #put} enters one definition into a
 * table, where a code that is already there must keep its meaning; {@link #byKey} does both for a
 * section whose contributions are the values themselves. Every section of the SPI, including rule
 * kinds ({@code RuleKind<T>} in {@code org.anxiao.core.rule}) once the SPI gains them, is merged with
 * these methods, so clashes are reported the same way everywhere.
 *
 * <p>Providers are found once, on the first lookup in any vocabulary:
 * {@code ServiceLoader.load(ModuleLayer, …)} over core's layer when core is a named module (module
 * path; core's descriptor {@code uses} the service), and {@code ServiceLoader.load(…, core's class
 * loader)} in every case (class path, and providers reachable through that loader). A provider seen
 * both ways counts once; providers are taken in order of class name, so that merging and its error
 * messages do not depend on the class path's order. Thread-safe.
 */
public final class Contributions {
  /** The name core's own definitions carry in clash messages. */
  public static final String CORE = "org.anxiao.core (built in)";

  private static final Lazy<List<AnxiaoVocabulary>> PROVIDERS = new Lazy<>("vocabulary provider",
      Contributions::discover);

  private Contributions() {}

  /**
   * One contribution and the provider that made it.
   *
   * @param provider the provider's name (its class name, or {@link #CORE})
   * @param value    the contribution
   * @param <C>      the contribution's type
   */
  public record Entry<C>(String provider, C value) {
    public Entry {
      Require.nonBlank("provider", provider);
      Require.nonNull("value", value);
    }
  }

  /** The providers found by {@link ServiceLoader}, loaded on the first call; see the class comment. */
  public static List<AnxiaoVocabulary> providers() {
    return PROVIDERS.get();
  }

  /** The name of {@code provider} in messages: its class name. */
  public static String nameOf(AnxiaoVocabulary provider) {
    return provider.getClass().getName();
  }

  /** Finds the providers afresh, in order of class name; {@link #providers()} keeps the first result. */
  static List<AnxiaoVocabulary> discover() {
    Module core = AnxiaoVocabulary.class.getModule();
    ClassLoader loader = AnxiaoVocabulary.class.getClassLoader();
    Map<Class<?>, AnxiaoVocabulary> found = new LinkedHashMap<>();
    try {
      if (core.isNamed() && core.getLayer() != null) {
        add(found, ServiceLoader.load(core.getLayer(), AnxiaoVocabulary.class));
      }
      add(found, ServiceLoader.load(AnxiaoVocabulary.class, loader));
    } catch (ServiceConfigurationError e) {
      throw new VocabularyException(VocabularyException.INVALID, "provider", null,
          "a vocabulary provider (" + AnxiaoVocabulary.class.getName() + ") cannot be loaded: " + e.getMessage(), e);
    }
    return byName(found.values());
  }

  /** {@code providers} in order of class name, unmodifiable. */
  static List<AnxiaoVocabulary> byName(Collection<AnxiaoVocabulary> providers) {
    List<AnxiaoVocabulary> sorted = new ArrayList<>(providers);
    sorted.sort(BY_NAME);
    return List.copyOf(sorted);
  }

  /** Providers by class name; a class rather than a lambda, which would cost start-up time to link. */
  private static final Comparator<AnxiaoVocabulary> BY_NAME = new Comparator<>() {
    @Override
    public int compare(AnxiaoVocabulary a, AnxiaoVocabulary b) {
      return nameOf(a).compareTo(nameOf(b));
    }
  };

  private static void add(Map<Class<?>, AnxiaoVocabulary> found, ServiceLoader<AnxiaoVocabulary> loader) {
    for (Iterator<ServiceLoader.Provider<AnxiaoVocabulary>> it = loader.stream().iterator(); it.hasNext(); ) {
      ServiceLoader.Provider<AnxiaoVocabulary> p = it.next();
      if (!found.containsKey(p.type())) {
        found.put(p.type(), p.get());
      }
    }
  }

  /**
   * The contributions of one section by every provider, in provider order. A provider whose method
   * throws, returns null or lists a null is an error naming the provider.
   *
   * @param section   the vocabulary, for messages, e.g. {@code "unit"}
   * @param providers the providers, e.g. {@link #providers()}
   * @param part      the section's method, e.g. {@code AnxiaoVocabulary::units}
   */
  public static <C> List<Entry<C>> collect(String section, List<AnxiaoVocabulary> providers,
      Function<AnxiaoVocabulary, ? extends Collection<? extends C>> part) {
    List<Entry<C>> all = new ArrayList<>();
    for (AnxiaoVocabulary provider : Require.nonNull("providers", providers)) {
      String name = nameOf(provider);
      Collection<? extends C> listed;
      try {
        listed = part.apply(provider);
      } catch (RuntimeException e) {
        throw new VocabularyException(VocabularyException.INVALID, section, null,
            "provider " + name + " failed to list its contributions: " + e.getMessage(), e);
      }
      if (listed == null) {
        throw new VocabularyException(VocabularyException.INVALID, section, null,
            "provider " + name + " returned null instead of a list (return an empty list)", null);
      }
      for (C c : listed) {
        if (c == null) {
          throw new VocabularyException(VocabularyException.INVALID, section, null,
              "provider " + name + " listed a null contribution", null);
        }
        all.add(new Entry<>(name, c));
      }
    }
    return all;
  }

  /**
   * One section merged by key into an unmodifiable map, in order: {@code builtIns} first (as
   * {@link #CORE}'s), then every provider's contributions ({@link #collect}), each entered with
   * {@link #put}. This is the hook for a section whose contributions are the values themselves; rule
   * kinds, for instance, merge as
   * {@code byKey("rule kind", coreKinds, providers(), AnxiaoVocabulary::ruleKinds, RuleKind::id, Object::equals, RuleKind::id)}
   * once the SPI has a {@code ruleKinds()} method.
   *
   * @return the merged section, built-ins included, each value with its provider
   * @throws VocabularyException when a key gets two meanings, or a provider fails
   */
  public static <K, C> Map<K, Entry<C>> byKey(String section, Map<K, ? extends C> builtIns,
      List<AnxiaoVocabulary> providers, Function<AnxiaoVocabulary, ? extends Collection<? extends C>> part,
      Function<? super C, ? extends K> key, BiPredicate<? super C, ? super C> sameMeaning,
      Function<? super C, String> describe) {
    Map<K, Entry<C>> table = new LinkedHashMap<>();
    for (Map.Entry<K, ? extends C> core : builtIns.entrySet()) {
      table.put(core.getKey(), new Entry<>(CORE, core.getValue()));
    }
    for (Entry<C> e : collect(section, providers, part)) {
      put(section, table, key.apply(e.value()), e, sameMeaning, describe);
    }
    return java.util.Collections.unmodifiableMap(table);
  }

  /**
   * Enters {@code entry} under {@code key}. A key that is already present must keep its meaning
   * ({@code sameMeaning}); otherwise a {@link VocabularyException#CLASH} names the key, both
   * providers and both meanings ({@code describe}).
   *
   * @return true if the key was new, false if it was already there with the same meaning
   */
  public static <K, V> boolean put(String section, Map<K, Entry<V>> table, K key, Entry<V> entry,
      BiPredicate<? super V, ? super V> sameMeaning, Function<? super V, String> describe) {
    Entry<V> old = table.get(key);
    if (old == null) {
      table.put(key, entry);
      return true;
    }
    if (sameMeaning.test(old.value(), entry.value())) {
      return false;
    }
    String defined = Objects.equals(old.provider(), entry.provider())
        ? "twice by " + old.provider() + ", as " + describe.apply(old.value()) + " and as "
            + describe.apply(entry.value())
        : "by " + old.provider() + " as " + describe.apply(old.value()) + " and by " + entry.provider()
            + " as " + describe.apply(entry.value());
    throw new VocabularyException(VocabularyException.CLASH, section,
        key instanceof Class<?> type ? type.getName() : key, "is defined " + defined, null);
  }
}
