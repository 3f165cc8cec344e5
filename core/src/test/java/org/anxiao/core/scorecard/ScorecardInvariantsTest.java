package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.anxiao.core.scorecard.ScorecardFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each invariant the scorecard types state is enforced: one test per check, so that removing any one
 * of them fails a test.
 */
class ScorecardInvariantsTest {
  private static final LocalizedText T = LocalizedText.of("标题", "title");

  private static GradeBand grade(String code, String min) {
    return new GradeBand(code, T, new BigDecimal(min));
  }

  private static ChecklistSection section(String id, ChecklistItem... items) {
    return new ChecklistSection(id, T, Optional.empty(), List.of(items));
  }

  /** The field an invalid value is reported against. */
  private static String refusedField(Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    return e.field().orElse("");
  }

  @Test
  void theFixtureIsValid() {
    assertEquals("test.safe-campus", checklist().id());
  }

  @Test
  void checklistNeedsAnIdSectionsAndGrades() {
    Checklist c = checklist();
    assertEquals("id", refusedField(() -> Checklist.builder().from(c).id(" ").build()));
    assertEquals("sections", refusedField(() -> Checklist.builder().from(c).sections(List.of()).build()));
    assertEquals("grades", refusedField(() -> Checklist.builder().from(c).grades(List.of()).build()));
  }

  @Test
  void checklistMaximumMustBePositive() {
    Checklist c = checklist();
    assertEquals("maxScore", refusedField(() -> Checklist.builder().from(c).maxScore(BigDecimal.ZERO).build()));
    assertEquals("maxScore", refusedField(() -> Checklist.builder().from(c).maxScore(new BigDecimal("-1")).build()));
  }

  @Test
  void sectionAndItemIdsAreUnique() {
    Checklist c = checklist();
    assertTrue(refusedField(() -> Checklist.builder().from(c).addSections(section("A", item("z1", "5", null, false))).build())
        .startsWith("sections[2]"), "a repeated section id");
    assertEquals("sections[1].items[1].id", refusedField(() -> Checklist.builder().from(c)
        .sections(List.of(section("A", item("x", "5", null, false)), section("B", item("y", "5", null, false), item("x", "5", null, false))))
        .build()), "an item id repeated in another section");
    assertEquals("sections[0].items[1].id", refusedField(() -> Checklist.builder().from(c)
        .sections(List.of(section("A", item("x", "5", null, false), item("x", "5", null, false))))
        .build()), "an item id repeated in its own section");
  }

