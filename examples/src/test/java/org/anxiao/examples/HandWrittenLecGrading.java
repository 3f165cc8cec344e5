package org.anxiao.examples;

import static org.anxiao.safety.risk.LecDangerBand.EXTREME;
import static org.anxiao.safety.risk.LecDangerBand.HIGH;
import static org.anxiao.safety.risk.LecDangerBand.POSSIBLE;
import static org.anxiao.safety.risk.LecDangerBand.SLIGHT;
import static org.anxiao.safety.risk.LecDangerBand.SUBSTANTIAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.safety.risk.LecDangerBand;
import org.anxiao.safety.risk.LecFactors;

/**
 * An LEC grading written by hand, as a vendor would write one from the customary table — "D ≥ 320
 * 极其危险, 160–320 高度危险, 70–160 显著危险, 20–70 一般危险, &lt; 20 稍有危险", a D on a limit in
 * the higher band — with the limits typed in as literals and each band a row {@code [from, to)}.
 *
 * <p>{@link #withPlantedBug()} has the classic off-by-one: its 显著危险 row starts after 70
 * ({@code d > 70}) where the rule says {@code d ≥ 70}, so D = 70 (L 1 × E 10 × C 7, a listed
 * product) falls in no row, and {@link #band} falls through to 稍有危险. {@link #corrected()} is the
 * same table with that row starting at 70. {@link LawsAgainstAHandWrittenGradingTest} finds the bug.
 */
final class HandWrittenLecGrading {
  /** One band: D from {@code from} (included or not) up to, but not including, {@code to}. */
  private record Row(LecDangerBand band, BigDecimal from, boolean fromIncluded, Optional<BigDecimal> to) {
    boolean holds(BigDecimal d) {
      int c = d.compareTo(from);
      return (c > 0 || (c == 0 && fromIncluded)) && to.map(t -> d.compareTo(t) < 0).orElse(true);
    }
  }

  private final List<Row> rows;

  private HandWrittenLecGrading(boolean substantialFromIncluded) {
    this.rows = List.of(
        row(EXTREME, "320", true, null),
        row(HIGH, "160", true, "320"),
        row(SUBSTANTIAL, "70", substantialFromIncluded, "160"),
        row(POSSIBLE, "20", true, "70"),
        row(SLIGHT, "0", true, "20"));
  }

  /** {@return the grading with 显著危险 written {@code 70 < D < 160}: D = 70 is in no band} */
  static HandWrittenLecGrading withPlantedBug() {
    return new HandWrittenLecGrading(false);
  }

  /** {@return the grading with 显著危险 written {@code 70 ≤ D < 160}, as the rule says} */
  static HandWrittenLecGrading corrected() {
    return new HandWrittenLecGrading(true);
  }

  private static Row row(LecDangerBand band, String from, boolean fromIncluded, String to) {
    return new Row(band, new BigDecimal(from), fromIncluded, Optional.ofNullable(to).map(BigDecimal::new));
  }

  /**
   * {@return every band whose row holds D = L × E × C: one when the rows neither overlap nor leave a gap}
   *
   * @param factors L, E and C
   */
  List<LecDangerBand> bands(LecFactors factors) {
    BigDecimal d = factors.likelihood().multiply(factors.exposure()).multiply(factors.consequence());
    List<LecDangerBand> in = new ArrayList<>();
    for (Row r : rows) {
      if (r.holds(d)) {
        in.add(r.band());
      }
    }
    return in;
  }

  /**
   * {@return the band of D = L × E × C: the first row that holds it, else 稍有危险}
   *
   * @param factors L, E and C
   */
  LecDangerBand band(LecFactors factors) {
    List<LecDangerBand> in = bands(factors);
    return in.isEmpty() ? SLIGHT : in.get(0);
  }
}
