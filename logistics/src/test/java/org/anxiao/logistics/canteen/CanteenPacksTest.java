package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The canteen pack passes the schema, agrees with its index, binds, is UNVERIFIED, and wrong shapes are refused. */
class CanteenPacksTest {
  @Test
  void theExamplePackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    List<RulePack> packs = ShippedPacks.readIndexed("logistics-canteen");
    assertEquals(List.of("cn.example.canteen-accounting"), packs.stream().map(RulePack::id).toList());
    assertEquals(Verification.UNVERIFIED, packs.get(0).header().verification());
    assertTrue(packs.get(0).title().en().startsWith("Illustrative example (unverified)"));
  }

  @Test
  void theVocabularyNamesTheIndexAndTheKind() {
    LogisticsVocabulary v = new LogisticsVocabulary();
    assertTrue(v.packIndexes().contains(ShippedPacks.index("logistics-canteen")));
    assertTrue(v.ruleKinds().contains(CanteenAccountingRule.KIND));
  }

  @Test
  void theStandardRegistryBindsTheExamplePack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    CanteenAccountingRule rule = RuleContext.standard(CanteenFixtures.MINHANG, CanteenFixtures.DAY)
        .bind(CanteenAccountingRule.KIND).value();
    RuleTrace trace = RuleTrace.under(VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals(new BigDecimal("0.03"), trace.use(rule.maxSurplusRate()));
    assertEquals(new BigDecimal("0.60"), trace.use(rule.minIngredientShare()));
    assertEquals(new BigDecimal("0.10"), trace.use(rule.maxPriceChange()));
    assertEquals(true, trace.use(rule.depreciationCounted()));
    assertEquals(IngredientShareBasis.ALL_REVENUE, trace.use(rule.ingredientShareBasis()));
  }

  @Test
  void anUnverifiedValueIsRefusedWithoutConsent() {
    CanteenAccountingRule rule = RuleContext.standard(CanteenFixtures.MINHANG, CanteenFixtures.DAY)
        .bind(CanteenAccountingRule.KIND).value();
    RulePackException e = assertThrows(RulePackException.class,
        () -> RuleTrace.under(VerificationPolicy.DEFAULT).use(rule.maxSurplusRate()));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
  }

  @Test
  void noPackBeforeTheExampleIsInForce() {
    assertThrows(RulePackException.class, () -> CanteenAccounting.in(RuleContext.standard(CanteenFixtures.MINHANG,
        java.time.LocalDate.of(2024, 2, 21))));
    CanteenAccounting.in(RuleContext.standard(CanteenFixtures.MINHANG, java.time.LocalDate.of(2024, 2, 22)));
  }

  @Test
  void packsOfAWrongShapeAreRefusedWithTheirPointer() {
    assertRefused("/parameters/maxSurplusRate", p -> CanteenFixtures.decimal(p, "maxSurplusRate", "1.5"));
    assertRefused("/parameters/minIngredientShare", p -> CanteenFixtures.decimal(p, "minIngredientShare", "-0.1"));
    assertRefused("/parameters/maxPriceChange", p -> CanteenFixtures.decimal(p, "maxPriceChange", "-0.01"));
    assertRefused("/parameters/ingredientShareBasis",
        p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("ingredientShareBasis")).put("value", "COSTS"));
    assertRefused("/parameters/maxSurplusRate", p -> ((com.fasterxml.jackson.databind.node.ObjectNode)
        p.get("maxSurplusRate")).put("unit", "%"));
  }

  private static void assertRefused(String pointer,
      java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit) {
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> CanteenFixtures.testPack(edit));
    assertTrue(e.getMessage().contains(pointer), e.getMessage());
  }
}
