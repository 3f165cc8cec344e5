package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The waste-sorting figures of one record ({@link WasteSorting}); every rate is in [0, 1], rounded to
 * 4 places half up (四舍五入), and empty exactly when its denominator is 0. Immutable and thread-safe.
 *
 * @param totalKg         total mass of all streams in kilograms, exact
 * @param streams         each stream in force, in {@link WasteStream} order, with its mass and share
 * @param sortingAccuracy bins correctly sorted / bins inspected (分类准确率)
 * @param recoveredKg     the mass counted as recovered under the pack, kilograms, exact
 * @param recyclingRate   recovered / total (资源回收率)
 * @param wetOnSiteShare  wet waste treated on site / wet waste (湿垃圾就地处理率)
 * @param perPersonDay    total kg / (head-count × days), 3 places half up, kg per person per day
 */
public record WasteFigures(BigDecimal totalKg, List<StreamShare> streams, Optional<BigDecimal> sortingAccuracy,
    BigDecimal recoveredKg, Optional<BigDecimal> recyclingRate, Optional<BigDecimal> wetOnSiteShare,
    Optional<BigDecimal> perPersonDay) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param totalKg         the total, kg
   * @param streams         the streams
   * @param sortingAccuracy the sorting accuracy
   * @param recoveredKg     the recovered mass, kg
   * @param recyclingRate   the recycling rate
   * @param wetOnSiteShare  the on-site share of wet waste
   * @param perPersonDay    kg per person per day
   */
  public WasteFigures {
    Require.nonNegative("totalKg", Bounds.decimal("totalKg", totalKg));
    streams = Bounds.list("streams", streams);
    FoodWasteFigures.unit("sortingAccuracy", sortingAccuracy);
    Require.nonNegative("recoveredKg", Bounds.decimal("recoveredKg", recoveredKg));
    Require.that(recoveredKg.compareTo(totalKg) <= 0, "recoveredKg", recoveredKg.toPlainString(),
        "must not exceed totalKg {}", totalKg.toPlainString());
    FoodWasteFigures.unit("recyclingRate", recyclingRate);
    FoodWasteFigures.unit("wetOnSiteShare", wetOnSiteShare);
    Require.nonNull("perPersonDay", perPersonDay);
    perPersonDay.ifPresent(v -> Require.nonNegative("perPersonDay", Bounds.decimal("perPersonDay", v)));
  }

  /**
   * {@return the figure of {@code measure}, empty when its denominator is 0}
   *
   * @param measure the measure
   */
  public Optional<BigDecimal> value(WasteMeasure measure) {
    return switch (Require.nonNull("measure", measure)) {
      case SORTING_ACCURACY -> sortingAccuracy;
      case RECYCLING_RATE -> recyclingRate;
      case WET_ON_SITE_SHARE -> wetOnSiteShare;
      case PER_PERSON_DAY -> perPersonDay;
    };
  }

  /**
   * {@return the share of {@code stream}, empty when the total is 0 or the stream is not in force}
   *
   * @param stream the stream
   */
  public Optional<BigDecimal> share(WasteStream stream) {
    Require.nonNull("stream", stream);
    return streams.stream().filter(s -> s.stream() == stream).findFirst().flatMap(StreamShare::share);
  }
}
