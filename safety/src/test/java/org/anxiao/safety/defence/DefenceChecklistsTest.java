package org.anxiao.safety.defence;

import static org.anxiao.safety.defence.DefenceFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecards;
import org.junit.jupiter.api.Test;

/**
 * The Minhang checklist (§四(一)7 and 9) scored through core's Scorecards, with evidence per item.
 * Points: 14 items, 8 in 封闭管理 and 6 in 技防物防, each 10 points; each section carries 50.
 */
class DefenceChecklistsTest {
  static final DefenceChecklists MINHANG = DefenceFixtures.minhangChecklist();
  static final EvidenceRef PHOTO = new EvidenceRef(EvidenceKind.PHOTO, "photos/gate-2026-03-01.jpg");

  /** Every item met, each with a photo. */
  static List<EvidencedResponse> allMet() {
    List<EvidencedResponse> out = new ArrayList<>();
    MINHANG.checklist().sections().forEach(s -> s.items().forEach(i ->
        out.add(EvidencedResponse.of(ItemResponse.scored(i.id(), "10"), PHOTO))));
    return out;
  }

  static List<EvidencedResponse> with(List<EvidencedResponse> base, String itemId, EvidencedResponse r) {
    List<EvidencedResponse> out = new ArrayList<>();
    base.forEach(b -> out.add(b.itemId().equals(itemId) ? r : b));
    return out;
  }

  @Test
  void theMinhangPackHoldsOneItemPerRequirement() {
    Checklist c = MINHANG.checklist();
    assertEquals("sh.minhang.defence-checklist-2022", c.id());
    assertEquals(Optional.of(Verification.OFFICIAL_TEXT), c.verification());
    assertEquals(List.of(8, 6), c.sections().stream().map(s -> s.items().size()).toList());
    assertEquals(0, new BigDecimal("100").compareTo(c.effectiveMaxScore()));
    assertEquals(Optional.of("四(一)9"), c.item("tech-video-retained").flatMap(ChecklistItem::clause));
    assertEquals(Optional.of("四(一)7 四个一律"), c.item("closed-visitors-escorted").flatMap(ChecklistItem::clause));
    assertEquals(DefenceChecklists.ID, MINHANG.id());
    assertEquals(List.of(DefenceChecklists.KIND), MINHANG.requirements());
    assertTrue(MINHANG.toString().startsWith("anxiao.safety.defence-checklist "), MINHANG.toString());
  }

