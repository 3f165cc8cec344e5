package org.anxiao.safety.register;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The register KPIs (隐患台账指标) of one set of hazards over a period — all of them, one grade, one area
 * or one department. With the period's first day {@code start} and its last day {@code asOf}, dates
 * inclusive:
 *
 * <ul>
 *   <li>{@code found}: found in the period ({@code start ≤ found ≤ asOf});
 *   <li>{@code closed}: closed in the period ({@code start ≤ closed ≤ asOf});
 *   <li>{@code open}: found on or before {@code asOf} and not closed on or before it;
 *   <li>{@code rectification} (整改率): of the hazards found in the period, those closed by {@code asOf};
 *   <li>{@code onTime} (按期整改率): of the hazards closed in the period, those closed on or before their
 *       deadline (the pack says whether the deadline day counts and whether a hazard without a
 *       deadline does);
 *   <li>{@code overdue} (逾期): open at {@code asOf} with a deadline before {@code asOf} — overdue from the
 *       day after the deadline — their ids sorted ({@link String#compareTo});
 *   <li>{@code daysToClose}: closed − found of the hazards closed in the period.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param found         hazards found in the period
 * @param closed        hazards closed in the period
 * @param open          hazards open at the end of the period
 * @param rectification the rectification rate
 * @param onTime        the on-time rate
 * @param overdue       the ids of the overdue hazards, sorted, each once
 * @param daysToClose   days to close of the hazards closed in the period
 */
public record Kpis(long found, long closed, long open, Rate rectification, Rate onTime, List<String> overdue,
    DaysToClose daysToClose) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param found         hazards found
   * @param closed        hazards closed
   * @param open          hazards open
   * @param rectification the rectification rate, of {@code found}
   * @param onTime        the on-time rate, of {@code closed}
   * @param overdue       the overdue ids, sorted
   * @param daysToClose   days to close, of {@code closed}
   */
  public Kpis {
    Bounds.count("found", found);
    Bounds.count("closed", closed);
    Bounds.count("open", open);
    Require.nonNull("rectification", rectification);
    Require.that(rectification.denominator() == found, "rectification.denominator", rectification.denominator(),
        "must equal found {}", found);
    Require.nonNull("onTime", onTime);
    Require.that(onTime.denominator() == closed, "onTime.denominator", onTime.denominator(), "must equal closed {}", closed);
    overdue = Bounds.list("overdue", overdue);
    for (int i = 0; i < overdue.size(); i++) {
      Bounds.code("overdue[" + i + "]", overdue.get(i));
      if (i > 0) {
        Require.thatElement(overdue.get(i - 1).compareTo(overdue.get(i)) < 0, "overdue", i, "", overdue.get(i),
            "must follow the id before it in sorted order, without repeats");
      }
    }
    Require.that(overdue.size() <= open, "overdue", overdue.size() + " ids", "must not exceed open {}", open);
    Require.nonNull("daysToClose", daysToClose);
    Require.that(daysToClose.count() == closed, "daysToClose.count", daysToClose.count(), "must equal closed {}", closed);
  }
}
