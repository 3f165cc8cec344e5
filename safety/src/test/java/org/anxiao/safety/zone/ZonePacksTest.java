package org.anxiao.safety.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/** The zone packs pass the rule-pack schema, agree with their index and bind to their kind. */
class ZonePacksTest {
  private static final String INDEX = ShippedPacks.index("safety-zone");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-zone")) {
      ids.add(pack.id());
      assertTrue(pack.note().isPresent(), "every zone pack states its reading in a note: " + pack.id());
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
