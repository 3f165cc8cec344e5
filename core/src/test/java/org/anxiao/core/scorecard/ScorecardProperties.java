package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScorecardProperties {
  private static final Checklist CHECKLIST = checklist();
  private static final List<BigDecimal> MAX = List.of(new BigDecimal("10"), new BigDecimal("10"), new BigDecimal("20"),
      new BigDecimal("30"), new BigDecimal("10"));

  /** Per item: −1 means not applicable, else a score in tenths of a point up to the maximum. */
  private static Gen<List<Integer>> answers() {
    return lists().of(integers().between(-1, 300)).ofSize(5)
        .map(l -> {
          List<Integer> out = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            int cap = MAX.get(i).intValue() * 10;
            out.add(l.get(i) < 0 ? -1 : Math.min(l.get(i), cap));
          }
          return out;
        })
        .assuming(l -> l.stream().anyMatch(v -> v >= 0));
  }

  private static List<ItemResponse> responses(List<Integer> answers) {
    List<ItemResponse> rs = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      String id = ScorecardFixtures.itemIds().get(i);
      rs.add(answers.get(i) < 0 ? ItemResponse.notApplicable(id)
          : ItemResponse.scored(id, BigDecimal.valueOf(answers.get(i), 1).toPlainString()));
    }
    return rs;
  }

  @Test
  void totalLiesWithinZeroAndMax() {
    qt().withExamples(500).forAll(answers()).checkAssert(a -> {
      Scorecard s = Scorecards.score(CHECKLIST, SCHOOL, responses(a));
      assertTrue(s.total().signum() >= 0 && s.total().compareTo(s.maxScore()) <= 0, s.total().toPlainString());
      assertTrue(s.percent().signum() >= 0 && s.percent().compareTo(BigDecimal.valueOf(100)) <= 0);
      for (SectionScore section : s.sections()) {
        assertTrue(section.score().compareTo(section.maxScore()) <= 0);
      }
    });
  }

  @Test
  void loweringAnItemNeverRaisesTheTotal() {
    qt().withExamples(500).forAll(answers(), integers().between(0, 4), integers().between(1, 300)).checkAssert((a, i, drop) -> {
      if (a.get(i) < 0) {
        return;
      }
      List<Integer> lower = new ArrayList<>(a);
      lower.set(i, Math.max(0, a.get(i) - drop));
      Scorecard before = Scorecards.score(CHECKLIST, SCHOOL, responses(a));
      Scorecard after = Scorecards.score(CHECKLIST, SCHOOL, responses(lower));
      assertTrue(after.total().compareTo(before.total()) <= 0, before.total() + " → " + after.total());
      assertTrue(after.gradeByScore().minScore().compareTo(before.gradeByScore().minScore()) <= 0);
    });
  }

  @Test
  void fullMarksOnApplicableItemsGiveFullMarks() {
    qt().forAll(answers()).checkAssert(a -> {
      List<Integer> full = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        full.add(a.get(i) < 0 ? -1 : MAX.get(i).intValue() * 10);
      }
      assertEquals(0, Scorecards.score(CHECKLIST, SCHOOL, responses(full)).total().compareTo(new BigDecimal("100")));
    });
  }

  @Test
  void responseOrderDoesNotMatter() {
    qt().forAll(answers()).checkAssert(a -> {
      List<ItemResponse> rs = responses(a);
      List<ItemResponse> shuffled = new ArrayList<>(rs);
      Collections.reverse(shuffled);
      assertEquals(Scorecards.score(CHECKLIST, SCHOOL, rs), Scorecards.score(CHECKLIST, SCHOOL, shuffled));
    });
  }
}
