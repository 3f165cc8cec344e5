package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The food packs pass the rule-pack schema, agree with their index, bind to their kinds, and hold what
 * the sources say: 125 g and 48 h nationally (SECONDARY), Shanghai's seven daily records of
 * 沪教委后〔2024〕10号 §四1 and Minhang's 100 % on-line rate with three levels (闵行 2022 §四(一)3), both
 * OFFICIAL_TEXT. A pack of the wrong shape is refused with its pointer.
 */
class FoodPacksTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("logistics-food")) {
      ids.add(pack.id());
    }
    assertEquals(Set.of("cn.food-safety-routines", "sh.food-safety-routines-2024", "sh.minhang.food-traceability-2022"),
        ids);
  }

  @Test
  void theVocabularyNamesTheIndexTheKindsAndTheDocument() {
    LogisticsVocabulary v = new LogisticsVocabulary();
    assertTrue(v.packIndexes().contains(ShippedPacks.index("logistics-food")));
    assertTrue(v.ruleKinds().contains(FoodSafetyRoutineRule.KIND));
    assertTrue(v.ruleKinds().contains(FoodTraceabilityRule.KIND));
    assertTrue(v.documentTypes().contains(FoodSafetyDayLog.DOCUMENT));
    assertEquals("anxiao.logistics.food-safety-routines", FoodSafetyRoutineRule.KIND.id());
    assertEquals("anxiao.logistics.food-traceability", FoodTraceabilityRule.KIND.id());
  }

  @Test
  void theStandardRegistryBindsEveryFoodPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.catalogue().stream().anyMatch(h -> h.id().equals("sh.food-safety-routines-2024")
        && h.verification() == Verification.OFFICIAL_TEXT));
  }

  @Test
  void theNationalRuleHoldsTheSpecificationsFigures() {
    FoodSafetyRoutineRule r = RuleContext.standard(FoodFixtures.GUANGDONG, DAY).bind(FoodSafetyRoutineRule.KIND).value();
    assertEquals(0, new BigDecimal("125").compareTo(r.sampleMinimumMass().value()));
    assertEquals(48L, r.sampleMinimumHours().value());
    assertEquals(2L, r.deliveryCheckers().value());
    assertTrue(r.sampleRefrigerated().value());
    assertTrue(r.sampleLabelled().value());
    assertTrue(r.leaderAtEveryMeal().value());
    assertTrue(r.deliveryDocuments().value());
    assertTrue(r.healthCertificates().value());
    assertTrue(r.dailyRecords().isEmpty());
    assertEquals(Verification.SECONDARY, r.sampleMinimumMass().verification());
    assertEquals("g", r.sampleMinimumMass().applied().unit().orElseThrow());
    assertEquals("h", r.sampleMinimumHours().applied().unit().orElseThrow());
  }

  @Test
  void shanghaiAddsItsSevenDailyRecords() {
    BoundRules<FoodSafetyRoutineRule> b = RuleContext.standard(FoodFixtures.SHANGHAI, DAY).bind(FoodSafetyRoutineRule.KIND);
    assertEquals(EnumSet.allOf(DailyRoutine.class), b.value().dailyRecords().orElseThrow().value());
    assertEquals(Verification.OFFICIAL_TEXT, b.value().dailyRecords().orElseThrow().verification());
    // Before the opinion was issued (2024-02-22) there is no list.
    assertTrue(RuleContext.standard(FoodFixtures.SHANGHAI, LocalDate.of(2024, 2, 21)).bind(FoodSafetyRoutineRule.KIND)
        .value().dailyRecords().isEmpty());
  }

  @Test
  void minhangAsksFullOnlineAndThreeLevels() {
    FoodTraceabilityRule r = RuleContext.standard(FoodFixtures.MINHANG, DAY).bind(FoodTraceabilityRule.KIND).value();
    assertEquals(0, BigDecimal.ONE.compareTo(r.onlineRateTarget().value()));
    assertEquals(EnumSet.allOf(TraceLevel.class), r.levels().value());
    assertEquals(Verification.OFFICIAL_TEXT, r.levels().verification());
  }

  private static void refused(String file, String pointerPart, java.util.function.Consumer<ObjectNode> edit) {
    RulePack pack = ShippedPacks.testPack("logistics-food", file, "test.food-shape", FoodFixtures.GUANGDONG, edit);
    RulePackException e = assertThrows(RulePackException.class, () -> ShippedPacks.withPacks(pack));
    assertTrue(e.getMessage().contains(pointerPart), e.getMessage());
  }

  @Test
  void packsOfTheWrongShapeAreRefusedWithTheirPointer() {
    refused("cn-food-safety-routines.json", "sampleMinimumMass",
        t -> ((ObjectNode) t.path("parameters").path("sampleMinimumMass")).put("unit", "kg"));
    refused("cn-food-safety-routines.json", "sampleMinimumMass",
        t -> ((ObjectNode) t.path("parameters").path("sampleMinimumMass")).put("value", "-1"));
    refused("cn-food-safety-routines.json", "sampleMinimumHours",
        t -> ((ObjectNode) t.path("parameters").path("sampleMinimumHours")).put("value", 0));
    refused("cn-food-safety-routines.json", "sampleMinimumHours",
        t -> ((ObjectNode) t.path("parameters").path("sampleMinimumHours")).put("value", 8761));
    refused("cn-food-safety-routines.json", "deliveryCheckers",
        t -> ((ObjectNode) t.path("parameters").path("deliveryCheckers")).put("value", 0));
    refused("sh-food-safety-routines-2024.json", "dailyRecords",
        t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.path("parameters").path("dailyRecords").path("values"))
            .add("YOGA"));
    refused("sh-minhang-food-traceability-2022.json", "onlineRateTarget",
        t -> ((ObjectNode) t.path("parameters").path("onlineRateTarget")).put("value", "1.01"));
    refused("sh-minhang-food-traceability-2022.json", "levels",
        t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.path("parameters").path("levels").path("values"))
            .add("FARM"));
  }

  @Test
  void theHoursBoundsAreInclusive() {
    for (int h : List.of(1, 8760)) {
      RulePack pack = ShippedPacks.testPack("logistics-food", "cn-food-safety-routines.json", "test.food-hours-" + h,
          FoodFixtures.GUANGDONG, t -> ((ObjectNode) t.path("parameters").path("sampleMinimumHours")).put("value", h));
      FoodSafetyRoutineRule r = RuleContext.of(ShippedPacks.withPacks(pack), FoodFixtures.GUANGDONG, DAY)
          .bind(FoodSafetyRoutineRule.KIND).value();
      assertEquals((long) h, r.sampleMinimumHours().value());
    }
  }
}
