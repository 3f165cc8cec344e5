package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.text.LocalizedText;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of checklists (检查评分表) and scored scorecards.
 */
public final class ScorecardGenerators {
  private ScorecardGenerators() {}

  /** {@return checklists of one to three sections, with optional weights, veto items and grade bands} */
  public static Gen<org.anxiao.core.scorecard.Checklist> checklists() {
    Gen<org.anxiao.core.scorecard.ChecklistItem> items = integers().between(1, 100_000).zip(integers().between(1, 20),
        integers().between(0, 3), booleans().all(), (n, max, w, veto) -> new org.anxiao.core.scorecard.ChecklistItem(
            "i" + n, LocalizedText.of("项目" + n, "item " + n), BigDecimal.valueOf(max),
            w == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(w * 5L, 1)), veto && n % 3 == 0,
            n % 2 == 0 ? Optional.of("第" + n + "条") : Optional.empty()));
    Gen<List<org.anxiao.core.scorecard.ChecklistSection>> sections = lists().of(lists().of(items).ofSizeBetween(1, 4))
        .ofSizeBetween(1, 3).map(groups -> {
          List<org.anxiao.core.scorecard.ChecklistSection> out = new ArrayList<>();
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (int g = 0; g < groups.size(); g++) {
            List<org.anxiao.core.scorecard.ChecklistItem> unique = new ArrayList<>();
            groups.get(g).stream().filter(i -> seen.add(i.id())).forEach(unique::add);
            if (!unique.isEmpty()) {
              out.add(new org.anxiao.core.scorecard.ChecklistSection("s" + g, LocalizedText.of("板块" + g, "section " + g),
                  g == 0 ? Optional.of(BigDecimal.valueOf(40)) : Optional.empty(), unique));
            }
          }
          return out;
        });
    return sections.zip(booleans().all(), (secs, veto) -> org.anxiao.core.scorecard.Checklist.builder()
        .id("test.checklist").title(LocalizedText.of("测试表", "test sheet")).sections(secs)
        .addGrades(new org.anxiao.core.scorecard.GradeBand("FAIL", LocalizedText.of("不合格", "fail"), BigDecimal.ZERO))
        .addGrades(new org.anxiao.core.scorecard.GradeBand("PASS", LocalizedText.of("合格", "pass"), new BigDecimal("0.5")))
        .vetoGrade(veto ? Optional.of("FAIL") : Optional.empty())
        .build());
  }

  /** {@return scorecards: a generated checklist scored with every item at a fraction of its maximum} */
  public static Gen<org.anxiao.core.scorecard.Scorecard> scorecards() {
    return checklists().zip(integers().between(0, 10), (c, tenths) -> {
      List<org.anxiao.core.scorecard.ItemResponse> rs = new ArrayList<>();
      for (org.anxiao.core.scorecard.ChecklistSection s : c.sections()) {
        for (org.anxiao.core.scorecard.ChecklistItem i : s.items()) {
          rs.add(i.veto() && tenths == 0 ? org.anxiao.core.scorecard.ItemResponse.vetoed(i.id(), "事故")
              : org.anxiao.core.scorecard.ItemResponse.scored(i.id(),
                  i.maxScore().multiply(BigDecimal.valueOf(tenths, 1)).toPlainString()));
        }
      }
      return org.anxiao.core.scorecard.Scorecards.score(c, Subject.of(SubjectKind.SCHOOL, "S1"), rs);
    });
  }

  /** The grade bands of {@link #gradedChecklist()}: code and least total score. */
  private static final List<List<String>> BANDS = List.of(List.of("FAIL", "0"), List.of("PASS", "60"),
      List.of("GOOD", "80"), List.of("EXCELLENT", "90"));

  /**
   * {@return a checklist of one section with one item {@code total} scored 0–100 and four grade
   * bands FAIL ≥ 0, PASS ≥ 60, GOOD ≥ 80, EXCELLENT ≥ 90: the total is the item's score}
   */
  public static org.anxiao.core.scorecard.Checklist gradedChecklist() {
    org.anxiao.core.scorecard.Checklist.Builder b = org.anxiao.core.scorecard.Checklist.builder().id("test.graded")
        .title(LocalizedText.of("分级表", "graded sheet"))
        .sections(List.of(new org.anxiao.core.scorecard.ChecklistSection("s", LocalizedText.of("板块", "section"),
            Optional.empty(), List.of(new org.anxiao.core.scorecard.ChecklistItem("total", LocalizedText.of("总分", "total"),
                BigDecimal.valueOf(100), Optional.empty(), false, Optional.empty())))));
    for (List<String> band : BANDS) {
      b.addGrades(new org.anxiao.core.scorecard.GradeBand(band.get(0), LocalizedText.of(band.get(0), band.get(0)),
          new BigDecimal(band.get(1))));
    }
    return b.build();
  }

  /**
   * {@return responses to {@link #gradedChecklist()} at its grade-band boundaries: each band's least
   * score, 0.5 below and 0.5 above (kept within 0–100), and 100}
   */
  public static Gen<List<org.anxiao.core.scorecard.ItemResponse>> gradeBoundaryResponses() {
    List<BigDecimal> mins = BANDS.stream().map(b -> new BigDecimal(b.get(1))).toList();
    List<BigDecimal> scores = new ArrayList<>(Boundaries.values(mins, new BigDecimal("0.5")).stream()
        .filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0).toList());
    scores.add(BigDecimal.valueOf(100));
    return Generate.pick(scores).map(s -> List.of(org.anxiao.core.scorecard.ItemResponse.scored("total", s.toPlainString())));
  }

  /**
   * {@return the grade code {@link #gradedChecklist()} gives a total: the band with the greatest
   * least score not above it} For checking scorecards at the boundaries.
   *
   * @param total the total score, 0–100
   */
  public static String expectedGrade(BigDecimal total) {
    String grade = BANDS.get(0).get(0);
    for (List<String> band : BANDS) {
      if (total.compareTo(new BigDecimal(band.get(1))) >= 0) {
        grade = band.get(0);
      }
    }
    return grade;
  }

  /**
   * {@return responses of any kind to items of {@code ids}: scored −5 to 30 (out of range too),
   * not applicable; for fuzzing {@code Scorecards.score}}
   *
   * @param ids the item ids drawn, unknown ones among them if the caller wishes
   */
  public static Gen<org.anxiao.core.scorecard.ItemResponse> responses(List<String> ids) {
    return Generate.pick(ids).zip(integers().between(-5, 30), (id, v) -> v < 0
        ? org.anxiao.core.scorecard.ItemResponse.notApplicable(id)
        : org.anxiao.core.scorecard.ItemResponse.scored(id, Integer.toString(v)));
  }
}
