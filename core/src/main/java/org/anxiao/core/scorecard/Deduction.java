package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A deduction (扣分) from an item, with its reason.
 *
 * @param points points deducted, greater than zero
 * @param reason what was found
 */
public record Deduction(BigDecimal points, String reason) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param points points deducted, greater than zero
   * @param reason what was found
   */
  public Deduction {
    Bounds.positive("points", points);
    Bounds.nonBlankText("reason", reason);
  }
}
