package org.anxiao.safety.chemical;

import static org.anxiao.safety.chemical.ChemicalFixtures.ACETIC_ANHYDRIDE;
import static org.anxiao.safety.chemical.ChemicalFixtures.ETHER;
import static org.anxiao.safety.chemical.ChemicalFixtures.MERCURIC_CHLORIDE;
import static org.anxiao.safety.chemical.ChemicalFixtures.PERMANGANATE;
import static org.anxiao.safety.chemical.ChemicalFixtures.PEROXIDE;
import static org.anxiao.safety.chemical.ChemicalFixtures.SODIUM;
import static org.anxiao.safety.chemical.ChemicalFixtures.SULFURIC_ACID;
import static org.anxiao.safety.chemical.ChemicalFixtures.WATER;
import static org.anxiao.safety.chemical.ChemicalFixtures.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Verification;
import org.junit.jupiter.api.Test;

/** Worked lookups from the cited lists (易制毒 2005 附表, 易制爆 2017, 剧毒 目录 2015), each branch and boundary. */
class ChemicalRegistryTest {
  private static final ChemicalRegistry REGISTRY = ChemicalFixtures.registry();
  private static final ChemicalRegistry ALLOWING = ChemicalFixtures.registryAllowingUnverified();

  private static List<String> rules(ChemicalFlags f) {
    return f.rules().stream().map(r -> r.pack().id() + "/" + r.parameter()).toList();
  }

  @Test
  void hydrogenPeroxideIsAnExplosivePrecursorOnlyAbove8Percent() {
    // 易制爆 2017: 过氧化氢溶液（含量 > 8 %）. 30 % > 8 → listed; 8 % is not above 8 → not listed.
    assertEquals(Listing.LISTED, REGISTRY.flags(PEROXIDE, percent("30")).explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, REGISTRY.flags(PEROXIDE, percent("3")).explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, REGISTRY.flags(PEROXIDE, percent("8")).explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, REGISTRY.flags(PEROXIDE, percent("7.99")).explosivePrecursor());
    assertEquals(Listing.LISTED, REGISTRY.flags(PEROXIDE, percent("8.01")).explosivePrecursor());
    assertEquals(Listing.LISTED, REGISTRY.flags(PEROXIDE, percent("100")).explosivePrecursor());
    ChemicalFlags f = REGISTRY.flags(PEROXIDE, percent("30"));
    assertEquals(Listing.NOT_LISTED, f.precursor());
    assertEquals(Optional.empty(), f.precursorCategory());
    assertEquals(Listing.NOT_LISTED, f.highlyToxic());
    assertTrue(f.controlled());
    assertEquals(List.of("cn.precursor-chemicals/categories", "cn.explosive-precursors-2017/listedAbove",
        "cn.explosive-precursors-2017/listedAbove[7722-84-1]", "cn.highly-toxic-2015/listedAbove"), rules(f));
  }

