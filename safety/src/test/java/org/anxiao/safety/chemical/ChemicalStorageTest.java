package org.anxiao.safety.chemical;

import static org.anxiao.safety.chemical.ChemicalFixtures.HYDROCHLORIC_ACID;
import static org.anxiao.safety.chemical.ChemicalFixtures.NITRIC_ACID;
import static org.anxiao.safety.chemical.ChemicalFixtures.PERMANGANATE;
import static org.anxiao.safety.chemical.ChemicalFixtures.PEROXIDE;
import static org.anxiao.safety.chemical.ChemicalFixtures.POTASSIUM;
import static org.anxiao.safety.chemical.ChemicalFixtures.SODIUM;
import static org.anxiao.safety.chemical.ChemicalFixtures.SODIUM_HYDROXIDE;
import static org.anxiao.safety.chemical.ChemicalFixtures.SULFURIC_ACID;
import static org.anxiao.safety.chemical.ChemicalFixtures.WATER;
import static org.anxiao.safety.chemical.ChemicalFixtures.cabinet;
import static org.anxiao.safety.chemical.ChemicalFixtures.item;
import static org.anxiao.safety.chemical.ChemicalFixtures.room;
import static org.anxiao.safety.chemical.ChemicalFixtures.underOil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/** Storage checks worked by hand from the packs (spec §7 storage rules, Minhang 2022 四、9), each finding kind and branch. */
class ChemicalStorageTest {
  private static final ChemicalStorage MINHANG_ALL = ChemicalStorage.in(
      ChemicalFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED));
  private static final ChemicalStorage MINHANG = ChemicalStorage.in(ChemicalFixtures.minhang(VerificationPolicy.DEFAULT));
  private static final ChemicalStorage NATIONAL = ChemicalStorage.in(ChemicalFixtures.national(VerificationPolicy.DEFAULT));
  private static final ChemicalStorage NATIONAL_ALL = ChemicalStorage.in(
      ChemicalFixtures.national(VerificationPolicy.ALLOW_UNVERIFIED));
  private static final CasNumber ETHANOL = CasNumber.of("64-17-5");

  /**
   * Room: video and security door only. Cabinet A (ledger only): 硝酸 (易制爆; acid, oxidiser), 硫酸 (易制毒 3;
   * acid), 乙醇 (flammable). Cabinet B (dual lock, ledger): 钠 not under oil, 钾 under oil (both 易制爆;
   * reducer, water-reactive), 盐酸 (易制毒 3; acid), 高锰酸钾 (易制毒 3 and 易制爆; oxidiser).
   */
  static StorageLayout sample() {
    return room(EnumSet.of(StorageControl.VIDEO, StorageControl.SECURITY_DOOR),
        cabinet("B", EnumSet.of(StorageControl.DUAL_LOCK, StorageControl.LEDGER), item(SODIUM), underOil(POTASSIUM),
            item(HYDROCHLORIC_ACID, "36"), item(PERMANGANATE)),
        cabinet("A", EnumSet.of(StorageControl.LEDGER), item(NITRIC_ACID, "65"), item(SULFURIC_ACID, "98"),
            item(ETHANOL, "95")));
  }

  private static List<String> codes(StorageCheck check) {
    return check.findings().stream().map(f -> f.code().toString().replace("SAFETY.CHEMICAL.", "") + " "
        + f.subject().id()).toList();
  }

  @Test
  void theSampleStoreInMinhangWithEveryRuleAllowed() {
    StorageCheck check = MINHANG_ALL.check(sample());
    // Room: Minhang 四、9 asks VIDEO, INTRUSION_ALARM, SECURITY_DOOR, SAFE; VIDEO and SECURITY_DOOR present → 2 missing.
    // A: 硝酸 is 易制爆 → DUAL_LOCK and LEDGER needed, LEDGER present → DUAL_LOCK missing. 易制毒 {7664-93-9} beside
    //    易制爆 {7697-37-2} → mixed. Pairs by CAS: 64-17-5 × 7664-93-9 flammable/acid: compatible; 64-17-5 × 7697-37-2
    //    flammable/oxidiser: incompatible; 7664-93-9 × 7697-37-2 acid/acid, acid/oxidiser: compatible.
    // B: both controls present. 易制毒 {7647-01-0, 7722-64-7} beside 易制爆 {7440-09-7, 7440-23-5, 7722-64-7} → mixed.
    //    7440-09-7 × 7440-23-5 compatible; 7440-09-7 × 7647-01-0 water-reactive/acid (additional pair);
    //    7440-09-7 × 7722-64-7 reducer/oxidiser; 7440-23-5 × 7647-01-0 water-reactive/acid;
    //    7440-23-5 × 7722-64-7 reducer/oxidiser; 7647-01-0 × 7722-64-7 acid/oxidiser compatible. 钠 not under oil.
    assertEquals(List.of(
        "ROOM_CONTROL_MISSING chem-store", "ROOM_CONTROL_MISSING chem-store",
        "CONTROL_MISSING chem-store/A", "PRECURSORS_MIXED chem-store/A", "INCOMPATIBLE chem-store/A",
        "PRECURSORS_MIXED chem-store/B", "INCOMPATIBLE chem-store/B", "INCOMPATIBLE chem-store/B",
        "INCOMPATIBLE chem-store/B", "INCOMPATIBLE chem-store/B", "NOT_UNDER_OIL chem-store/B"), codes(check));
    List<Finding> f = check.findings();
    assertEquals("Room chem-store: no intrusion alarm.", f.get(0).message().en());
    assertEquals("chem-store：未设防盗保险柜。", f.get(1).message().zh());
    assertEquals("Cabinet A holds highly toxic or explosive-precursor chemicals (7697-37-2) without two-person dual lock.",
        f.get(2).message().en());
    assertEquals("Cabinet A holds precursor chemicals (7664-93-9) beside explosive precursors (7697-37-2); keep them in "
        + "separate cabinets.", f.get(3).message().en());
    assertEquals("Cabinet A: 64-17-5 (flammable) and 7697-37-2 (oxidiser) are incompatible and must not share a cabinet.",
        f.get(4).message().en());
    assertEquals("Cabinet B: 7440-09-7 (water-reactive) and 7647-01-0 (acid) are incompatible and must not share a "
        + "cabinet.", f.get(6).message().en());
    assertEquals("试剂柜 B：7440-09-7（还原剂）与 7722-64-7（氧化剂）属禁忌配存，不得同柜。", f.get(7).message().zh());
    assertEquals("Cabinet B: 7440-23-5 must be kept under oil.", f.get(10).message().en());
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.HIGH));
    assertTrue(check.compatibilityChecked());
    assertTrue(check.skipped().isEmpty());
    assertEquals(7, check.packs().size()); // three lists, classes, compatibility, storage (CN and Minhang)
    assertEquals("anxiao.safety.chemical-storage",
        check.toAssessment(Instant.parse("2026-03-01T00:00:00Z")).calculator());
  }

  @Test
  void underTheDefaultPolicyTheUnverifiedHazardClassesAreSkippedAndSaidSo() {
    StorageCheck check = MINHANG.check(sample());
    assertEquals(List.of(
        "ROOM_CONTROL_MISSING chem-store", "ROOM_CONTROL_MISSING chem-store",
        "CONTROL_MISSING chem-store/A", "PRECURSORS_MIXED chem-store/A",
        "PRECURSORS_MIXED chem-store/B", "NOT_UNDER_OIL chem-store/B", "CHECK_SKIPPED chem-store"), codes(check));
    assertFalse(check.compatibilityChecked());
    assertEquals(List.of("classes"), check.skipped().stream().map(r -> r.parameter()).toList());
    Finding skipped = check.findings().get(6);
    assertEquals(Severity.INFO, skipped.severity());
    assertEquals("Not checked: cn.school-reagent-hazard-classes@1.0.0/classes is UNVERIFIED, below the verification "
        + "policy.", skipped.message().en());
  }

  @Test
  void outsideMinhangNoRoomControlsAreAsked() {
    List<String> codes = codes(NATIONAL.check(sample()));
    assertFalse(codes.contains("ROOM_CONTROL_MISSING chem-store"));
    assertEquals(5, codes.size());
  }

  @Test
  void aRoomWithEveryControlHasNoRoomFinding() {
    StorageLayout full = room(EnumSet.of(StorageControl.VIDEO, StorageControl.INTRUSION_ALARM,
        StorageControl.SECURITY_DOOR, StorageControl.SAFE), cabinet("A", Set.of(), item(WATER)));
    assertEquals(List.of(), codes(MINHANG.check(full)).stream().filter(c -> !c.startsWith("CHECK_SKIPPED")).toList());
  }

  @Test
  void eachMissingCabinetControlIsAFindingAndOnlyForControlledChemicals() {
    // 钾 alone (易制爆) with no controls: DUAL_LOCK and LEDGER both missing.
    List<String> none = codes(NATIONAL.check(room(Set.of(), cabinet("A", Set.of(), underOil(POTASSIUM)))));
    assertEquals(List.of("CONTROL_MISSING chem-store/A", "CONTROL_MISSING chem-store/A", "CHECK_SKIPPED chem-store"),
        none);
    // 硫酸 alone (易制毒 only) needs neither.
    assertEquals(List.of("CHECK_SKIPPED chem-store"),
        codes(NATIONAL.check(room(Set.of(), cabinet("A", Set.of(), item(SULFURIC_ACID))))));
  }

  @Test
  void aHighlyToxicChemicalAloneNeedsLocksAndLedger() {
    // 氯化汞 under ALLOW_UNVERIFIED: 剧毒 LISTED, not 易制爆 → DUAL_LOCK and LEDGER both asked; with both, none.
    StorageCheck bare = NATIONAL_ALL.check(room(Set.of(), cabinet("A", Set.of(),
        item(ChemicalFixtures.MERCURIC_CHLORIDE))));
    assertEquals(List.of("CONTROL_MISSING chem-store/A", "CONTROL_MISSING chem-store/A", "CLASSES_UNKNOWN chem-store/A"),
        codes(bare));
    assertEquals("Cabinet A holds highly toxic or explosive-precursor chemicals (7487-94-7) without ledger.",
        bare.findings().get(1).message().en());
    StorageCheck locked = NATIONAL_ALL.check(room(Set.of(), cabinet("A",
        EnumSet.of(StorageControl.DUAL_LOCK, StorageControl.LEDGER), item(ChemicalFixtures.MERCURIC_CHLORIDE))));
    assertEquals(List.of("CLASSES_UNKNOWN chem-store/A"), codes(locked));
  }

  @Test
  void hydrogenPeroxideNeedsLocksOnlyAbove8Percent() {
    StorageLayout weak = room(Set.of(), cabinet("A", Set.of(), item(PEROXIDE, "8")));
    StorageLayout strong = room(Set.of(), cabinet("A", Set.of(), item(PEROXIDE, "8.01")));
    assertEquals(List.of("CHECK_SKIPPED chem-store"), codes(NATIONAL.check(weak)));
    assertEquals(2, codes(NATIONAL.check(strong)).stream().filter(c -> c.startsWith("CONTROL_MISSING")).count());
    StorageLayout unknown = room(Set.of(), cabinet("A", Set.of(), item(PEROXIDE)));
    assertEquals("concentration", assertThrows(MissingValueException.class, () -> NATIONAL.check(unknown)).field()
        .orElseThrow());
  }

  @Test
  void permanganateAloneIsNoMixButBesideAnotherListedChemicalItIs() {
    assertFalse(ChemicalStorage.mixed(Set.of("7722-64-7"), Set.of("7722-64-7")));
    assertTrue(ChemicalStorage.mixed(Set.of("7722-64-7", "7664-93-9"), Set.of("7722-64-7")));
    assertTrue(ChemicalStorage.mixed(Set.of("7722-64-7"), Set.of("7722-64-7", "7440-23-5")));
    assertFalse(ChemicalStorage.mixed(Set.of(), Set.of("7440-23-5")));
    assertFalse(ChemicalStorage.mixed(Set.of("7664-93-9"), Set.of()));
    List<String> alone = codes(NATIONAL.check(room(Set.of(), cabinet("A",
        EnumSet.of(StorageControl.DUAL_LOCK, StorageControl.LEDGER), item(PERMANGANATE), item(PERMANGANATE)))));
    assertEquals(List.of("CHECK_SKIPPED chem-store"), alone);
  }

  @Test
  void acidBesideBaseIsIncompatibleAndAnUnclassedReagentIsReported() {
    StorageCheck check = NATIONAL_ALL.check(room(Set.of(), cabinet("A", Set.of(), item(SODIUM_HYDROXIDE, "30"),
        item(SULFURIC_ACID, "98"), item(WATER))));
    // 1310-73-2 base × 7664-93-9 acid → incompatible; 7732-18-5 (water) is not in the class table.
    assertEquals(List.of("CLASSES_UNKNOWN chem-store/A", "INCOMPATIBLE chem-store/A"), codes(check));
    assertEquals(Severity.INFO, check.findings().get(0).severity());
    assertEquals("Cabinet A: the hazard class of 7732-18-5 is not known; its compatibility was not checked.",
        check.findings().get(0).message().en());
    assertEquals("Cabinet A: 1310-73-2 (base) and 7664-93-9 (acid) are incompatible and must not share a cabinet.",
        check.findings().get(1).message().en());
  }

  @Test
  void theAdditionalPairsAreSkippedAloneWhenTheyAreBelowThePolicy() {
    // A caller who admits the class table (TEST pack, SECONDARY) but not the UNVERIFIED additional pairs.
    RuleContext context = RuleContext.of(ShippedPacks.withPacks(ChemicalFixtures.testPack(
        "cn-school-reagent-hazard-classes.json", "test.hazard-classes", t -> t.put("verification", "SECONDARY"))),
        ChemicalFixtures.GUANGDONG, ChemicalFixtures.DATE);
    StorageCheck check = ChemicalStorage.in(context).check(room(Set.of(), cabinet("A",
        EnumSet.of(StorageControl.DUAL_LOCK, StorageControl.LEDGER), underOil(SODIUM), item(HYDROCHLORIC_ACID, "36"))));
    // 钠 × 盐酸: water-reactive/acid is only in additionalIncompatible (skipped); reducer/acid is compatible.
    // 盐酸 (易制毒) beside 钠 (易制爆) is still a mix.
    assertEquals(List.of("PRECURSORS_MIXED chem-store/A", "CHECK_SKIPPED chem-store"), codes(check));
    assertTrue(check.compatibilityChecked());
    assertEquals("additionalIncompatible", check.skipped().get(0).parameter());
  }

  @Test
  void anUnverifiedListRowInAStoreIsSkippedAndReported() {
    StorageCheck check = NATIONAL.check(room(Set.of(), cabinet("A", Set.of(), item(ChemicalFixtures.MERCURIC_CHLORIDE))));
    assertEquals(List.of("classes", "listedAbove[7487-94-7]"), check.skipped().stream().map(r -> r.parameter()).toList());
  }

  @Test
  void aStoreNeedsEveryRuleKindInForce() {
    assertEquals(6, NATIONAL.requirements().size());
    assertEquals(ChemicalStorage.ID, NATIONAL.id());
    assertTrue(NATIONAL.toString().startsWith("anxiao.safety.chemical-storage 440000"));
    assertThrows(RulePackException.class, () -> ChemicalStorage.in(RuleContext.standard(ChemicalFixtures.GUANGDONG,
        java.time.LocalDate.of(1999, 1, 1))));
  }
}
