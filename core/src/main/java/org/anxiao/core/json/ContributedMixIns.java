package org.anxiao.core.json;

import com.fasterxml.jackson.databind.introspect.ClassIntrospector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Contributions.Entry;
import org.anxiao.core.internal.Lazy;
import org.anxiao.core.internal.Require;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.MixInRegistrar;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson mix-ins every {@link AnxiaoVocabulary} registers, as a resolver Jackson consults when it
 * first introspects a type. Types of core, the JDK and Jackson are never mixed into, so they are
 * answered without loading providers: reading and writing core's own documents (and core's own
 * class initialisation, which reads bundled tables) never triggers a provider scan. Thread-safe.
 */
final class ContributedMixIns implements ClassIntrospector.MixInResolver {
  static final ContributedMixIns INSTANCE = new ContributedMixIns();
  private static final String SECTION = "mix-in";
  private static final Lazy<Map<Class<?>, Class<?>>> TABLE = new Lazy<>(SECTION,
      () -> merge(Contributions.providers()));

  private ContributedMixIns() {}

  @Override
  public @Nullable Class<?> findMixInClassFor(Class<?> type) {
    return reserved(type) ? null : TABLE.get().get(type);
  }

  @Override
  public ClassIntrospector.MixInResolver copy() {
    return this;
  }

  /** Every contributed mix-in, target to mix-in; merged on the first call. */
  static Map<Class<?>, Class<?>> all() {
    return TABLE.get();
  }

  /** True for the types whose wire form core fixes: core's own, the JDK's and Jackson's. */
  static boolean reserved(Class<?> type) {
    if (type.isPrimitive() || type.isArray()) {
      return true;
    }
    String n = type.getName();
    return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.")
        || n.startsWith("org.anxiao.core.") || n.startsWith("com.fasterxml.jackson.");
  }

  /**
   * The mix-ins of {@code providers}, target to mix-in.
   *
   * @throws VocabularyException for a reserved target, or two mix-ins for one target
   */
  static Map<Class<?>, Class<?>> merge(List<AnxiaoVocabulary> providers) {
    if (providers.isEmpty()) {
      return Map.of();
    }
    Map<Class<?>, Entry<Class<?>>> table = new LinkedHashMap<>();
    for (Entry<Map.Entry<Class<?>, Class<?>>> e : Contributions.<Map.Entry<Class<?>, Class<?>>>collect(SECTION,
        providers, ContributedMixIns::registered)) {
      Class<?> target = e.value().getKey();
      if (reserved(target)) {
        throw new VocabularyException(VocabularyException.INVALID, SECTION, target.getName(),
            "provider " + e.provider() + " mixes into a type of core, the JDK or Jackson, whose wire form"
                + " core fixes; mix into the provider's own types only", null);
      }
      Contributions.put(SECTION, table, target, new Entry<>(e.provider(), e.value().getValue()), Object::equals,
          Class::getName);
    }
    Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
    table.forEach((t, e) -> mixIns.put(t, e.value()));
    return java.util.Collections.unmodifiableMap(mixIns);
  }

  private static List<Map.Entry<Class<?>, Class<?>>> registered(AnxiaoVocabulary provider) {
    Recorder r = new Recorder();
    try {
      provider.mixIns(r);
    } finally {
      r.closed = true;
    }
    return r.pairs;
  }

  /** The registrar a provider is handed; valid only during its {@code mixIns} call. */
  private static final class Recorder implements MixInRegistrar {
    final List<Map.Entry<Class<?>, Class<?>>> pairs = new ArrayList<>();
    volatile boolean closed;

    @Override
    public MixInRegistrar mixIn(Class<?> target, Class<?> mixIn) {
      Require.that(!closed, "registrar", null, "is valid only during AnxiaoVocabulary.mixIns");
      pairs.add(Map.entry(Require.nonNull("target", target), Require.nonNull("mixIn", mixIn)));
      return this;
    }
  }
}
