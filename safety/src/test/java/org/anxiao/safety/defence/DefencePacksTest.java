package org.anxiao.safety.defence;

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

/** The defence packs pass the rule-pack schema, agree with their index and bind to their kinds. */
class DefencePacksTest {
  private static final String FOLDER = "META-INF/anxiao/packs/safety-defence/";
  private static final String INDEX = FOLDER + "index.json";

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() throws IOException {
    List<URL> found = Collections.list(DefencePacksTest.class.getClassLoader().getResources(INDEX));
    assertEquals(1, found.size());
    PackIndex index;
    try (InputStream in = found.get(0).openStream()) {
      index = AnxiaoJson.strict().readDocument(in, PackIndex.DOCUMENT);
    }
    Set<String> ids = new TreeSet<>();
    for (PackIndex.Entry entry : index.packs()) {
      assertTrue(entry.resource().startsWith(FOLDER), entry.resource());
      try (InputStream in = DefencePacksTest.class.getClassLoader().getResourceAsStream(entry.resource())) {
        assertNotNull(in, entry.resource());
        RulePack pack = AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
        assertEquals(pack.header(), entry.header(), entry.resource());
        assertTrue(ids.add(pack.id()), pack.id());
        assertFalse(pack.parameters().isEmpty());
      }
    }
    assertEquals(Set.of("cn.gbt29315-2022.facilities", "sh.minhang.defence-checklist-2022",
        "sh.minhang.defence-measures-2022"), ids);
  }

  @Test
  void theVocabularyNamesTheIndexAndTheKinds() {
    SafetyVocabulary v = new SafetyVocabulary();
    assertTrue(v.packIndexes().contains(INDEX));
    assertTrue(v.ruleKinds().containsAll(List.of(DefenceChecklists.KIND, FacilityTableRule.KIND, DefenceMeasureRule.KIND)));
  }

  @Test
  void theStandardRegistryBindsEveryRegisterPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().keySet().containsAll(Set.of("anxiao.safety.defence-checklist", "anxiao.safety.facility-table",
        "anxiao.safety.defence-measures")));
    for (String id : List.of("sh.minhang.defence-checklist-2022", "sh.minhang.defence-measures-2022")) {
      assertEquals(Verification.OFFICIAL_TEXT, registry.catalogue().stream()
          .filter(h -> h.id().equals(id)).findFirst().orElseThrow().verification(), id);
    }
    assertEquals(Verification.UNVERIFIED, registry.catalogue().stream()
        .filter(h -> h.id().equals("cn.gbt29315-2022.facilities")).findFirst().orElseThrow().verification());
  }
}
