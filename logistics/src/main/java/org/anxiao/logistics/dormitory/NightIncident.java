package org.anxiao.logistics.dormitory;

import java.time.LocalDateTime;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * An incident on a night of duty (夜间突发事件、异常情况): when it happened, what it was, and whether it was
 * reported (闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)6: 落实值班值守制度，发生突发事件第一时间报告).
 * Immutable.
 *
 * @param time        when it happened, local time, within the night's duty window (checked by
 *                    {@link NightDutyLog})
 * @param description what happened, one line
 * @param reported    whether it was reported
 */
public record NightIncident(LocalDateTime time, String description, boolean reported) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param time        when it happened
   * @param description what happened
   * @param reported    whether it was reported
   */
  public NightIncident {
    Require.nonNull("time", time);
    Bounds.date("time", time.toLocalDate());
    Bounds.line("description", description);
  }
}