  @Test
  void gradeBandsStartAtZeroDifferAndStayWithinTheMaximum() {
    Checklist c = checklist();
    InvalidValueException noZero = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(c).grades(List.of(grade("PASS", "60"), grade("GOOD", "75"))).build());
    assertEquals("grades", noZero.field().orElseThrow());
    assertTrue(noZero.getMessage().contains("PASS"), noZero.getMessage());
    InvalidValueException sameCode = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(c).grades(List.of(grade("FAIL", "0"), grade("FAIL", "60"))).build());
    assertTrue(sameCode.getMessage().contains("unique"), sameCode.getMessage());
    InvalidValueException sameMinimum = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(c).grades(List.of(grade("FAIL", "0"), grade("PASS", "60"), grade("ALSO", "60"))).build());
    assertTrue(sameMinimum.getMessage().contains("differ"), sameMinimum.getMessage());
    InvalidValueException aboveMax = assertThrows(InvalidValueException.class,
        () -> Checklist.builder().from(c).grades(List.of(grade("FAIL", "0"), grade("MORE", "100.01"))).build());
    assertTrue(aboveMax.getMessage().contains("maximum"), aboveMax.getMessage());
    // A band starting exactly at the maximum is allowed (a perfect score earns it).
    Checklist top = Checklist.builder().from(c).grades(List.of(grade("FAIL", "0"), grade("PERFECT", "100"))).build();
    assertEquals(2, top.grades().size());
    // Without a stated maximum the sections' points are the scale: 40 + 60.
    assertTrue(refusedField(() -> Checklist.builder().from(c).maxScore(Optional.empty())
        .grades(List.of(grade("FAIL", "0"), grade("MORE", "101"))).build()).equals("grades"));
  }

  @Test
  void theVetoGradeMustNameAGrade() {
    Checklist c = checklist();
    assertEquals("vetoGrade", refusedField(() -> Checklist.builder().from(c).vetoGrade("NOPE").build()));
    assertEquals(Optional.of("PASS"), Checklist.builder().from(c).vetoGrade("PASS").build().vetoGrade());
  }

  @Test
  void itemResponsesKeepTheirShape() {
    assertEquals("itemId", refusedField(() -> ItemResponse.scored(" ", "1")));
    assertEquals("status", refusedField(() -> new ItemResponse("a1", null, Optional.empty(), List.of(), false, Optional.empty())));
    assertEquals("score", refusedField(() -> ItemResponse.scored("a1", "-0.5")));
    Deduction d = new Deduction(BigDecimal.ONE, "缺失");
    assertEquals("score", refusedField(() -> new ItemResponse("a1", ItemResponse.Status.SCORED, Optional.of(BigDecimal.ONE),
        List.of(d), false, Optional.empty())), "both a score and deductions");
    assertEquals("score", refusedField(() -> new ItemResponse("a1", ItemResponse.Status.SCORED, Optional.empty(),
        List.of(), false, Optional.empty())), "neither a score nor deductions");
    assertEquals("status", refusedField(() -> new ItemResponse("a1", ItemResponse.Status.NOT_APPLICABLE,
        Optional.of(BigDecimal.ONE), List.of(), false, Optional.empty())), "not applicable with a score");
    assertEquals("status", refusedField(() -> new ItemResponse("a1", ItemResponse.Status.NOT_APPLICABLE,
        Optional.empty(), List.of(d), false, Optional.empty())), "not applicable with deductions");
    assertEquals("status", refusedField(() -> new ItemResponse("a1", ItemResponse.Status.NOT_APPLICABLE,
        Optional.empty(), List.of(), true, Optional.empty())), "not applicable and vetoed");
    ItemResponse defaults = new ItemResponse("a1", ItemResponse.Status.NOT_APPLICABLE, null, null, false, null);
    assertEquals(Optional.empty(), defaults.score());
    assertEquals(List.of(), defaults.deductions());
    assertEquals(Optional.empty(), defaults.note());
    assertEquals("reason", refusedField(() -> ItemResponse.vetoed("b3", " ")));
    ItemResponse zero = ItemResponse.scored("a1", "0");
    assertEquals(0, BigDecimal.ZERO.compareTo(zero.score().orElseThrow()), "zero is a score");
  }

  private static Scorecard.Builder scorecard(String total, boolean vetoed, List<String> vetoItems) {
    GradeBand fail = grade("FAIL", "0");
    return Scorecard.builder().checklistId("c").subject(SCHOOL).total(new BigDecimal(total)).maxScore(new BigDecimal("100"))
        .percent(new BigDecimal(total)).grade(fail).gradeByScore(fail).vetoed(vetoed).vetoItems(vetoItems);
  }

  @Test
  void aScorecardsTotalLiesWithinZeroAndTheMaximumAndItsVetoFlagMatchesItsItems() {
    assertEquals(0, new BigDecimal("100").compareTo(scorecard("100", false, List.of()).build().total()));
    assertEquals(0, BigDecimal.ZERO.compareTo(scorecard("0", true, List.of("b3")).build().total()));
    assertEquals("total", refusedField(() -> scorecard("-0.1", false, List.of()).build()));
    assertEquals("total", refusedField(() -> scorecard("100.1", false, List.of()).build()));
    assertEquals("vetoed", refusedField(() -> scorecard("50", true, List.of()).build()));
    assertEquals("vetoed", refusedField(() -> scorecard("50", false, List.of("b3")).build()));
  }
}
