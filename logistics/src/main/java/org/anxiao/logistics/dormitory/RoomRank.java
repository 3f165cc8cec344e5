package org.anxiao.logistics.dormitory;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.scorecard.GradeBand;

/**
 * One room's place in a room ranking (寝室评比名次), from {@link DormitoryInspections#rank}.
 *
 * @param rank   the place, 1 to 100,000 (a ranking's length is a list's); rooms with equal totals share a place and the next place skips
 *               (competition ranking: 1, 1, 3)
 * @param roomId the room, the scorecard subject's id
 * @param total  the scorecard total
 * @param grade  the grade awarded
 */
public record RoomRank(int rank, String roomId, BigDecimal total, GradeBand grade) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param rank   the place, from 1
   * @param roomId the room
   * @param total  the total, at least 0
   * @param grade  the grade
   */
  public RoomRank {
    Require.that(rank >= 1 && rank <= Bounds.MAX_ELEMENTS, "rank", rank, "must be 1 to {}", Bounds.MAX_ELEMENTS);
    Bounds.code("roomId", roomId);
    Require.nonNegative("total", Bounds.decimal("total", total));
    Require.nonNull("grade", grade);
  }
}
