package org.anxiao.safety.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The GB 35181 packs pass the rule-pack schema, agree with their index and bind; each counting rule
 * carries its own verification; packs of a wrong shape are refused with their pointer.
 */
class FirePacksTest {
  private static final String INDEX = ShippedPacks.index("safety-fire");
  private static final String FILE_2017 = "cn-gb35181-2017-major-fire-hazard.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-fire")) {
      ids.add(pack.id());
      assertEquals(MajorFireHazardRule.KIND.id(), pack.kind());
    }
    assertEquals(Set.of("cn.gb35181-2017.major-fire-hazard", "cn.gb35181-2025.major-fire-hazard"), ids);
  }

  @Test
  void theVocabularyNamesTheIndexAndTheKind() {
    SafetyVocabulary vocabulary = new SafetyVocabulary();
    assertTrue(vocabulary.packIndexes().contains(INDEX));
    assertTrue(vocabulary.ruleKinds().contains(MajorFireHazardRule.KIND));
  }

  @Test
  void theStandardRegistryBindsBothEditions() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().containsKey("anxiao.safety.major-fire-hazard"));
    assertTrue(registry.catalogue().stream().anyMatch(h -> h.id().equals("cn.gb35181-2017.major-fire-hazard")
        && h.validTo().equals(java.util.Optional.of(LocalDate.of(2025, 10, 31)))));
    assertTrue(registry.catalogue().stream().anyMatch(h -> h.id().equals("cn.gb35181-2025.major-fire-hazard")
        && h.validFrom().equals(LocalDate.of(2025, 11, 1))));
  }

  @Test
  void eachCountingRuleCarriesItsOwnVerification() {
    MajorFireHazardRule rule = FireCases.engine(FireCases.Y2024).rules().value();
    assertEquals(List.of(Verification.SECONDARY, Verification.UNVERIFIED, Verification.UNVERIFIED,
        Verification.UNVERIFIED), rule.countingRules().stream().map(v -> v.verification()).toList());
    assertEquals(List.of(3, 3, 4, 6), rule.countingRules().stream().map(v -> v.value().atLeast()).toList());
    ElementCatalogue c = rule.catalogue().value();
    assertEquals(10, c.elements().stream().filter(e -> e.kind() == ElementKind.DIRECT).count(), "6.1–6.10");
    assertEquals(39, c.compositeElements().size());
    assertEquals(9, c.sections().size(), "7.1 … 7.9");
    assertEquals(List.of("7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5", "7.3.6", "7.3.7", "7.3.8", "7.3.9", "7.5", "7.9.3"),
        rule.countingRules().get(0).value().elements());
    assertTrue(c.complete());
    MajorFireHazardRule later = FireCases.engine(FireCases.Y2026).rules().value();
    assertTrue(later.countingRules().isEmpty());
    assertFalse(later.catalogue().value().complete());
    assertEquals(Verification.UNVERIFIED, later.exclusions().verification());
  }

  // --- packs of a wrong shape, installed for Shanghai on top of the standard packs ---

  private static ObjectNode pack2017() {
    ObjectNode pack = ShippedPacks.tree("safety-fire", FILE_2017);
    pack.put("id", "test.shanghai.major-fire-hazard");
    pack.put("jurisdiction", "310000");
    pack.remove("supersededBy");
    return pack;
  }

  private static MajorFireHazards install(ObjectNode pack) throws IOException {
    RulePackRegistry registry = ShippedPacks.withPacks(ShippedPacks.read(pack, "test.json"));
    return MajorFireHazards.in(RuleContext.of(registry, FireCases.SHANGHAI, FireCases.Y2024)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  private static void refused(String pointer, Consumer<ObjectNode> change) throws IOException {
    ObjectNode pack = pack2017();
    change.accept(pack);
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> install(pack).determine(FireCases.of(BuildingUse.TEACHING)));
    assertEquals("RULE_PACK_INVALID", e.errorCode(), e.getMessage());
    assertTrue(e.field().orElse("").endsWith(pointer), () -> e.field() + " should end with " + pointer);
  }

  private static ObjectNode rule(ObjectNode pack, int n) {
    return (ObjectNode) pack.path("parameters").path("countingRule" + n).path("value");
  }

  @Test
  void aWellFormedCallerPackIsInForceInItsJurisdiction() throws IOException {
    ObjectNode pack = pack2017();
    rule(pack, 1).put("atLeast", 2);
    MajorFireHazardDetermination d = install(pack).determine(FireCases.of(BuildingUse.TEACHING, "7.3.1", "7.5"));
    assertEquals(Outcome.MAJOR_BY_COUNT, d.outcome(), "2 ≥ 2 under the caller's own threshold");
    assertEquals("test.shanghai.major-fire-hazard@1.0.0", d.packs().get(0).toString());
  }

  @Test
  void aCountingRuleNamingADirectElementIsRefused() throws IOException {
    refused("/parameters/countingRule1/value/elements/0", p -> ((ArrayNode) rule(p, 1).path("elements")).set(0, "6.9"));
  }

  @Test
  void aCountingRuleNamingAnElementNotInTheCatalogueIsRefused() throws IOException {
    refused("/parameters/countingRule2/value/elements/1", p -> ((ArrayNode) rule(p, 2).path("elements")).set(1, "7.1.9"));
  }

  @Test
  void aCountingRuleForAPremisesTypeTheEditionDoesNotKnowIsRefused() throws IOException {
    refused("/parameters/countingRule3/value/premises", p -> ((ArrayNode) p.path("parameters").path("premisesTypes")
        .path("values")).remove(2));
  }

  @Test
  void anUnknownPremisesTypeIsRefused() throws IOException {
    refused("/parameters/premisesTypes/values/1",
        p -> ((ArrayNode) p.path("parameters").path("premisesTypes").path("values")).set(1, "FLAMMABLE"));
  }

  @Test
  void aCatalogueWithARepeatedIdIsRefused() throws IOException {
    refused("/parameters/catalogue/value/elements/1/id", p -> ((ObjectNode) p.path("parameters").path("catalogue").path("value")
        .path("elements").get(1)).put("id", "6.1"));
  }

  @Test
  void aCountingRuleWithAnUnknownFieldIsRefused() throws IOException {
    refused("/parameters/countingRule4/value/atMost", p -> rule(p, 4).put("atMost", 9));
  }

  @Test
  void aCountingRuleWithAThresholdBelowOneIsRefused() throws IOException {
    refused("/parameters/countingRule4/value/atLeast", p -> rule(p, 4).put("atLeast", 0));
  }

  @Test
  void aNinthCountingRuleIsNotAParameter() throws IOException {
    refused("/parameters/countingRule9", p -> ((ObjectNode) p.path("parameters")).set("countingRule9",
        p.path("parameters").path("countingRule4").deepCopy()));
  }

  private static void premises(ObjectNode pack, int rule, String... types) {
    ArrayNode premises = rule(pack, rule).putArray("premises");
    for (String t : types) {
      premises.add(t);
    }
  }

  @Test
  void premisesOfATypeTheCallerPackDoesNotKnowAreAnUnknownCodeNamingTheBuilding() throws IOException {
    ObjectNode withoutOther = pack2017();
    ((ArrayNode) withoutOther.path("parameters").path("premisesTypes").path("values")).remove(3);
    premises(withoutOther, 4, "FLAMMABLE_EXPLOSIVE");
    MajorFireHazards engine = install(withoutOther);
    AnxiaoException other = assertThrows(AnxiaoException.class, () -> engine.determine(FireCases.of(
        BuildingUse.ADMINISTRATION)));
    assertEquals("UNKNOWN_CODE", other.errorCode());
    assertEquals("building", other.field().orElseThrow());
    assertEquals("OTHER", other.value().orElseThrow());
    assertEquals(Outcome.NOT_MAJOR, engine.determine(FireCases.of(BuildingUse.TEACHING)).outcome());

    ObjectNode withoutCrowded = pack2017();
    ((ArrayNode) withoutCrowded.path("parameters").path("premisesTypes").path("values")).remove(0);
    premises(withoutCrowded, 1, "IMPORTANT");
    premises(withoutCrowded, 3, "FLAMMABLE_EXPLOSIVE", "IMPORTANT");
    AnxiaoException crowded = assertThrows(AnxiaoException.class, () -> install(withoutCrowded).determine(
        FireCases.of(BuildingUse.TEACHING)));
    assertEquals("building", crowded.field().orElseThrow());
    assertEquals("CROWDED", crowded.value().orElseThrow());
  }

  @Test
  void aNarrowerPackThatContradictsTheNationalCountingRulesItInheritsIsRefused() throws IOException {
    // The Shanghai pack drops OTHER but defines no countingRule4: the national rule 4, inherited by
    // layering, names OTHER — refused, naming the national pack's pointer.
    ObjectNode pack = pack2017();
    ((ArrayNode) pack.path("parameters").path("premisesTypes").path("values")).remove(3);
    ((ObjectNode) pack.path("parameters")).remove("countingRule4");
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> install(pack));
    assertEquals("RULE_PACK_INVALID", e.errorCode());
    assertEquals("cn.gb35181-2017.major-fire-hazard@1.0.0#/parameters/countingRule4/value/premises",
        e.field().orElseThrow());
  }

  @Test
  void anUnverifiedCatalogueIsRefusedWithoutConsentAndAcceptedWithIt() throws IOException {
    ObjectNode pack = pack2017();
    pack.put("verification", "UNVERIFIED");
    ((ObjectNode) pack.path("parameters").path("countingRule1")).put("verification", "UNVERIFIED");
    RulePackRegistry registry = ShippedPacks.withPacks(ShippedPacks.read(pack, "test.json"));
    RuleContext context = RuleContext.of(registry, FireCases.SHANGHAI, FireCases.Y2024);
    AnxiaoException e = assertThrows(AnxiaoException.class,
        () -> MajorFireHazards.in(context).determine(FireCases.of(BuildingUse.TEACHING)));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    MajorFireHazardDetermination d = MajorFireHazards.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED))
        .determine(FireCases.of(BuildingUse.TEACHING, "7.3.1", "7.3.2", "7.3.3"));
    assertEquals(Outcome.MAJOR_BY_COUNT, d.outcome());
  }

  @Test
  void theShippedPackTextIsValidJson() throws IOException {
    try (InputStream in = FirePacksTest.class.getClassLoader().getResourceAsStream(ShippedPacks.folder("safety-fire") + FILE_2017)) {
      JsonNode node = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals("GB 35181-2017", node.path("source").path("document").asText());
    }
  }
}
