package org.anxiao.safety.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/** The register packs pass the rule-pack schema, agree with their index and bind to their kinds. */
class RegisterPacksTest {
  private static final String INDEX = ShippedPacks.index("safety-register");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-register")) {
      ids.add(pack.id());
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
