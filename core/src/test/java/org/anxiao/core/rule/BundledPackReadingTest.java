package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs shipped in jars skip the run-time schema pass but not the strict reader or the version check. */
class BundledPackReadingTest {
  private static final String PACK = """
      {"schemaVersion":"%s","id":"mh.crowded-places","version":"1.0","kind":"anxiao.core.crowded-place-uses",
       "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
       "source":{"issuer":"某机关","document":"某文件","year":2024},"verification":"SECONDARY",%s
       "parameters":{"crowdedUses":{"type":"text-list","values":["TEACHING"]}}}
      """;

  private static ClassLoader jarWith(Path dir, String json) throws Exception {
    Files.writeString(dir.resolve("p.json"), json, StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void aGoodPackReads(@TempDir Path dir) throws Exception {
    assertEquals("mh.crowded-places", RulePackReader.readBundled(jarWith(dir, PACK.formatted("1.0", "")), "p.json").id());
  }

  @Test
  void anUnknownPropertyIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePackReader.readBundled(jarWith(dir, PACK.formatted("1.0", "\"extra\":1,")), "p.json"));
    assertEquals(Optional.of("p.json#/extra"), e.field());
  }

  @Test
  void anotherMajorVersionIsRefused(@TempDir Path dir) throws Exception {
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePackReader.readBundled(jarWith(dir, PACK.formatted("2.0", "")), "p.json"));
    assertEquals(Optional.of("p.json#/schemaVersion"), e.field());
    assertThrows(RulePackException.class, () -> RulePackReader.readBundled(jarWith(dir, PACK.formatted("1.0", "")), "q.json"));
  }
}
