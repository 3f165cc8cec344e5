package org.anxiao.energy.packs;

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
import org.anxiao.energy.vocabulary.EnergyVocabulary;
import org.junit.jupiter.api.Test;

/** The packs the energy jar ships pass the rule-pack schema, agree with their index and bind to their kinds. */
class EnergyPacksTest {
  private static final String FOLDER = "META-INF/anxiao/packs/energy/";

  static PackIndex energyIndex() throws IOException {
    List<URL> found = Collections.list(EnergyPacksTest.class.getClassLoader().getResources(EnergyVocabulary.PACK_INDEX));
    assertEquals(1, found.size(), "one energy pack index on the class path");
    try (InputStream in = found.get(0).openStream()) {
      return AnxiaoJson.strict().readDocument(in, PackIndex.DOCUMENT);
    }
  }

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() throws IOException {
    PackIndex index = energyIndex();
    Set<String> ids = new TreeSet<>();
    for (PackIndex.Entry entry : index.packs()) {
      assertTrue(entry.resource().startsWith(FOLDER), entry.resource());
      try (InputStream in = EnergyPacksTest.class.getClassLoader().getResourceAsStream(entry.resource())) {
        assertNotNull(in, entry.resource());
        RulePack pack = AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
        assertEquals(pack.header(), entry.header(), entry.resource());
        assertTrue(ids.add(pack.id()), "pack id twice: " + pack.id());
        assertFalse(pack.parameters().isEmpty(), entry.resource());
      }
    }
    assertEquals(14, ids.size(), ids.toString());
  }

  @Test
  void theSharedIndexNameIsLeftToCoreSoThatAMergedJarKeepsBoth() {
    // A shaded jar keeps one file per resource name: the energy index has a name of its own.
    assertEquals(EnergyVocabulary.PACK_INDEX, new EnergyVocabulary().packIndexes().get(0));
    assertFalse(EnergyVocabulary.PACK_INDEX.equals(PackIndex.RESOURCE));
  }

  @Test
  void theStandardRegistryBindsEveryEnergyPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    Set<String> kinds = registry.kinds().keySet();
    assertTrue(kinds.containsAll(Set.of("anxiao.energy.coal-equivalent", "anxiao.energy.emission-factors",
        "anxiao.energy.grid-factors.mee", "anxiao.energy.grid-factors.sh-reporting", "anxiao.energy.scope2-accounting",
        "anxiao.energy.dual-control-targets", "anxiao.energy.energy-quotas", "anxiao.energy.water-quotas",
        "anxiao.energy.data-sufficiency")), kinds.toString());
    assertTrue(registry.catalogue().stream().anyMatch(h -> h.id().equals("cn.gbt2589.coal-equivalent")));
  }
}
