package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.anxiao.core.fire.CoreRuleKinds;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.TestVocabulary;
import org.junit.jupiter.api.Test;

/**
 * Discovery of the vocabulary providers, run afresh rather than read from the table kept by
 * {@link Contributions#providers()}: the class path's provider is found once, and providers are taken
 * in order of class name whatever order they were found in.
 */
class ProviderDiscoveryTest {
  static final class Zulu implements AnxiaoVocabulary {}

  static final class Alpha implements AnxiaoVocabulary {}

  static final class Mike implements AnxiaoVocabulary {}

  private static List<Class<?>> classes(List<AnxiaoVocabulary> providers) {
    return providers.stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void theClassPathProvidersAreFoundOnceEachInOrderOfClassName() {
    List<AnxiaoVocabulary> found = Contributions.discover();
    // core's own rule kinds (org.anxiao.core.fire) and the tests' vocabulary (org.anxiao.core.spi)
    assertEquals(List.of(CoreRuleKinds.class, TestVocabulary.class), classes(found));
    assertEquals(classes(Contributions.providers()), classes(found));
    assertThrows(UnsupportedOperationException.class, () -> found.add(new Alpha()));
  }

  @Test
  void providersAreOrderedByClassName() {
    List<AnxiaoVocabulary> sorted = Contributions.byName(List.of(new Zulu(), new Alpha(), new Mike()));
    assertEquals(List.of(Alpha.class, Mike.class, Zulu.class), classes(sorted));
    assertEquals(List.of(), Contributions.byName(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> sorted.remove(0));
  }
}
