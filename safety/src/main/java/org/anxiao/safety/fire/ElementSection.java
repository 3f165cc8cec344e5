package org.anxiao.safety.fire;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A section of the composite elements (综合判定要素的分节), e.g. GB 35181-2017 7.1 总平面布置 or 7.9 其他.
 * Immutable and thread-safe.
 *
 * @param id    the clause number as printed, e.g. {@code 7.3}
 * @param title the section's title
 */
public record ElementSection(String id, LocalizedText title) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id    the clause number as printed
   * @param title the section's title
   */
  public ElementSection {
    Bounds.code("id", id);
    Require.nonNull("title", title);
  }
}
