package org.anxiao.safety.defence;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One facility a standard asks for at a key part (重点部位防范设施), e.g. 视频监控 at the main entrance,
 * with its obligation (应 or 宜). Immutable and thread-safe.
 *
 * @param id         unique within its table (a checklist item id)
 * @param title      the facility, in Chinese and English
 * @param obligation 应 (required) or 宜 (recommended)
 * @param clause     the clause or table row of the source, if known
 */
public record Facility(String id, LocalizedText title, Obligation obligation, Optional<String> clause) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id         unique within its table
   * @param title      the facility
   * @param obligation 应 or 宜
   * @param clause     the clause of the source, if known; not blank when given
   */
  public Facility {
    Bounds.code("id", id);
    Require.nonNull("title", title);
    Require.nonNull("obligation", obligation);
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    clause.ifPresent(c -> Bounds.line("clause", c));
  }
}
