package org.anxiao.safety.risk;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One row of an LEC factor table (分值表): a score and what it means, e.g. L = 6 相当可能 (quite
 * possible). Immutable and thread-safe.
 *
 * @param value       the score, greater than zero (a pure number)
 * @param description what the score stands for, in Chinese and English
 */
public record LecScaleEntry(BigDecimal value, LocalizedText description) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value       the score, greater than zero
   * @param description what the score stands for
   */
  public LecScaleEntry {
    Bounds.positive("value", Bounds.decimal("value", value));
    Require.nonNull("description", description);
  }
}
