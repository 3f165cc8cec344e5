package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The score of one item.
 *
 * @param itemId        the item
 * @param status        scored or not applicable
 * @param score         points awarded (after deductions), empty when not applicable
 * @param maxScore      the item's maximum
 * @param weight        the item's weight
 * @param vetoTriggered a veto item that failed
 */
public record ItemScore(String itemId, ItemResponse.Status status, Optional<BigDecimal> score, BigDecimal maxScore,
    BigDecimal weight, boolean vetoTriggered) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param itemId        the item
   * @param status        scored or not applicable
   * @param score         points awarded (after deductions), empty when not applicable
   * @param maxScore      the item's maximum
   * @param weight        the item's weight
   * @param vetoTriggered a veto item that failed
   */
  public ItemScore {
    Bounds.code("itemId", itemId);
    Require.nonNull("status", status);
    score = Objects.requireNonNullElse(score, Optional.empty());
    score.ifPresent(s -> Bounds.nonNegative("score", s));
    Bounds.positive("maxScore", maxScore);
    Bounds.positive("weight", weight);
  }
}
