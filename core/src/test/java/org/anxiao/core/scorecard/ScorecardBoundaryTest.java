package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.junit.jupiter.api.Test;

/**
 * The scorecard model at its documented limits: the least and greatest rounding scales, an item
 * deducted exactly to zero or beyond, and optional texts that must not be blank when present.
 */
class ScorecardBoundaryTest {
  private static Scorecard scored(String a1) {
    return Scorecards.score(checklist(), SCHOOL, ScorecardFixtures.itemIds().stream()
        .map(id -> id.equals("a1") ? ItemResponse.scored(id, a1) : ItemResponse.scored(id, "10")).toList());
  }

  @Test
  void totalRoundedAcceptsZeroAndTheMaximumFractionDigits() {
    Scorecard s = scored("3.5");
    BigDecimal whole = s.totalRounded(0);
    assertEquals(0, whole.scale());
    assertEquals(s.total().setScale(0, RoundingMode.HALF_UP), whole);
    BigDecimal finest = s.totalRounded(Bounds.MAX_FRACTION_DIGITS);
    assertEquals(Bounds.MAX_FRACTION_DIGITS, finest.scale());
    assertEquals(s.total().setScale(Bounds.MAX_FRACTION_DIGITS, RoundingMode.HALF_UP), finest);
  }

  @Test
  void deductionsDownToExactlyZeroLeaveZeroAndBeyondAreFloored() {
    Checklist c = checklist();
    List<ItemResponse> exact = ScorecardFixtures.itemIds().stream().map(id -> id.equals("a1")
        ? ItemResponse.deducted(id, new Deduction(new BigDecimal("6"), "r1"), new Deduction(new BigDecimal("4"), "r2"))
        : ItemResponse.scored(id, "10")).toList();
    List<ItemResponse> beyond = ScorecardFixtures.itemIds().stream().map(id -> id.equals("a1")
        ? ItemResponse.deducted(id, new Deduction(new BigDecimal("6"), "r1"), new Deduction(new BigDecimal("7"), "r2"))
        : ItemResponse.scored(id, "10")).toList();
    Scorecard atZero = Scorecards.score(c, SCHOOL, exact);
    Scorecard belowZero = Scorecards.score(c, SCHOOL, beyond);
    Scorecard scoredZero = scored("0");
    for (Scorecard s : List.of(atZero, belowZero)) {
      ItemScore a1 = s.sections().get(0).items().get(0);
      assertEquals("a1", a1.itemId());
      assertEquals(0, a1.score().orElseThrow().signum(), "never below zero");
      assertEquals(0, s.total().compareTo(scoredZero.total()), "as if a1 had scored 0");
    }
  }

  @Test
  void aPresentNoteMustNotBeBlank() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ItemResponse("a1",
        ItemResponse.Status.SCORED, Optional.of(BigDecimal.ONE), List.of(), false, Optional.of(" ")));
    assertEquals(Optional.of("note"), e.field());
    assertEquals(Optional.of("有灭火器"), new ItemResponse("a1", ItemResponse.Status.SCORED, Optional.of(BigDecimal.ONE),
        List.of(), false, Optional.of("有灭火器")).note());
  }

  @Test
  void aBlankVetoGradeIsRefusedAsBlankBeforeItIsLookedUp() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(checklist()).vetoGrade(" ").build());
    assertEquals(Optional.of("vetoGrade"), e.field());
    assertEquals("must not be blank", e.rule());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(checklist()).vetoGrade("TERRIBLE").build());
    assertEquals(Optional.of("vetoGrade"), unknown.field());
    assertEquals("must name a grade", unknown.rule());
  }
}
