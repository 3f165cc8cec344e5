package org.anxiao.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz targets for period codes: {@link Period#parse} of any text is a period or an
 * {@code AnxiaoException}; a parsed period's code parses back to an equal period with the same
 * code; and the checks over lists of periods ({@link Periods#gaps}, {@link Periods#tiles},
 * {@link Periods#requireNoOverlap}) fail only the documented way.
 */
class PeriodCodesFuzzTest {

  @FuzzTest
  void parse(FuzzedDataProvider data) {
    String code = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> Period.parse(code)).ifPresent(period -> {
      Period again = Period.parse(period.code());
      assertEquals(period, again, "parse → code → parse");
      assertEquals(period.code(), again.code());
      assertTrue(period.start().isBefore(period.end()), "a period has at least one day");
      assertEquals(period.days(), again.days());
    });
  }

  @FuzzTest
  void checksOverPeriods(FuzzedDataProvider data) {
    Optional<Period> within = Fuzzing.attempt(() -> Period.parse(data.consumeString(40)));
    List<Period> periods = new ArrayList<>();
    int count = data.consumeInt(0, 6);
    for (int i = 0; i < count; i++) {
      Fuzzing.attempt(() -> Period.parse(data.consumeString(40))).ifPresent(periods::add);
    }
    boolean disjoint = Fuzzing.accepts(() -> Periods.requireNoOverlap("periods", periods));
    within.ifPresent(w -> {
      List<DateRange> gaps = Periods.gaps(periods, w);
      boolean tiles = Periods.tiles(periods, w);
      for (DateRange gap : gaps) {
        assertTrue(w.encloses(gap), "a gap lies inside within");
        assertTrue(periods.stream().noneMatch(p -> p.overlaps(gap)), "a gap is covered by no period");
      }
      if (tiles) {
        assertTrue(gaps.isEmpty(), "tiles: no gap");
      }
      if (disjoint) {
        assertEquals(gaps.isEmpty(), tiles, "disjoint periods tile exactly when they leave no gap");
      }
    });
  }
}
