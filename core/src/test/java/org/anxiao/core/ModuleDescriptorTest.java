package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/**
 * The exported API is exactly the listed packages; {@code internal} goes to Anxiao modules only; the
 * one service core uses is the vocabulary SPI.
 */
class ModuleDescriptorTest {
  @Test
  void exportsExactlyThePublicPackages() throws IOException, URISyntaxException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(
        Path.of(AnxiaoJson.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("org.anxiao.core", d.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    d.exports().forEach(e -> exports.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()) : Set.of()));
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String p : new String[] {"batch", "calc", "campus", "error", "finding", "fire", "geo", "json", "jurisdiction",
        "money", "rule",
        "school", "scorecard", "spi", "text", "time", "unit"}) {
      expected.put("org.anxiao.core." + p, Set.of());
    }
    expected.put("org.anxiao.core.internal", new TreeSet<>(Set.of("org.anxiao.energy", "org.anxiao.safety", "org.anxiao.logistics")));
    assertEquals(expected, exports);
    assertTrue(d.packages().contains("org.anxiao.core.internal"));
    assertEquals(Set.of("org.anxiao.core.spi.AnxiaoVocabulary"), d.uses(), "core looks up its vocabulary providers");
  }
}