  @Test
  void everyItemMetScoresOneHundredAndAllMet() {
    DefenceScorecard card = MINHANG.score(SCHOOL, allMet());
    // 封闭 8 × 10 = 80 of 80 → 50 of 50; 技防 6 × 10 = 60 of 60 → 50; total 100 → MET (minimum 100).
    assertEquals(0, new BigDecimal("100").compareTo(card.scorecard().total()));
    assertEquals("MET", card.scorecard().grade().code());
    assertTrue(card.unevidenced().isEmpty());
    assertEquals(List.of(PHOTO), card.evidence("tech-alarm-installed"));
    assertTrue(card.findings().isEmpty());
    assertEquals(SCHOOL, card.subject());
    assertEquals(DefenceChecklists.ID, card.calculator());
    Assessment a = card.toAssessment(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals(1, a.rulesApplied().size());
    assertEquals(Scorecards.CHECKLIST_PARAMETER, a.rulesApplied().get(0).parameter());
  }

  @Test
  void oneTechnicalItemMissedCostsFivePoints() {
    // 技防 5 of 6 items: 50 of 60 weighted → 50 × 50 / 60 = 41.666…; total 50 + 41.666… = 91.666… → SHORT.
    List<EvidencedResponse> r = with(allMet(), "tech-video-retained",
        new EvidencedResponse(ItemResponse.scored("tech-video-retained", "0"), List.of()));
    DefenceScorecard card = MINHANG.score(SCHOOL, r);
    assertEquals(0, new BigDecimal("91.66666666666667").compareTo(card.scorecard().total()),
        card.scorecard().total().toPlainString());
    assertEquals("SHORT", card.scorecard().grade().code());
    assertEquals(List.of("tech-video-retained"), card.unevidenced());
    assertEquals(1, card.findings().size());
    assertEquals(Scorecards.ITEM_SHORTFALL, card.findings().get(0).code());
  }

  @Test
  void aNotApplicableItemDropsOutAndNeedsNoEvidence() {
    // A kindergarten with no chemistry lab: 技防 5 items apply, 50 of 50 → 50; total 100.
    List<EvidencedResponse> r = with(allMet(), "tech-lab-store-defence",
        new EvidencedResponse(ItemResponse.notApplicable("tech-lab-store-defence"), List.of()));
    DefenceScorecard card = MINHANG.score(SCHOOL, r);
    assertEquals(0, new BigDecimal("100").compareTo(card.scorecard().total()));
    assertTrue(card.unevidenced().isEmpty());
    assertTrue(card.evidence("tech-lab-store-defence").isEmpty());
  }

  @Test
  void theOrderGivenNeverChangesTheResult() {
    List<EvidencedResponse> reversed = new ArrayList<>(allMet());
    java.util.Collections.reverse(reversed);
    DefenceScorecard card = MINHANG.score(SCHOOL, reversed);
    assertEquals("closed-perimeter-alarm", card.responses().get(0).itemId());
    assertEquals(MINHANG.score(SCHOOL, allMet()).scorecard().total(), card.scorecard().total());
  }

  @Test
  void missingUnknownAndDuplicateAnswersAreRefused() {
    List<EvidencedResponse> missing = new ArrayList<>(allMet());
    missing.remove(0);
    assertThrows(MissingValueException.class, () -> MINHANG.score(SCHOOL, missing));
    List<EvidencedResponse> unknown = new ArrayList<>(allMet());
    unknown.add(EvidencedResponse.of(ItemResponse.scored("no-such-item", "1")));
    assertThrows(UnknownCodeException.class, () -> MINHANG.score(SCHOOL, unknown));
    List<EvidencedResponse> twice = new ArrayList<>(allMet());
    twice.add(twice.get(0));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> MINHANG.score(SCHOOL, twice));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertThrows(UnknownCodeException.class, () -> MINHANG.score(SCHOOL, allMet()).evidence("no-such-item"));
    assertThrows(MissingValueException.class, () -> MINHANG.score(null, allMet()));
    assertThrows(MissingValueException.class, () -> MINHANG.score(SCHOOL, null));
  }

  @Test
  void evidenceIsValidated() {
    assertField("reference", () -> new EvidenceRef(EvidenceKind.PHOTO, " "));
    assertField("reference", () -> new EvidenceRef(EvidenceKind.PHOTO, "a\nb"));
    assertField("kind", () -> new EvidenceRef(null, "a"));
    assertField("response", () -> new EvidencedResponse(null, List.of()));
    assertField("evidence", () -> EvidencedResponse.of(ItemResponse.scored("a", "1"), (EvidenceRef) null));
    assertEquals("照片", EvidenceKind.PHOTO.label().zh());
    assertEquals(List.of(), new EvidencedResponse(ItemResponse.scored("a", "1"), List.of()).evidence());
  }

  @Test
  void theScorecardMustMatchItsEvidence() {
    DefenceScorecard card = MINHANG.score(SCHOOL, allMet());
    List<EvidencedResponse> shorter = card.responses().subList(1, card.responses().size());
    assertField("responses", () -> new DefenceScorecard(DefenceChecklists.ID, card.scorecard(), shorter, card.rules()));
    List<EvidencedResponse> swapped = new ArrayList<>(card.responses());
    java.util.Collections.swap(swapped, 0, 1);
    assertField("responses", () -> new DefenceScorecard(DefenceChecklists.ID, card.scorecard(), swapped, card.rules()));
    assertField("rules", () -> new DefenceScorecard(DefenceChecklists.ID, card.scorecard(), card.responses(), List.of()));
  }

  static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertTrue(e.field().orElse("").startsWith(field), field + " / " + e.field() + ": " + e.getMessage());
  }
}
