package org.anxiao.safety.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/** The zone packs pass the rule-pack schema, agree with their index and bind to their kind. */
class ZonePacksTest {
  static final String FOLDER = "META-INF/anxiao/packs/safety-zone/";
  private static final String INDEX = FOLDER + "index.json";

  private static PackIndex index() throws IOException {
    List<URL> found = Collections.list(ZonePacksTest.class.getClassLoader().getResources(INDEX));
    assertEquals(1, found.size(), "one zone pack index on the class path");
    try (InputStream in = found.get(0).openStream()) {
      return AnxiaoJson.strict().readDocument(in, PackIndex.DOCUMENT);
    }
  }

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (PackIndex.Entry entry : index().packs()) {
      assertTrue(entry.resource().startsWith(FOLDER), entry.resource());
      try (InputStream in = ZonePacksTest.class.getClassLoader().getResourceAsStream(entry.resource())) {
        assertNotNull(in, entry.resource());
        RulePack pack = AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
        assertEquals(pack.header(), entry.header(), entry.resource());
        assertTrue(ids.add(pack.id()), "pack id twice: " + pack.id());
        assertFalse(pack.parameters().isEmpty(), entry.resource());
        assertTrue(pack.note().isPresent(), "every zone pack states its reading in a note: " + pack.id());
      }
    }
    assertEquals(Set.of("cn.internet-cafe.school-zone", "sh.minhang.school-zone", "zj.lishui.school-zone"), ids);
  }

  @Test
  void theIndexAndKindAreContributed() {
    assertTrue(new SafetyVocabulary().packIndexes().contains(INDEX));
    assertTrue(new SafetyVocabulary().ruleKinds().contains(SafetyZoneRule.KIND));
  }

  @Test
  void theStandardRegistryBindsEveryZonePack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().containsKey("anxiao.safety.safety-zone"));
    assertEquals(Verification.SECONDARY, header(registry, "cn.internet-cafe.school-zone").verification());
    assertEquals(Verification.OFFICIAL_TEXT, header(registry, "sh.minhang.school-zone").verification());
    assertEquals(Verification.OFFICIAL_TEXT, header(registry, "zj.lishui.school-zone").verification());
    assertEquals("310112", header(registry, "sh.minhang.school-zone").jurisdiction().toString());
    assertEquals("331100", header(registry, "zj.lishui.school-zone").jurisdiction().toString());
  }

  private static PackHeader header(RulePackRegistry registry, String id) {
    return registry.catalogue().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }
}
