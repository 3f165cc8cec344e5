package org.anxiao.logistics.supplies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.SourceTree;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/**
 * No quota pack ships; the fictional test pack binds, is UNVERIFIED and fictional, equals its conformance
 * copy, and a pack of a wrong shape is refused with its pointer.
 */
class SuppliesPacksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noQuotaPackShipsAndTheKindIsRegistered() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().containsKey("anxiao.logistics.emergency-supplies"));
    assertTrue(registry.catalogue().stream().noneMatch(h -> h.kind().equals("anxiao.logistics.emergency-supplies")),
        "a quota pack ships");
    assertTrue(new LogisticsVocabulary().ruleKinds().contains(SupplyQuotaRule.KIND));
    assertTrue(new LogisticsVocabulary().documentTypes().contains(SupplyStock.DOCUMENT));
  }

  @Test
  void theFictionalPackIsUnverifiedFictionalAndEqualsItsConformanceCopy() throws IOException {
    RulePack pack = FictionalQuota.pack();
    assertEquals("xx.fictional.emergency-supplies", pack.id());
    assertEquals(Verification.UNVERIFIED, pack.verification());
    assertEquals("319900", pack.jurisdiction().value());
    assertTrue(pack.title().zh().contains("虚构") && pack.title().en().contains("Fictional"));
    assertTrue(JurisdictionsHold.notStandard(pack.jurisdiction()));
    byte[] copy = Files.readAllBytes(SourceTree.conformance().resolve("packs/xx-fictional-emergency-supplies.json"));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FictionalQuota.RESOURCE)) {
      assertArrayEquals(in.readAllBytes(), copy);
    }
    SupplyQuotaRule rule = EmergencySupplies.in(FictionalQuota.context(VerificationPolicy.ALLOW_UNVERIFIED)).rules().value();
    assertEquals(6, rule.items().value().items().size());
    assertEquals(30L, rule.expiringWithinDays().value());
  }

  private static ObjectNode tree() {
    try (InputStream in = SuppliesPacksTest.class.getClassLoader().getResourceAsStream(FictionalQuota.RESOURCE)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static RulePackException refused(Consumer<ObjectNode> edit) {
    ObjectNode t = tree();
    edit.accept(t);
    return assertThrows(RulePackException.class, () -> EmergencySupplies.in(RuleContext.of(
        FictionalQuota.registry(ShippedPacks.read(t, "bad.json")), FictionalQuota.FICTIONAL, FictionalQuota.ON)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)));
  }

  private static ArrayNode items(ObjectNode t) {
    return (ArrayNode) t.path("parameters").path("items").path("value").path("items");
  }

  @Test
  void packsOfAWrongShapeAreRefused() {
    RulePackException twice = refused(t -> items(t).add(items(t).get(0).deepCopy()));
    assertEquals(RulePackException.INVALID, twice.errorCode());
    assertTrue(twice.getMessage().contains("/parameters/items"), twice.getMessage());
    RulePackException half = refused(t -> ((ObjectNode) items(t).get(0)).put("base", "0.5"));
    assertEquals(RulePackException.INVALID, half.errorCode());
    RulePackException basis = refused(t -> ((ObjectNode) items(t).get(0).path("terms").get(0)).put("basis", "CLASSES"));
    assertEquals(RulePackException.INVALID, basis.errorCode());
    RulePackException unit = refused(t -> ((ObjectNode) items(t).get(0)).put("unit", "bags"));
    assertEquals(RulePackException.INVALID, unit.errorCode());
    RulePackException negative = refused(t -> ((ObjectNode) t.path("parameters").path("expiringWithinDays"))
        .put("value", -1));
    assertEquals(RulePackException.INVALID, negative.errorCode());
    RulePackException missing = refused(t -> ((ObjectNode) t.path("parameters")).remove("expiringWithinDays"));
    assertTrue(missing.errorCode().equals(RulePackException.INVALID)
        || missing.errorCode().equals(RulePackException.NOT_FOUND), missing.errorCode());
  }

  /** Core's standard directory does not hold the fictional code. */
  private static final class JurisdictionsHold {
    static boolean notStandard(org.anxiao.core.jurisdiction.JurisdictionCode code) {
      return org.anxiao.core.jurisdiction.JurisdictionDirectory.standard().find(code).isEmpty();
    }
  }
}
