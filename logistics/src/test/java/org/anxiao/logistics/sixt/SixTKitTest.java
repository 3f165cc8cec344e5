package org.anxiao.logistics.sixt;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.logistics.testkit.SixTGenerators;
import org.junit.jupiter.api.Test;

/** The kit's 六T responses: every site's shipped sheet scores them, each pillar within 0 and the total. */
class SixTKitTest {
  @Test
  void responsesToEachShippedSheetAreScored() {
    for (SixTSite site : SixTSite.values()) {
      SixTScorecards sheet = SixTGenerators.sheet(site);
      qt().withExamples(50).forAll(SixTGenerators.sheetResponses(site)).checkAssert(rs -> {
        SixTScorecard card = sheet.score(Subject.of(SubjectKind.BUILDING, "b1"), rs);
        for (SixTPillar p : SixTPillar.values()) {
          BigDecimal v = card.pillar(p);
          assertTrue(v.signum() >= 0, p + " " + v);
        }
        assertTrue(card.total().signum() >= 0);
      });
    }
  }
}
