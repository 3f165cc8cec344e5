package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A grade (等级) and the least total score that earns it, inclusive: e.g. 优秀 from 90.
 *
 * @param code     stable code, e.g. {@code EXCELLENT}
 * @param title    e.g. 优秀 / excellent
 * @param minScore least total score (on the checklist's scale), inclusive, zero or more
 */
public record GradeBand(String code, LocalizedText title, BigDecimal minScore) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code     stable code, e.g. {@code EXCELLENT}
   * @param title    e.g. 优秀 / excellent
   * @param minScore least total score (on the checklist's scale), inclusive, zero or more
   */
  public GradeBand {
    Bounds.code("code", code);
    Require.nonNull("title", title);
    Bounds.nonNegative("minScore", minScore);
  }
}
