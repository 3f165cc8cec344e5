package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack indexes a registry reads: the shared one, then each provider's own, named by the rule. */
class PackIndexNamesTest {
  /** A provider naming a well-formed index of its own. */
  public static final class GoodIndex implements AnxiaoVocabulary {
    /** For the service loader. */
    public GoodIndex() {}

    @Override
    public List<String> packIndexes() {
      return List.of("META-INF/anxiao/packs/test-module/index.json");
    }
  }

  /** A provider naming an index outside the naming rule (the shared name, which a merged jar keeps once). */
  public static final class SharedName implements AnxiaoVocabulary {
    /** For the service loader. */
    public SharedName() {}

    @Override
    public List<String> packIndexes() {
      return List.of(PackIndex.RESOURCE);
    }
  }

  private static ClassLoader providing(Path dir, Class<?> provider) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(AnxiaoVocabulary.class.getName()), provider.getName() + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PackIndexNamesTest.class.getClassLoader());
  }

  @Test
  void aProvidersOwnIndexIsReadAfterTheSharedOne(@TempDir Path dir) throws IOException {
    List<String> names = KindDiscovery.packIndexes(providing(dir, GoodIndex.class));
    assertEquals(PackIndex.RESOURCE, names.get(0));
    assertTrue(names.contains("META-INF/anxiao/packs/test-module/index.json"), names.toString());
  }

  @Test
  void anIndexOutsideTheNamingRuleIsRefusedNamingItsProvider(@TempDir Path dir) throws IOException {
    ClassLoader loader = providing(dir, SharedName.class);
    VocabularyException e = assertThrows(VocabularyException.class, () -> KindDiscovery.packIndexes(loader));
    assertEquals(VocabularyException.INVALID, e.errorCode());
    assertTrue(e.getMessage().contains(SharedName.class.getName()), e.getMessage());
  }

  @Test
  void withTheCoreLoaderOnlyTheSharedIndexAndTheVisibleProvidersCount() {
    List<String> names = KindDiscovery.packIndexes(KindDiscovery.class.getClassLoader());
    assertEquals(PackIndex.RESOURCE, names.get(0));
    names.forEach(n -> assertTrue(n.equals(PackIndex.RESOURCE) || n.matches("META-INF/anxiao/packs/[a-z0-9-]+/index\\.json"), n));
  }
}
