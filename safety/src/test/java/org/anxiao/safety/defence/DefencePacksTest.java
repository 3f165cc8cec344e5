package org.anxiao.safety.defence;

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

/** The defence packs pass the rule-pack schema, agree with their index and bind to their kinds. */
class DefencePacksTest {
  private static final String INDEX = ShippedPacks.index("safety-defence");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-defence")) {
      ids.add(pack.id());
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
