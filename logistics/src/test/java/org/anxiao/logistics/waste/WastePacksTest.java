package org.anxiao.logistics.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The waste pack passes the rule-pack schema, agrees with its index and binds; wrong shapes are refused. */
class WastePacksTest {
  @Test
  void thePackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    List<RulePack> packs = ShippedPacks.readIndexed("logistics-waste");
    assertEquals(List.of("sh.logistics.waste-streams"), packs.stream().map(RulePack::id).toList());
    RulePack pack = packs.get(0);
    assertEquals(Verification.SECONDARY, pack.header().verification());
    assertEquals("310000", pack.header().jurisdiction().toString());
    assertEquals("上海市生活垃圾管理条例", pack.source().document());
  }

  @Test
  void theVocabularyNamesTheIndexTheKindsAndTheDocument() {
    LogisticsVocabulary v = new LogisticsVocabulary();
    assertTrue(v.packIndexes().contains(ShippedPacks.index("logistics-waste")));
    assertTrue(v.ruleKinds().containsAll(List.of(FoodWasteTargets.KIND, WasteStreamRule.KIND)));
    assertTrue(v.documentTypes().contains(WasteRecord.DOCUMENT));
  }

  @Test
  void theStandardRegistryBindsTheShippedReadings() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().keySet().containsAll(Set.of("anxiao.logistics.waste-streams",
        "anxiao.logistics.food-waste")));
    BoundRules<WasteStreamRule> bound = WasteFixtures.context().bind(WasteStreamRule.KIND);
    WasteStreamRule rule = bound.value();
    assertEquals(Set.of(WasteStream.values()), rule.streams().value());
    assertEquals(Set.of(WasteStream.RECYCLABLE), rule.recovered().value());
    assertFalse(rule.wetOnSiteRecovered().value());
    assertTrue(rule.minSortingAccuracy().isEmpty());
    assertTrue(rule.minRecyclingRate().isEmpty());
    assertTrue(rule.minWetOnSiteShare().isEmpty());
    assertTrue(rule.maxPerPersonDay().isEmpty());
  }

  @Test
  void noFoodWasteTargetShips() {
    // 沪教委保〔2021〕13号 §三(三)2 sets no number: no pack of the kind is in force anywhere by default.
    RulePackException e = assertThrows(RulePackException.class,
        () -> WasteFixtures.context().bind(FoodWasteTargets.KIND));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
  }

  @Test
  void wrongShapesAreRefusedWithTheirPointer() {
    // A loss-rate target above 1.
    RulePackException above = assertThrows(RulePackException.class, () -> WasteFixtures.food(WasteFixtures.foodTargets(
        "SECONDARY", "\"maxLossRate\": {\"type\": \"decimal\", \"value\": \"1.5\"}")));
    assertTrue(above.getMessage().contains("maxLossRate"), above.getMessage());
    // Grams stated in kilograms.
    RulePackException unit = assertThrows(RulePackException.class, () -> WasteFixtures.food(WasteFixtures.foodTargets(
        "SECONDARY", "\"maxPlateWastePerMeal\": {\"type\": \"decimal\", \"value\": \"0.035\", \"unit\": \"kg\"}")));
    assertTrue(unit.getMessage().contains("maxPlateWastePerMeal"), unit.getMessage());
    // A negative plate-waste target.
    assertThrows(RulePackException.class, () -> WasteFixtures.food(WasteFixtures.foodTargets(
        "SECONDARY", "\"maxPlateWastePerMeal\": {\"type\": \"decimal\", \"value\": \"-1\", \"unit\": \"g\"}")));
    // An unknown stream.
    RulePackException stream = assertThrows(RulePackException.class, () -> WasteFixtures.sorting(WasteFixtures.streams(
        "test.waste-kitchen", "SECONDARY", "\"recovered\": {\"type\": \"text-list\", \"values\": [\"KITCHEN\"]}")));
    assertTrue(stream.getMessage().contains("recovered"), stream.getMessage());
    // A flag given as text.
    assertThrows(RulePackException.class, () -> WasteFixtures.sorting(WasteFixtures.streams("test.waste-flag",
        "SECONDARY", "\"wetOnSiteRecovered\": {\"type\": \"text\", \"value\": \"yes\"}")));
    // A per-person target in grams.
    assertThrows(RulePackException.class, () -> WasteFixtures.sorting(WasteFixtures.streams("test.waste-grams",
        "SECONDARY", "\"maxPerPersonDay\": {\"type\": \"decimal\", \"value\": \"40\", \"unit\": \"g\"}")));
    // A stream listed twice.
    assertThrows(RulePackException.class, () -> WasteFixtures.sorting(WasteFixtures.streams("test.waste-twice",
        "SECONDARY", "\"recovered\": {\"type\": \"text-list\", \"values\": [\"RECYCLABLE\", \"RECYCLABLE\"]}")));
  }
}
