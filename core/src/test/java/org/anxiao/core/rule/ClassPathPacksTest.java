package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.fire.CrowdedPlaceRule;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs listed in a class-path index are bound when first read, not when the registry is built;
 * {@link RulePackRegistry#checkAll()} reads and binds them all at once. An index of another major
 * schema version is refused when it is added. A plug-in's class loader contributes its own rule kinds.
 */
class ClassPathPacksTest {
  private static final String INDEX = """
      {"schemaVersion":"%s","packs":[{"resource":"mh/crowded.json","header":{"id":"mh.crowded-places","version":"1.0",
       "kind":"anxiao.core.crowded-place-uses","jurisdiction":"310112","validFrom":"2024-01-01","verification":"SECONDARY"}}]}
      """;
  private static final String PACK = """
      {"schemaVersion":"1.0","id":"mh.crowded-places","version":"1.0","kind":"anxiao.core.crowded-place-uses",
       "title":{"zh":"闵行","en":"Minhang"},"jurisdiction":"310112","validFrom":"2024-01-01",
       "source":{"issuer":"某机关","document":"某文件","year":2024},"verification":"SECONDARY",
       "parameters":{"crowdedUses":{"type":"text-list","values":["TEACHING","%s"]},
        "publicAssemblyUses":{"type":"text-list","values":["GYMNASIUM"]},
        "includePublicAssemblyUses":{"type":"boolean","value":false},
        "laboratoryUses":{"type":"text-list","values":["LABORATORY"]},
        "includeLaboratories":{"type":"boolean","value":false}}}
      """;

  /** A class loader that sees only {@code dir}: an index and the pack it lists. */
  private static ClassLoader jar(Path dir, String indexVersion, String use) throws Exception {
    Path index = dir.resolve(PackIndex.RESOURCE);
    Files.createDirectories(index.getParent());
    Files.writeString(index, INDEX.formatted(indexVersion), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("mh"));
    Files.writeString(dir.resolve("mh/crowded.json"), PACK.formatted(use), StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void aListedPackThatDoesNotBindIsRefusedByCheckAllNotByBuild(@TempDir Path dir) throws Exception {
    RulePackRegistry registry = RulePackRegistry.builder().addClassPath(jar(dir, "1.0", "SWIMMING_POOL")).build();
    RulePackException e = assertThrows(RulePackException.class, registry::checkAll);
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of("mh.crowded-places@1.0#/parameters/crowdedUses/values/1"), e.field());
    assertEquals(Optional.of("SWIMMING_POOL"), e.value());
  }

  @Test
  void aListedPackThatBindsPassesCheckAllAndIsSelected(@TempDir Path dir) throws Exception {
    RulePackRegistry registry = RulePackRegistry.builder().addClassPath(jar(dir, "1.0", "LIBRARY")).build();
    registry.checkAll();
    BoundRules<CrowdedPlaceRule> bound = registry.bind(CrowdedPlaceRule.KIND,
        RuleQuery.of(CrowdedPlaceRule.KIND.id(), JurisdictionCode.of("310112"), LocalDate.of(2024, 9, 1)));
    assertEquals(java.util.List.of(PackRef.of("mh.crowded-places", "1.0")), bound.packs());
  }

  @Test
  void anIndexOfAnotherMajorVersionIsRefusedWhenAdded(@TempDir Path dir) throws Exception {
    ClassLoader loader = jar(dir, "2.0", "LIBRARY");
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> RulePackRegistry.builder().addClassPath(loader));
    assertEquals(Optional.of("/schemaVersion"), e.field());
    assertEquals(Optional.of("2.0"), e.value());
  }

  @Test
  void aPluginLoadersRuleKindsAreRegisteredOnlyThroughThatLoader(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services/org.anxiao.core.spi.AnxiaoVocabulary");
    Files.createDirectories(services.getParent());
    Files.writeString(services, PluginRuleKinds.class.getName() + "\n", StandardCharsets.UTF_8);
    ClassLoader app = RulePackRegistry.class.getClassLoader();
    try (URLClassLoader plugin = new URLClassLoader(new URL[] {dir.toUri().toURL()}, app)) {
      RulePackRegistry withPlugin = RulePackRegistry.builder().addClassPath(plugin).build();
      assertSame(PluginRuleKinds.KIND, withPlugin.kinds().get(PluginRuleKinds.KIND.id()));
    }
    assertFalse(RulePackRegistry.builder().addClassPath(app).build().kinds().containsKey(PluginRuleKinds.KIND.id()),
        "core's own discovery does not list the plug-in's provider");
  }
}