  @Test
  void hydrogenPeroxideWithoutAConcentrationIsRefusedNotGuessed() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> REGISTRY.flags(PEROXIDE));
    assertEquals("concentration", e.field().orElseThrow());
  }

  @Test
  void aRowListedAtAnyConcentrationNeedsNone() {
    // 钠 7440-23-5: threshold 0 → listed with or without a concentration.
    assertEquals(Listing.LISTED, REGISTRY.flags(SODIUM).explosivePrecursor());
    assertEquals(Listing.LISTED, REGISTRY.flags(SODIUM, percent("0.001")).explosivePrecursor());
  }

  @Test
  void sulfuricAcidIsACategory3PrecursorOnly() {
    ChemicalFlags f = REGISTRY.flags(SULFURIC_ACID, percent("98"));
    assertEquals(Listing.LISTED, f.precursor());
    assertEquals(Optional.of(PrecursorCategory.THIRD), f.precursorCategory());
    assertEquals(3, f.precursorCategory().orElseThrow().number());
    assertEquals(Listing.NOT_LISTED, f.explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, f.highlyToxic());
    assertTrue(f.controlled());
    assertEquals(List.of("cn.precursor-chemicals/categories", "cn.precursor-chemicals/categories[7664-93-9]",
        "cn.explosive-precursors-2017/listedAbove", "cn.highly-toxic-2015/listedAbove"), rules(f));
    assertEquals("CAS 7664-93-9: precursor chemical: category 3; explosive precursor: no; highly toxic: no.",
        f.findings().get(0).message().en());
    assertEquals("CAS 7664-93-9：易制毒：第三类；易制爆：否；剧毒：否。", f.findings().get(0).message().zh());
  }

  @Test
  void etherIsCategory2AndPermanganateIsOnBothLists() {
    assertEquals(Optional.of(PrecursorCategory.SECOND), REGISTRY.flags(ETHER).precursorCategory());
    ChemicalFlags kmno4 = REGISTRY.flags(PERMANGANATE);
    assertEquals(Optional.of(PrecursorCategory.THIRD), kmno4.precursorCategory());
    assertEquals(Listing.LISTED, kmno4.explosivePrecursor());
  }

  @Test
  void waterIsOnNoList() {
    ChemicalFlags f = REGISTRY.flags(WATER);
    assertEquals(Listing.NOT_LISTED, f.precursor());
    assertEquals(Listing.NOT_LISTED, f.explosivePrecursor());
    assertEquals(Listing.NOT_LISTED, f.highlyToxic());
    assertFalse(f.controlled());
    assertTrue(f.skipped().isEmpty());
  }

  @Test
  void anUnverifiedRowIsSkippedAndReportedUnderTheDefaultPolicy() {
    // 醋酸酐 108-24-7: the pack adds its CAS number (UNVERIFIED row); 氯化汞 is [U] in the 剧毒 pack.
    ChemicalFlags anhydride = REGISTRY.flags(ACETIC_ANHYDRIDE);
    assertEquals(Listing.NOT_CHECKED, anhydride.precursor());
    assertEquals(Optional.empty(), anhydride.precursorCategory());
    assertEquals(1, anhydride.skipped().size());
    AppliedRule row = anhydride.skipped().get(0);
    assertEquals("categories[108-24-7]", row.parameter());
    assertEquals(Verification.UNVERIFIED, row.verification());
    assertFalse(anhydride.controlled());
    assertTrue(anhydride.findings().get(0).message().en().contains("precursor chemical: not checked"));
    ChemicalFlags hgcl2 = REGISTRY.flags(MERCURIC_CHLORIDE);
    assertEquals(Listing.NOT_CHECKED, hgcl2.highlyToxic());
    assertEquals("listedAbove[7487-94-7]", hgcl2.skipped().get(0).parameter());
  }

  @Test
  void anUnverifiedRowIsReadWhenTheCallerAllowsIt() {
    ChemicalFlags anhydride = ALLOWING.flags(ACETIC_ANHYDRIDE);
    assertEquals(Listing.LISTED, anhydride.precursor());
    assertEquals(Optional.of(PrecursorCategory.SECOND), anhydride.precursorCategory());
    assertTrue(anhydride.skipped().isEmpty());
    ChemicalFlags hgcl2 = ALLOWING.flags(MERCURIC_CHLORIDE);
    assertEquals(Listing.LISTED, hgcl2.highlyToxic());
    assertTrue(hgcl2.controlled());
  }

  @Test
  void concentrationsOutOfRangeAreRefusedNamingTheField() {
    for (String bad : List.of("0", "-1", "100.0001", "1000")) {
      AnxiaoException e = assertThrows(AnxiaoException.class, () -> REGISTRY.flags(PEROXIDE, percent(bad)), bad);
      assertEquals("INVALID_VALUE", e.errorCode());
      assertEquals("concentration", e.field().orElseThrow());
    }
    assertThrows(AnxiaoException.class, () -> REGISTRY.flags(null));
    assertThrows(AnxiaoException.class, () -> REGISTRY.flags(PEROXIDE, null));
  }

  @Test
  void theFlagsBecomeAnAssessment() {
    ChemicalFlags f = REGISTRY.flags(SULFURIC_ACID);
    Assessment a = f.toAssessment(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals("anxiao.safety.chemical-flags", a.calculator().toString());
    assertEquals(ChemicalRegistry.ID, REGISTRY.id());
    assertEquals(3, REGISTRY.requirements().size());
    assertEquals(3, f.packs().size());
    assertTrue(REGISTRY.toString().startsWith("anxiao.safety.chemical-flags"));
  }

  @Test
  void aCategoryWithoutAListingIsRefused() {
    ChemicalFlags f = REGISTRY.flags(SULFURIC_ACID);
    assertThrows(AnxiaoException.class, () -> new ChemicalFlags(f.subject(), f.cas(), f.concentration(),
        Listing.NOT_LISTED, Optional.of(PrecursorCategory.THIRD), f.explosivePrecursor(), f.highlyToxic(), f.skipped(),
        f.rules(), f.packs(), f.findings()));
    assertThrows(AnxiaoException.class, () -> new ChemicalFlags(f.subject(), f.cas(), f.concentration(),
        Listing.LISTED, Optional.empty(), f.explosivePrecursor(), f.highlyToxic(), f.skipped(),
        f.rules(), f.packs(), f.findings()));
  }

  @Test
  void theRulesAppliedAreTheRulesRead() {
    ChemicalFlags f = REGISTRY.flags(PEROXIDE, percent("30"));
    assertEquals(f.rules(), f.rulesApplied());
    assertEquals(4, f.rulesApplied().size());
  }

  @Test
  void aConcentrationWithinItsDomainPassesThrough() {
    java.math.BigDecimal thirty = new java.math.BigDecimal("30");
    assertEquals(Optional.of(thirty), Concentrations.check(Optional.of(thirty)));
    assertEquals(Optional.of(new java.math.BigDecimal("100")),
        Concentrations.check(Optional.of(new java.math.BigDecimal("100"))));
    assertEquals(Optional.empty(), Concentrations.check(Optional.empty()));
  }
}
