package org.anxiao.logistics.greening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The greening pack passes the schema, agrees with its index, binds, and wrong shapes are refused. */
class GreeningPacksTest {

  @Test
  void theShippedPackIsShanghaisUnverifiedStandard() {
    List<RulePack> packs = ShippedPacks.readIndexed("logistics-greening");
    assertEquals(1, packs.size());
    RulePack p = packs.get(0);
    assertEquals("sh.dgtj08-2438-2024.greening", p.id());
    assertEquals("310000", p.jurisdiction().value());
    assertEquals(Verification.UNVERIFIED, p.verification());
    assertEquals("2024-05-01", p.validFrom().toString());
    assertEquals("DG/TJ08-2438-2024", p.source().document());
    assertTrue(new LogisticsVocabulary().packIndexes().contains(ShippedPacks.index("logistics-greening")));
    assertTrue(new LogisticsVocabulary().ruleKinds().contains(GreeningRule.KIND));
  }

  @Test
  void theStandardRegistryBindsIt() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.kinds().containsKey("anxiao.logistics.greening"));
    GreeningRule r = Greening.in(RuleContext.standard(GreeningFixtures.SHANGHAI, GreeningFixtures.ON)).rules().value();
    assertEquals(0, GreeningFixtures.dec("0.35").compareTo(r.minGreenSpaceRatioNew().orElseThrow().value()));
    assertTrue(r.minGreenCoverageNew().isEmpty());
    assertTrue(r.roofToCoverage().isEmpty());
  }

  @Test
  void aShareAboveOneOrAnUndeclaredParameterIsRefused() {
    RulePack above = ShippedPacks.testPack("logistics-greening", GreeningFixtures.FILE, "test.greening-above", GreeningFixtures.GUANGDONG,
        t -> GreeningFixtures.decimal(t.putObject("parameters"), "roofToCoverage", "1.5"));
    RulePackException e = assertThrows(RulePackException.class, () -> Greening.in(RuleContext.of(
        ShippedPacks.withPacks(above), GreeningFixtures.GUANGDONG, GreeningFixtures.ON)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.getMessage().contains("roofToCoverage"), e.getMessage());
    RulePack unknown = ShippedPacks.testPack("logistics-greening", GreeningFixtures.FILE, "test.greening-unknown",
        GreeningFixtures.GUANGDONG, t -> GreeningFixtures.decimal(t.putObject("parameters"), "verticalToGround", "0.5"));
    assertEquals(RulePackException.INVALID, assertThrows(RulePackException.class, () -> Greening.in(RuleContext.of(
        ShippedPacks.withPacks(unknown), GreeningFixtures.GUANGDONG, GreeningFixtures.ON))).errorCode());
    // The newest factor is a share too: verticalToGreenSpace 1.5 is refused, 1 accepted.
    RulePack vertical = ShippedPacks.testPack("logistics-greening", GreeningFixtures.FILE, "test.greening-vertical-above",
        GreeningFixtures.GUANGDONG, t -> GreeningFixtures.decimal(t.putObject("parameters"), "verticalToGreenSpace", "1.5"));
    RulePackException v = assertThrows(RulePackException.class, () -> Greening.in(RuleContext.of(
        ShippedPacks.withPacks(vertical), GreeningFixtures.GUANGDONG, GreeningFixtures.ON)));
    assertEquals(RulePackException.INVALID, v.errorCode());
    assertTrue(v.getMessage().contains("verticalToGreenSpace"), v.getMessage());
    RulePack one = ShippedPacks.testPack("logistics-greening", GreeningFixtures.FILE, "test.greening-vertical-one",
        GreeningFixtures.GUANGDONG, t -> GreeningFixtures.decimal(t.putObject("parameters"), "verticalToGreenSpace", "1"));
    assertEquals(0, BigDecimal.ONE.compareTo(Greening.in(RuleContext.of(ShippedPacks.withPacks(one),
        GreeningFixtures.GUANGDONG, GreeningFixtures.ON)).rules().value().verticalToGreenSpace().orElseThrow().value()));
  }
}
