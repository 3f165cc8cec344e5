package org.anxiao.safety.register;

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
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/** The register packs pass the rule-pack schema, agree with their index and bind to their kinds. */
class RegisterPacksTest {
  private static final String FOLDER = "META-INF/anxiao/packs/safety-register/";
  private static final String INDEX = FOLDER + "index.json";

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() throws IOException {
    List<URL> found = Collections.list(RegisterPacksTest.class.getClassLoader().getResources(INDEX));
    assertEquals(1, found.size());
    PackIndex index;
    try (InputStream in = found.get(0).openStream()) {
      index = AnxiaoJson.strict().readDocument(in, PackIndex.DOCUMENT);
    }
    Set<String> ids = new TreeSet<>();
    for (PackIndex.Entry entry : index.packs()) {
      assertTrue(entry.resource().startsWith(FOLDER), entry.resource());
      try (InputStream in = RegisterPacksTest.class.getClassLoader().getResourceAsStream(entry.resource())) {
        assertNotNull(in, entry.resource());
        RulePack pack = AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
        assertEquals(pack.header(), entry.header(), entry.resource());
        assertTrue(ids.add(pack.id()), pack.id());
        assertFalse(pack.parameters().isEmpty());
      }
    }
    assertEquals(Set.of("cn.safety.register-kpis", "sh.minhang.campaign-2022"), ids);
  }

  @Test
  void theVocabularyNamesTheIndexAndTheKinds() {
    SafetyVocabulary v = new SafetyVocabulary();
    assertTrue(v.packIndexes().contains(INDEX));
    assertTrue(v.ruleKinds().containsAll(List.of(RegisterKpiRule.KIND, CampaignRule.KIND)));
  }

  @Test
  void theStandardRegistryBindsEveryRegisterPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().keySet().containsAll(Set.of("anxiao.safety.register-kpis", "anxiao.safety.campaign")));
    assertEquals(Verification.OFFICIAL_TEXT, registry.catalogue().stream()
        .filter(h -> h.id().equals("sh.minhang.campaign-2022")).findFirst().orElseThrow().verification());
  }
}
