package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each bad value into the scorecard model is refused by its field, with the value named. */
class ScorecardInputBoundsTest {
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  private static final LocalizedText T = LocalizedText.of("标题", "title");

  private static <E extends AnxiaoException> E refused(Class<E> type, String field, Executable call) {
    E e = assertThrows(type, call);
    assertEquals(field, e.field().orElse(null), e::getMessage);
    assertTrue(e.getMessage().length() < 2_000, "the message stays short");
    return e;
  }

  @Test
  void hugeDecimalsAreRefusedByEveryScorecardValue() {
    refused(InvalidValueException.class, "maxScore", () -> new ChecklistItem("a", T, HUGE, Optional.empty(), false, Optional.empty()));
    refused(InvalidValueException.class, "weight",
        () -> new ChecklistItem("a", T, BigDecimal.ONE, Optional.of(HUGE), false, Optional.empty()));
    refused(InvalidValueException.class, "points", () -> new Deduction(HUGE, "r"));
    refused(InvalidValueException.class, "points", () -> new Deduction(HUGE.negate(), "r"));
    refused(InvalidValueException.class, "minScore", () -> new GradeBand("A", T, HUGE));
    refused(InvalidValueException.class, "maxScore",
        () -> new ItemScore("a", ItemResponse.Status.SCORED, Optional.empty(), HUGE, BigDecimal.ONE, false));
    refused(InvalidValueException.class, "score",
        () -> new ItemScore("a", ItemResponse.Status.SCORED, Optional.of(HUGE), BigDecimal.ONE, BigDecimal.ONE, false));
    refused(InvalidValueException.class, "score",
        () -> new SectionScore("s", T, true, HUGE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, List.of()));
    refused(InvalidValueException.class, "maxScore",
        () -> new ChecklistSection("s", T, Optional.of(new BigDecimal("1E-999999999")), List.of(
            new ChecklistItem("a", T, BigDecimal.ONE, Optional.empty(), false, Optional.empty()))));
    InvalidValueException negative = refused(InvalidValueException.class, "points", () -> new Deduction(new BigDecimal("-2.5"), "r"));
    assertEquals("-2.5", negative.value().orElseThrow());
  }

  @Test
  void gradeCodesAndIdsRefuseControlCharacters() {
    InvalidValueException e = refused(InvalidValueException.class, "code", () -> new GradeBand("A\u202EB", T, BigDecimal.ZERO));
    assertTrue(e.getMessage().contains("U+202E"), e::getMessage);
    refused(InvalidValueException.class, "id", () -> new ChecklistItem("a\u0000", T, BigDecimal.ONE, Optional.empty(), false, Optional.empty()));
    refused(InvalidValueException.class, "itemId", () -> ItemResponse.scored("a\u0000", "1"));
  }

  @Test
  void nullDeductionsAreMissingValuesNamedByIndex() {
    refused(MissingValueException.class, "deductions", () -> ItemResponse.deducted("a1", (Deduction[]) null));
    refused(MissingValueException.class, "deductions[1]", () -> ItemResponse.deducted("a1", new Deduction(BigDecimal.ONE, "r"), null));
    refused(MissingValueException.class, "items[0]",
        () -> new SectionScore("s", T, true, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Arrays.asList((ItemScore) null)));
  }

  @Test
  void checklistBuilderRefusesNullCollectionsAndElements() {
    refused(MissingValueException.class, "sections", () -> Checklist.builder().addAllSections(null));
    refused(MissingValueException.class, "sections", () -> Checklist.builder().sections(null));
    refused(MissingValueException.class, "grades", () -> Checklist.builder().addGrades((GradeBand[]) null));
    List<GradeBand> grades = new ArrayList<>(List.of(new GradeBand("A", T, BigDecimal.ZERO)));
    grades.add(null);
    refused(MissingValueException.class, "grades[1]", () -> Checklist.builder().addAllGrades(grades));
    refused(MissingValueException.class, "grades[2]",
        () -> Checklist.builder().addGrades(grades.get(0), grades.get(0), null));
    refused(InvalidValueException.class, "schemaVersion", () -> Checklist.builder().from(checklist()).schemaVersion("NaN").build());
  }

  @Test
  void totalRoundedRefusesImpossibleScales() {
    Scorecard s = Scorecards.score(checklist(), SCHOOL, ScorecardFixtures.itemIds().stream()
        .map(id -> id.equals("b3") ? ItemResponse.scored(id, "10") : ItemResponse.scored(id, "5")).toList());
    for (int bad : new int[] {Integer.MIN_VALUE, -1, 33, Integer.MAX_VALUE}) {
      InvalidValueException e = refused(InvalidValueException.class, "decimals", () -> s.totalRounded(bad));
      assertEquals(Integer.toString(bad), e.value().orElseThrow());
    }
    assertEquals(s.total().setScale(1, java.math.RoundingMode.HALF_UP), s.totalRounded(1));
  }
}
