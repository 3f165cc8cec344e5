package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** What a scorecard takes in: responses in any order, each error at its index, and the checklist's parts. */
class ScorecardInputsTest {
  private static final LocalizedText T = LocalizedText.of("标题", "title");

  @Test
  void responsesAreKeptInTheChecklistsOrder() {
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("b3", "10"), ItemResponse.scored("b2", "30"), ItemResponse.scored("a2", "10"),
        ItemResponse.scored("b1", "20"), ItemResponse.scored("a1", "10")));
    assertEquals(ScorecardFixtures.itemIds(), s.responses().stream().map(ItemResponse::itemId).toList());
  }

  @Test
  void aBadResponseIsReportedAtItsIndex() {
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> Scorecards.score(checklist(), SCHOOL,
        List.of(ItemResponse.scored("a1", "1"), ItemResponse.scored("a2", "1"), ItemResponse.scored("a2", "1"))));
    assertEquals(Optional.of("responses[2].itemId"), twice.field());
    InvalidValueException veto = assertThrows(InvalidValueException.class, () -> Scorecards.score(checklist(), SCHOOL,
        List.of(ItemResponse.scored("a2", "1"), ItemResponse.vetoed("a1", "x"))));
    assertEquals(Optional.of("responses[1].vetoTriggered"), veto.field());
  }

  @Test
  void aStatedVerificationThatPassesThePolicyIsAccepted() {
    Checklist official = Checklist.builder().from(checklist()).verification(Verification.OFFICIAL_TEXT).build();
    Scorecard s = Scorecards.score(official, SCHOOL, ScorecardFixtures.itemIds().stream()
        .map(id -> ItemResponse.scored(id, "1")).toList());
    assertEquals(List.of(), s.rulesApplied(), "no pack, no record");
  }

  @Test
  void aChecklistKindIsOneObjectPerIdWithThatId() {
    RuleKind<RuleValue<Checklist>> kind = Scorecards.checklistKind("anxiao.test.another-sheet");
    assertEquals("anxiao.test.another-sheet", kind.id());
    assertEquals(kind, Scorecards.checklistKind("anxiao.test.another-sheet"));
    assertEquals(1, kind.parameters().size());
    assertEquals(Scorecards.CHECKLIST_PARAMETER, kind.parameters().get(0).name());
  }

  @Test
  void sectionPointsAndItemWeightsArePositive() {
    ChecklistItem item = ScorecardFixtures.item("x", "5", null, false);
    assertEquals(Optional.of("maxScore"), assertThrows(AnxiaoException.class,
        () -> new ChecklistSection("S", T, Optional.of(BigDecimal.ZERO), List.of(item))).field());
    assertEquals(Optional.of("maxScore"), assertThrows(AnxiaoException.class,
        () -> new ChecklistSection("S", T, Optional.of(new BigDecimal("-5")), List.of(item))).field());
    assertEquals(Optional.of("weight"), assertThrows(AnxiaoException.class,
        () -> ScorecardFixtures.item("x", "5", "0", false)).field());
    assertEquals(Optional.of("weight"), assertThrows(AnxiaoException.class,
        () -> ScorecardFixtures.item("x", "5", "-1", false)).field());
    assertTrue(new ChecklistSection("S", T, Optional.of(new BigDecimal("0.5")), List.of(item)).maxScore().isPresent());
  }
}
