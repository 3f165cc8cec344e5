package org.anxiao.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.anxiao.core.testkit.gen.PeriodGenerators;
import org.junit.jupiter.api.Test;

class PeriodProperties {
  @Test
  void gapsAndCoverageTileTheWindow() {
    qt().withExamples(300).forAll(lists().of(PeriodGenerators.periods()).ofSizeBetween(0, 6), PeriodGenerators.periods())
        .checkAssert((ps, within) -> {
          List<DateRange> gaps = Periods.gaps(ps, within);
          // every day of the window is in exactly one of: some period, some gap
          for (LocalDate d = within.start(); d.isBefore(within.end()); d = d.plusDays(37)) {
            LocalDate day = d;
            boolean covered = ps.stream().anyMatch(p -> p.contains(day));
            long inGaps = gaps.stream().filter(g -> g.contains(day)).count();
            assertEquals(covered ? 0 : 1, inGaps, "day " + day);
          }
          gaps.forEach(g -> assertTrue(within.encloses(g)));
          Periods.requireNoOverlap("gaps", gaps);
        });
  }

  @Test
  void gapsDoNotDependOnOrder() {
    qt().forAll(lists().of(PeriodGenerators.periods()).ofSizeBetween(0, 6), PeriodGenerators.periods())
        .checkAssert((ps, within) -> {
          List<Period> reversed = new ArrayList<>(ps);
          Collections.reverse(reversed);
          assertEquals(Periods.gaps(ps, within), Periods.gaps(reversed, within));
        });
  }

  @Test
  void overlapIsSymmetricAndMatchesDays() {
    qt().forAll(PeriodGenerators.periods(), PeriodGenerators.periods()).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a));
      boolean shared = a.contains(b.start()) || b.contains(a.start());
      assertEquals(shared, a.overlaps(b));
    });
  }
}
