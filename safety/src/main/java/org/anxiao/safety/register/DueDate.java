package org.anxiao.safety.register;

import java.time.LocalDate;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A due date of a campaign (时间节点): the day by which something is due, e.g. the schools' hazard
 * forms by 2022-03-20 (闵行 2022 §四(一)). Immutable and thread-safe.
 *
 * @param date the day, inclusive
 * @param what what is due, in Chinese and English
 */
public record DueDate(LocalDate date, LocalizedText what) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param date the day
   * @param what what is due
   */
  public DueDate {
    Bounds.date("date", date);
    Require.nonNull("what", what);
  }
}
