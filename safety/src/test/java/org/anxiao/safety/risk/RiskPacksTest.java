package org.anxiao.safety.risk;

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

/** The risk packs pass the rule-pack schema, agree with their index and bind to their kinds. */
class RiskPacksTest {
  private static final String INDEX = ShippedPacks.index("safety-risk");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-risk")) {
      ids.add(pack.id());
      assertTrue(pack.note().isPresent(), "every risk pack states its reading in a note: " + pack.id());
    }
    assertEquals(Set.of("cn.customary.lec", "cn.customary.risk-matrix", "sd.customary.risk-matrix"), ids);
  }

  @Test
  void theIndexIsNamedUnderTheRiskAnchor() {
    assertTrue(new SafetyVocabulary().packIndexes().contains(INDEX));
    assertTrue(new SafetyVocabulary().ruleKinds().containsAll(List.of(LecRule.KIND, RiskMatrixRule.KIND)));
  }

  @Test
  void theStandardRegistryBindsEveryRiskPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().keySet().containsAll(Set.of("anxiao.safety.lec", "anxiao.safety.risk-matrix")));
    assertEquals(Verification.SECONDARY, header(registry, "cn.customary.lec").verification());
    assertEquals(Verification.SECONDARY, header(registry, "cn.customary.risk-matrix").verification());
    assertEquals(Verification.UNVERIFIED, header(registry, "sd.customary.risk-matrix").verification());
    assertEquals("370000", header(registry, "sd.customary.risk-matrix").jurisdiction().toString());
  }

  private static org.anxiao.core.rule.PackHeader header(RulePackRegistry registry, String id) {
    return registry.catalogue().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }
}
