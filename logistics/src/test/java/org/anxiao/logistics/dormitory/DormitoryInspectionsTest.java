package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.DormitoryFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.junit.jupiter.api.Test;

/** The illustrative Shanghai room inspection scored by hand under ALLOW_UNVERIFIED, refused by default, and the room ranking (寝室评比). */
class DormitoryInspectionsTest {
  static final DormitoryInspections SHANGHAI_SHEET =
      DormitoryInspections.in(DormitoryFixtures.context(SHANGHAI, VerificationPolicy.ALLOW_UNVERIFIED));
  private static final List<String> ITEMS = List.of("electricity", "water", "facilities", "fire", "theft");

  static Scorecard card(String room, int... scores) {
    List<ItemResponse> r = new ArrayList<>();
    for (int i = 0; i < ITEMS.size(); i++) {
      r.add(ItemResponse.scored(ITEMS.get(i), Integer.toString(scores[i])));
    }
    return SHANGHAI_SHEET.score(Subject.of(SubjectKind.OTHER, room), r);
  }

  @Test
  void theShippedSheetHasTheClausesFiveAreas() {
    assertEquals("sh.example.dormitory-inspection", SHANGHAI_SHEET.checklist().id());
    assertEquals(ITEMS, SHANGHAI_SHEET.checklist().sections().get(0).items().stream().map(i -> i.id()).toList());
    assertEquals(Verification.UNVERIFIED, SHANGHAI_SHEET.checklist().verification().orElseThrow());
    assertEquals("沪教委后〔2024〕10号", SHANGHAI_SHEET.checklist().source().orElseThrow().document());
    assertEquals("anxiao.logistics.dormitory-inspection", SHANGHAI_SHEET.id().toString());
    assertEquals(List.of(DormitoryInspections.KIND), SHANGHAI_SHEET.requirements());
    assertTrue(SHANGHAI_SHEET.toString().startsWith("anxiao.logistics.dormitory-inspection"));
  }

