package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A section of a checklist (检查板块), e.g. 消防安全, with its items and the points it carries.
 *
 * @param id       unique within the checklist
 * @param title    section title
 * @param maxScore points the section carries; when absent, the sum of its items' weighted maxima
 * @param items    its items; at least one
 */
public record ChecklistSection(String id, LocalizedText title, Optional<BigDecimal> maxScore, List<ChecklistItem> items) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id       unique within the checklist
   * @param title    section title
   * @param maxScore points the section carries; when absent, the sum of its items' weighted maxima
   * @param items    its items; at least one
   */
  public ChecklistSection {
    Bounds.code("id", id);
    Require.nonNull("title", title);
    maxScore = Objects.requireNonNullElse(maxScore, Optional.empty());
    maxScore.ifPresent(m -> Bounds.positive("maxScore", m));
    items = Require.nonEmpty("items", Bounds.list("items", items));
  }

  /** {@return the points the section carries} */
  public BigDecimal effectiveMaxScore() {
    return maxScore.orElseGet(() -> items.stream().map(ChecklistItem::weightedMax).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
