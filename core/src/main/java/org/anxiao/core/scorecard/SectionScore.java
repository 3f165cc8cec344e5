package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A section's subtotal (小计). When some items are not applicable the section is re-normalised:
 * {@code score = weightedScore × maxScore / applicableWeightedMax}, so it still counts its full
 * points; when none applies, the section is not applicable and drops out of the total.
 *
 * @param sectionId             the section
 * @param title                 its title
 * @param applicable            false when every item is not applicable
 * @param score                 re-normalised subtotal on the section's scale (0 when not applicable)
 * @param maxScore              the section's points
 * @param weightedScore         Σ weight × score over applicable items
 * @param applicableWeightedMax Σ weight × maxScore over applicable items
 * @param items                 item scores, in checklist order
 */
public record SectionScore(String sectionId, LocalizedText title, boolean applicable, BigDecimal score,
    BigDecimal maxScore, BigDecimal weightedScore, BigDecimal applicableWeightedMax, List<ItemScore> items) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param sectionId             the section
   * @param title                 its title
   * @param applicable            false when every item is not applicable
   * @param score                 re-normalised subtotal on the section's scale (0 when not applicable)
   * @param maxScore              the section's points
   * @param weightedScore         Σ weight × score over applicable items
   * @param applicableWeightedMax Σ weight × maxScore over applicable items
   * @param items                 item scores, in checklist order
   */
  public SectionScore {
    Bounds.code("sectionId", sectionId);
    Require.nonNull("title", title);
    Bounds.nonNegative("score", score);
    Bounds.positive("maxScore", maxScore);
    Bounds.nonNegative("weightedScore", weightedScore);
    Bounds.nonNegative("applicableWeightedMax", applicableWeightedMax);
    items = Bounds.list("items", items);
  }
}
