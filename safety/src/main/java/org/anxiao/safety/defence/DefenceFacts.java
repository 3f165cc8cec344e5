package org.anxiao.safety.defence;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * What a school reports on its technical defence (技防情况), for {@link DefenceMeasures}: how many
 * days its video recordings are kept, and its one-button alarm coverage. Either may be absent (not
 * reported, then not assessed), not both. Immutable and thread-safe.
 *
 * @param videoRetentionDays the days recordings are kept before they are overwritten (图像保存时间), 0 or more
 * @param alarmCoverage      the one-button alarm coverage
 */
public record DefenceFacts(Optional<Integer> videoRetentionDays, Optional<AlarmCoverage> alarmCoverage) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param videoRetentionDays days recordings are kept, 0 to {@value Bounds#MAX_COUNT}
   * @param alarmCoverage      the alarm coverage
   */
  public DefenceFacts {
    videoRetentionDays = Objects.requireNonNullElse(videoRetentionDays, Optional.empty());
    alarmCoverage = Objects.requireNonNullElse(alarmCoverage, Optional.empty());
    videoRetentionDays.ifPresent(d -> Bounds.count("videoRetentionDays", d));
    Require.that(videoRetentionDays.isPresent() || alarmCoverage.isPresent(), "videoRetentionDays", null,
        "report the video retention, the alarm coverage or both");
  }

  /**
   * {@return both measures}
   *
   * @param videoRetentionDays days recordings are kept
   * @param working            working alarms at required points
   * @param required           required alarm points
   */
  public static DefenceFacts of(int videoRetentionDays, int working, int required) {
    return new DefenceFacts(Optional.of(videoRetentionDays), Optional.of(new AlarmCoverage(working, required)));
  }
}
