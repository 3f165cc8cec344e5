package org.anxiao.logistics.waste;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The food-waste trend of one canteen over terms (逐学期趋势, {@link FoodWasteMeasures#trend}): the
 * result of each term in order, and per pair of consecutive terms and per measure the change and
 * whether it improved. Immutable and thread-safe.
 *
 * @param canteen the canteen's id
 * @param terms   the result of each term, periods in order, none overlapping; at least one
 * @param changes per consecutive pair (in order) the change of each measure (in {@link FoodWasteMeasure} order)
 */
public record FoodWasteTrend(String canteen, List<FoodWasteResult> terms, List<MeasureChange> changes) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param canteen the canteen's id
   * @param terms   the results
   * @param changes the changes
   */
  public FoodWasteTrend {
    Bounds.code("canteen", canteen);
    terms = Bounds.list("terms", terms);
    Require.that(!terms.isEmpty(), "terms", "[]", "must hold at least one term");
    changes = Bounds.list("changes", changes);
    Require.that(changes.size() == (terms.size() - 1) * FoodWasteMeasure.values().length, "changes", changes.size(),
        "must hold one change per measure and consecutive pair of terms");
  }

  /**
   * {@return the changes of {@code measure}, one per consecutive pair of terms, in order}
   *
   * @param measure the measure
   */
  public List<MeasureChange> changes(FoodWasteMeasure measure) {
    Require.nonNull("measure", measure);
    return changes.stream().filter(c -> c.measure() == measure).toList();
  }
}
