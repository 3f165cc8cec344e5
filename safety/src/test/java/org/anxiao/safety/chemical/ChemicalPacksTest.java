package org.anxiao.safety.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/** The chemical packs pass the rule-pack schema, agree with their index, bind, and refuse each wrong shape. */
class ChemicalPacksTest {
  private static final String INDEX = ShippedPacks.index("safety-chemical");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-chemical")) {
      ids.add(pack.id());
      assertTrue(pack.note().isPresent(), "every chemical pack states its reading in a note: " + pack.id());
    }
    assertEquals(Set.of("cn.precursor-chemicals", "cn.explosive-precursors-2017", "cn.highly-toxic-2015",
        "cn.school-reagent-hazard-classes", "cn.chemical-compatibility", "cn.chemical-storage",
        "sh.minhang.chemical-room-controls-2022"), ids);
  }

  @Test
  void theIndexAndKindsAreContributed() {
    assertTrue(new SafetyVocabulary().packIndexes().contains(INDEX));
    assertTrue(new SafetyVocabulary().ruleKinds().containsAll(List.of(PrecursorListRule.KIND,
        ExplosivePrecursorListRule.KIND, HighlyToxicListRule.KIND, HazardClassRule.KIND, CompatibilityRule.KIND,
        StorageRule.KIND)));
  }

  @Test
  void theStandardRegistryBindsEveryChemicalPackWithHonestVerification() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertEquals(Verification.SECONDARY, header(registry, "cn.precursor-chemicals").verification());
    assertEquals(Verification.SECONDARY, header(registry, "cn.explosive-precursors-2017").verification());
    assertEquals(Verification.SECONDARY, header(registry, "cn.highly-toxic-2015").verification());
    assertEquals(Verification.UNVERIFIED, header(registry, "cn.school-reagent-hazard-classes").verification());
    assertEquals(Verification.OFFICIAL_TEXT, header(registry, "sh.minhang.chemical-room-controls-2022").verification());
    assertEquals("310112", header(registry, "sh.minhang.chemical-room-controls-2022").jurisdiction().toString());
  }

  private static PackHeader header(RulePackRegistry registry, String id) {
    return registry.catalogue().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  private static AnxiaoException refused(String file, Consumer<ObjectNode> edit) {
    RulePack pack = ChemicalFixtures.testPack(file, "test.bad", edit);
    return assertThrows(AnxiaoException.class, () -> {
      RuleContext context = RuleContext.of(ShippedPacks.withPacks(pack), ChemicalFixtures.GUANGDONG,
          ChemicalFixtures.DATE).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
      ChemicalStorage.in(context);
    });
  }

  private static ObjectNode rows(ObjectNode tree, String parameter) {
    return (ObjectNode) tree.path("parameters").path(parameter).path("rows");
  }

  @Test
  void aBadCasKeyIsRefusedWithItsPointer() {
    AnxiaoException e = refused("cn-explosive-precursors-2017.json",
        t -> rows(t, "listedAbove").putObject("7722-84-2").put("value", "0"));
    assertEquals("RULE_PACK_INVALID", e.errorCode());
    assertTrue(e.field().orElseThrow().endsWith("#/parameters/listedAbove/rows/7722-84-2"), e.field().orElseThrow());
  }

  @Test
  void aThresholdOutOfRangeIsRefused() {
    AnxiaoException hundred = refused("cn-explosive-precursors-2017.json",
        t -> rows(t, "listedAbove").putObject("7722-84-1").put("value", "100"));
    assertEquals("RULE_PACK_INVALID", hundred.errorCode());
    AnxiaoException negative = refused("cn-highly-toxic-2015.json",
        t -> rows(t, "listedAbove").putObject("7487-94-7").put("value", "-1"));
    assertEquals("RULE_PACK_INVALID", negative.errorCode());
  }

  @Test
  void aThresholdJustBelowHundredAndZeroBind() {
    RulePack pack = ChemicalFixtures.testPack("cn-explosive-precursors-2017.json", "test.edge",
        t -> {
          rows(t, "listedAbove").putObject("7722-84-1").put("value", "99.99");
          rows(t, "listedAbove").putObject("7440-23-5").put("value", "0");
        });
    ChemicalRegistry registry = ChemicalRegistry.in(RuleContext.of(ShippedPacks.withPacks(pack),
        ChemicalFixtures.GUANGDONG, ChemicalFixtures.DATE));
    assertEquals(Listing.LISTED, registry.flags(ChemicalFixtures.PEROXIDE, ChemicalFixtures.percent("100"))
        .explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, registry.flags(ChemicalFixtures.PEROXIDE, ChemicalFixtures.percent("99.99"))
        .explosivePrecursor());
  }

  @Test
  void aCategoryOtherThanOneToThreeIsRefused() {
    for (String bad : List.of("0", "4", "2.5")) {
      AnxiaoException e = refused("cn-precursor-chemicals-2005.json",
          t -> rows(t, "categories").putObject("67-64-1").put("value", bad));
      assertEquals("RULE_PACK_INVALID", e.errorCode(), bad);
      assertTrue(e.field().orElseThrow().endsWith("#/parameters/categories/rows/67-64-1"), e.field().orElseThrow());
    }
    AnxiaoException key = refused("cn-precursor-chemicals-2005.json",
        t -> rows(t, "categories").putObject("67-64-2").put("value", "3"));
    assertTrue(key.field().orElseThrow().endsWith("/rows/67-64-2"), key.field().orElseThrow());
  }

  @Test
  void aBadUnderOilEntryAndAnUnknownControlAreRefused() {
    AnxiaoException oil = refused("cn-chemical-storage.json", t -> ((ObjectNode) t.path("parameters").path("underOil"))
        .putArray("values").add("7440-23-5").add("7440-09-8"));
    assertEquals("RULE_PACK_INVALID", oil.errorCode());
    assertTrue(oil.field().orElseThrow().endsWith("#/parameters/underOil/values/1"), oil.field().orElseThrow());
    AnxiaoException control = refused("cn-chemical-storage.json", t -> ((ObjectNode) t.path("parameters")
        .path("controlledCabinetControls")).putArray("values").add("DUAL_LOCK").add("GUARD_DOG"));
    assertEquals("RULE_PACK_INVALID", control.errorCode());
  }

  @Test
  void aRepeatedPairOrClassOrEntryIsRefused() {
    assertEquals("RULE_PACK_INVALID", refused("cn-chemical-compatibility.json", t -> ((ObjectNode) t.path("parameters")
        .path("incompatible").path("value")).putArray("pairs").add(pair("ACID", "BASE")).add(pair("BASE", "ACID")))
        .errorCode());
    assertEquals("RULE_PACK_INVALID", refused("cn-school-reagent-hazard-classes.json", t -> {
      ObjectNode entry = ((ObjectNode) t.path("parameters").path("classes").path("value")).putArray("entries")
          .addObject();
      entry.put("cas", "7664-93-9").putArray("classes").add("ACID").add("ACID");
    }).errorCode());
    assertEquals("RULE_PACK_INVALID", refused("cn-school-reagent-hazard-classes.json", t -> {
      com.fasterxml.jackson.databind.node.ArrayNode entries =
          ((ObjectNode) t.path("parameters").path("classes").path("value")).putArray("entries");
      entries.addObject().put("cas", "7664-93-9").putArray("classes").add("ACID");
      entries.addObject().put("cas", "7664-93-9").putArray("classes").add("BASE");
    }).errorCode());
    assertEquals("RULE_PACK_INVALID", refused("cn-school-reagent-hazard-classes.json", t ->
        ((ObjectNode) t.path("parameters").path("classes").path("value")).putArray("entries").addObject()
            .put("cas", "7664-93-9").putArray("classes")).errorCode());
  }

  private static ObjectNode pair(String a, String b) {
    return ChemicalFixtures.JSON.createObjectNode().put("first", a).put("second", b);
  }

  @Test
  void anUnverifiedPackIsRefusedWithoutConsentWhereTheCheckCannotDoWithoutIt() {
    RulePack pack = ChemicalFixtures.testPack("cn-chemical-storage.json", "test.unverified-storage",
        t -> t.put("verification", "UNVERIFIED"));
    RuleContext context = RuleContext.of(ShippedPacks.withPacks(pack), ChemicalFixtures.GUANGDONG,
        ChemicalFixtures.DATE);
    StorageLayout layout = ChemicalFixtures.room(Set.of(), ChemicalFixtures.cabinet("A", Set.of(),
        ChemicalFixtures.item(ChemicalFixtures.WATER)));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> ChemicalStorage.in(context).check(layout));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    assertEquals(1, ChemicalStorage.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).check(layout)
        .findings().size()); // the class table knows no water: CLASSES_UNKNOWN
  }
}
