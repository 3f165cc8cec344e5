package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.text.LocalizedText;

/** A small fictional 100-point checklist used by the scorecard tests. */
final class ScorecardFixtures {
  private ScorecardFixtures() {}

  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");

  static ChecklistItem item(String id, String max, String weight, boolean veto) {
    return new ChecklistItem(id, LocalizedText.of("项目" + id, "item " + id), new BigDecimal(max),
        weight == null ? Optional.empty() : Optional.of(new BigDecimal(weight)), veto, Optional.of("条款" + id));
  }

  /**
   * Section A (40 points): a1 max 10, a2 max 10 weight 2 (weighted max 30, scaled to 40).
   * Section B (60 points, by item sum): b1 max 20, b2 max 30, b3 max 10 (veto).
   */
  static Checklist checklist() {
    return Checklist.builder()
        .id("test.safe-campus")
        .title(LocalizedText.of("平安校园测试表", "safe campus test sheet"))
        .maxScore(new BigDecimal("100"))
        .addSections(new ChecklistSection("A", LocalizedText.of("制度", "management"), Optional.of(new BigDecimal("40")),
            List.of(item("a1", "10", null, false), item("a2", "10", "2", false))))
        .addSections(new ChecklistSection("B", LocalizedText.of("设施", "facilities"), Optional.empty(),
            List.of(item("b1", "20", null, false), item("b2", "30", null, false), item("b3", "10", null, true))))
        .addGrades(new GradeBand("FAIL", LocalizedText.of("不合格", "fail"), BigDecimal.ZERO))
        .addGrades(new GradeBand("PASS", LocalizedText.of("合格", "pass"), new BigDecimal("60")))
        .addGrades(new GradeBand("GOOD", LocalizedText.of("良好", "good"), new BigDecimal("75")))
        .addGrades(new GradeBand("EXCELLENT", LocalizedText.of("优秀", "excellent"), new BigDecimal("90")))
        .build();
  }

  static List<String> itemIds() {
    return List.of("a1", "a2", "b1", "b2", "b3");
  }
}
