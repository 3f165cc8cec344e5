package org.anxiao.safety.defence;

import static org.anxiao.safety.defence.DefenceFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The facility-table engine over a fictional seven-row TEST table (DefenceFixtures#facilities) with
 * 应 weight 2 and 宜 weight 1, and the shipped GB/T 29315-2022 pack (UNVERIFIED, two 应 rows). The
 * TEST table's seven facilities: 应 entrance-video, gatehouse-emergency-alarm, hazstore-video, hazstore-intrusion,
 * canteen-video (5 × 2 = 10); 宜 perimeter-intrusion, corridor-video (2 × 1 = 2); Σw = 12.
 */
class FacilityTablesTest {
  static final FacilityTables GB = DefenceFixtures.facilities();
  static final List<String> IDS = List.of("entrance-video", "gatehouse-emergency-alarm", "perimeter-intrusion",
      "hazstore-video", "hazstore-intrusion", "canteen-video", "corridor-video");

  /** Every facility met (score 1) but those in {@code missing} (score 0). */
  static List<EvidencedResponse> allBut(String... missing) {
    List<String> miss = List.of(missing);
    List<EvidencedResponse> out = new ArrayList<>();
    for (String id : IDS) {
      out.add(new EvidencedResponse(ItemResponse.scored(id, miss.contains(id) ? "0" : "1"), List.of()));
    }
    return out;
  }

  static BigDecimal total(List<EvidencedResponse> r) {
    return GB.score(SCHOOL, r).scorecard().total();
  }

  @Test
  void theShippedTableIsUnverifiedAndRefusedByDefault() {
    FacilityTables strict = FacilityTables.in(RuleContext.standard(JurisdictionCode.CN, DefenceFixtures.DATE));
    RulePackException e = assertThrows(RulePackException.class, () -> strict.score(SCHOOL, allBut()));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    assertEquals(IDS, GB.rules().value().table().value().facilities().stream().map(Facility::id).toList());
  }

  @Test
  void theShippedTableHoldsOnlyTheTwoReportedRequiredFacilities() {
    FacilityTables shipped = DefenceFixtures.shippedFacilities();
    FacilityTable table = shipped.rules().value().table().value();
    assertEquals(List.of("entrance-anti-ramming", "perimeter-barrier"), table.facilities().stream().map(Facility::id).toList());
    assertTrue(table.facilities().stream().allMatch(f -> f.obligation() == Obligation.REQUIRED));
    // Both 应 (weight 2 each): both met 4 / 4 → 100; the barrier missing 2 / 4 → 50.
    List<EvidencedResponse> one = List.of(
        new EvidencedResponse(ItemResponse.scored("entrance-anti-ramming", "1"), List.of()),
        new EvidencedResponse(ItemResponse.scored("perimeter-barrier", "0"), List.of()));
    assertEquals(0, new BigDecimal("50").compareTo(shipped.score(SCHOOL, one).scorecard().total()));
    assertEquals(List.of("cn.gbt29315-2022.facilities@1.0.0"), shipped.rules().packs().stream().map(Object::toString).toList());
    assertTrue(FacilityTables.in(RuleContext.standard(JurisdictionCode.CN, java.time.LocalDate.of(2022, 6, 1))
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).rules().packs().size() == 1);
    assertThrows(AnxiaoException.class, () -> FacilityTables.in(RuleContext.standard(JurisdictionCode.CN,
        java.time.LocalDate.of(2022, 5, 31))));
  }

  @Test
  void requiredItemsWeighTwiceRecommendedOnes() {
    // All met: 12 / 12 → 100.
    assertEquals(0, new BigDecimal("100").compareTo(total(allBut())));
    // A 宜 missed: (12 − 1) / 12 × 100 = 91.666…; a 应 missed: (12 − 2) / 12 × 100 = 83.333….
    assertEquals(0, new BigDecimal("91.66666666666667").compareTo(total(allBut("perimeter-intrusion"))));
    assertEquals(0, new BigDecimal("83.33333333333333").compareTo(total(allBut("canteen-video"))));
    // Every 应 missed, both 宜 met: 2 / 12 × 100 = 16.666…; nothing met: 0.
    assertEquals(0, new BigDecimal("16.66666666666667").compareTo(total(allBut("entrance-video",
        "gatehouse-emergency-alarm", "hazstore-video", "hazstore-intrusion", "canteen-video"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(total(allBut(IDS.toArray(String[]::new)))));
  }

  @Test
  void aNotApplicableFacilityDropsOut() {
    // No hazardous-chemical store: 应 2 + 2 + 2 = 6, 宜 2 → Σw 8; corridor missed → 7 / 8 × 100 = 87.5.
    List<EvidencedResponse> r = new ArrayList<>(allBut("corridor-video"));
    r.replaceAll(x -> x.itemId().startsWith("hazstore")
        ? new EvidencedResponse(ItemResponse.notApplicable(x.itemId()), List.of()) : x);
    assertEquals(0, new BigDecimal("87.5").compareTo(total(r)));
  }

  @Test
  void theRulesReadAreTheTableTheWeightsAndTheChecklistRecord() {
    DefenceScorecard card = GB.score(SCHOOL, allBut());
    assertEquals(List.of("table", "requiredWeight", "recommendedWeight", "checklist"),
        card.rules().stream().map(a -> a.parameter()).toList());
    assertEquals(FacilityTables.ID, card.calculator());
    assertEquals(FacilityTables.ID, GB.id());
    assertEquals(List.of(FacilityTableRule.KIND), GB.requirements());
    assertTrue(GB.toString().startsWith("anxiao.safety.facility-table 440000"), GB.toString());
    assertEquals("SCORED", card.scorecard().grade().code());
    assertEquals(GB.rules(), FacilityTables.of(GB.rules(), VerificationPolicy.ALLOW_UNVERIFIED).rules());
    assertTrue(card.scorecard().sections().get(0).items().get(0).weight().compareTo(new BigDecimal("2")) == 0);
  }

  @Test
  void aScoreAboveOneIsRefused() {
    List<EvidencedResponse> r = new ArrayList<>(allBut());
    r.set(0, new EvidencedResponse(ItemResponse.scored("entrance-video", "1.5"), List.of()));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> GB.score(SCHOOL, r));
    assertEquals("INVALID_VALUE", e.errorCode());
  }

  @Test
  void aPackWhoseRequiredWeightIsNotAboveTheRecommendedIsRefused() {
    for (String w : List.of("1", "0.5")) {
      var pack = DefenceFixtures.testPack(DefenceFixtures.FACILITIES_PACK, "test.facilities-weights",
          t -> ((ObjectNode) t.get("parameters").get("requiredWeight")).put("value", w));
      RulePackException e = assertThrows(RulePackException.class,
          () -> FacilityTables.in(DefenceFixtures.guangdong(VerificationPolicy.ALLOW_UNVERIFIED, pack)));
      assertEquals(RulePackException.INVALID, e.errorCode());
      assertEquals(Optional.of("test.facilities-weights@1.0.0#/parameters/requiredWeight/value"), e.field(),
          e.getMessage());
    }
    var ok = DefenceFixtures.testPack(DefenceFixtures.FACILITIES_PACK, "test.facilities-weights",
        t -> ((ObjectNode) t.get("parameters").get("requiredWeight")).put("value", "1.01"));
    FacilityTables.in(DefenceFixtures.guangdong(VerificationPolicy.ALLOW_UNVERIFIED, ok));
  }

  @Test
  void badTablesAreRefusedNamingTheField() {
    LocalizedText t = LocalizedText.of("视频", "video");
    Facility a = new Facility("a", t, Obligation.REQUIRED, Optional.empty());
    DefenceChecklistsTest.assertField("keyParts", () -> new FacilityTable(List.of()));
    DefenceChecklistsTest.assertField("keyParts", () -> new FacilityTable(List.of(
        new KeyPartFacilities("P", t, List.of(a)), new KeyPartFacilities("P", t, List.of(
            new Facility("b", t, Obligation.RECOMMENDED, Optional.empty()))))));
    DefenceChecklistsTest.assertField("keyParts[1].facilities", () -> new FacilityTable(List.of(
        new KeyPartFacilities("P", t, List.of(a)), new KeyPartFacilities("Q", t, List.of(a)))));
    DefenceChecklistsTest.assertField("facilities", () -> new KeyPartFacilities("P", t, List.of()));
    DefenceChecklistsTest.assertField("id", () -> new KeyPartFacilities(" ", t, List.of(a)));
    DefenceChecklistsTest.assertField("id", () -> new Facility("", t, Obligation.REQUIRED, Optional.empty()));
    DefenceChecklistsTest.assertField("obligation", () -> new Facility("a", t, null, Optional.empty()));
    DefenceChecklistsTest.assertField("clause", () -> new Facility("a", t, Obligation.REQUIRED, Optional.of(" ")));
    assertEquals(Optional.empty(), new Facility("a", t, Obligation.REQUIRED, null).clause());
    assertEquals(List.of(a), new FacilityTable(List.of(new KeyPartFacilities("P", t, List.of(a)))).facilities());
    assertEquals("应", Obligation.REQUIRED.label().zh());
    assertEquals("should", Obligation.RECOMMENDED.label().en());
  }
}