  @Test
  void aRoomScoredByHand() {
    // 20 + 15 + 20 + 10 + 20 = 85 of 100 (one section of 100 points: 85 × 100 / 100) → ≥ 60 and < 90: PASS (合格).
    Scorecard c = card("3-101", 20, 15, 20, 10, 20);
    assertEquals(0, new BigDecimal("85").compareTo(c.total()));
    assertEquals("PASS", c.grade().code());
    assertEquals(2, c.findings().size()); // water and fire below their maximum
    assertEquals(List.of("sh.example.dormitory-inspection@1.0.0/checklist"),
        c.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter()).toList());
    // Grade boundaries (Anxiao's reading): 90 EXCELLENT, 89 PASS, 60 PASS, 59 FAIL.
    assertEquals("EXCELLENT", card("a", 20, 20, 20, 10, 20).grade().code());
    assertEquals("PASS", card("a", 20, 20, 20, 9, 20).grade().code());
    assertEquals("PASS", card("a", 20, 20, 20, 0, 0).grade().code());
    assertEquals("FAIL", card("a", 20, 20, 19, 0, 0).grade().code());
  }

  @Test
  void underTheDefaultPolicyTheIllustrativeSheetIsRefused() {
    DormitoryInspections strict = DormitoryInspections.in(DormitoryFixtures.context(SHANGHAI, VerificationPolicy.DEFAULT));
    assertEquals("sh.example.dormitory-inspection", strict.checklist().id());
    List<ItemResponse> full = new ArrayList<>();
    ITEMS.forEach(i -> full.add(ItemResponse.scored(i, "20")));
    RulePackException e = assertThrows(RulePackException.class,
        () -> strict.score(Subject.of(SubjectKind.of("ROOM"), "3-101"), full));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  @Test
  void everyItemNeedsAnAnswer() {
    assertThrows(MissingValueException.class, () -> SHANGHAI_SHEET.score(Subject.of(SubjectKind.OTHER, "a"),
        List.of(ItemResponse.scored("water", "20"))));
    assertThrows(InvalidValueException.class, () -> card("a", 21, 20, 20, 20, 20));
  }

  @Test
  void noSheetIsShippedOutsideShanghai() {
    assertThrows(RulePackException.class, () -> DormitoryInspections.in(DormitoryFixtures.context(
        DormitoryFixtures.SHANDONG, VerificationPolicy.DEFAULT)));
  }

  @Test
  void theRankingIsByTotalThenRoomId() {
    Scorecard a = card("3-102", 20, 15, 20, 10, 20); // 85
    Scorecard b = card("3-101", 20, 20, 20, 5, 20); // 85
    Scorecard c = card("3-103", 20, 20, 20, 15, 20); // 95
    Scorecard d = card("3-104", 10, 10, 10, 10, 10); // 50
    List<RoomRank> ranking = DormitoryInspections.rank(List.of(a, b, c, d));
    assertEquals(List.of("3-103", "3-101", "3-102", "3-104"), ranking.stream().map(RoomRank::roomId).toList());
    // Competition ranking: 95 first; the two 85s share second; 50 is fourth.
    assertEquals(List.of(1, 2, 2, 4), ranking.stream().map(RoomRank::rank).toList());
    assertEquals("EXCELLENT", ranking.get(0).grade().code());
    assertEquals("FAIL", ranking.get(3).grade().code());
    assertEquals(0, new BigDecimal("95").compareTo(ranking.get(0).total()));
    assertEquals(List.of(), DormitoryInspections.rank(List.of()));
  }

  @Test
  void aRoomRankedTwiceIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DormitoryInspections.rank(List.of(card("x", 1, 1, 1, 1, 1), card("y", 1, 1, 1, 1, 1), card("x", 2, 2, 2, 2, 2))));
    assertEquals("cards[2].subject.id", e.field().orElseThrow());
  }

  @Test
  void cardsOfAnotherChecklistAreRefused() {
    // A caller's own sheet of the same shape but another id: its cards are not comparable with the shipped sheet's.
    Checklist other = Checklist.builder().from(SHANGHAI_SHEET.checklist()).id("test.other-sheet").build();
    List<ItemResponse> full = new ArrayList<>();
    ITEMS.forEach(i -> full.add(ItemResponse.scored(i, "20")));
    Scorecard foreign = Scorecards.score(other, Subject.of(SubjectKind.of("ROOM"), "y"), full,
        VerificationPolicy.ALLOW_UNVERIFIED);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DormitoryInspections.rank(List.of(card("x", 1, 1, 1, 1, 1), foreign)));
    assertEquals("cards[1].checklistId", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("test.other-sheet"), e.getMessage());
    InvalidValueException first = assertThrows(InvalidValueException.class,
        () -> DormitoryInspections.rank(List.of(foreign, card("x", 1, 1, 1, 1, 1), card("z", 1, 1, 1, 1, 1))));
    assertEquals("cards[1].checklistId", first.field().orElseThrow());
    // One card of the other sheet alone is rankable: it is its own checklist.
    assertEquals(1, DormitoryInspections.rank(List.of(foreign)).size());
  }

  @Test
  void theRankingDoesNotDependOnTheOrderGiven() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 8), integers().all())
        .checkAssert((scores, seed) -> {
          List<Scorecard> cards = new ArrayList<>();
          for (int i = 0; i < scores.size(); i++) {
            int s = scores.get(i) * 5;
            cards.add(card("room-" + i, s, s, s, s, s));
          }
          List<Scorecard> shuffled = new ArrayList<>(cards);
          Collections.shuffle(shuffled, new Random(seed));
          List<RoomRank> one = DormitoryInspections.rank(cards);
          assertEquals(one, DormitoryInspections.rank(shuffled));
          for (int i = 1; i < one.size(); i++) {
            int cmp = one.get(i).total().compareTo(one.get(i - 1).total());
            assertTrue(cmp < 0 || (cmp == 0 && one.get(i).roomId().compareTo(one.get(i - 1).roomId()) > 0
                && one.get(i).rank() == one.get(i - 1).rank()));
            assertTrue(cmp == 0 || one.get(i).rank() == i + 1);
          }
        });
  }
}
