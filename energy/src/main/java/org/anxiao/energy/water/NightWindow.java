package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalTime;
import org.anxiao.core.internal.Require;

/**
 * The minimum-use hours (夜间最小用水时段) of a night-flow check, e.g. 02:00–04:00: a caller input,
 * because it depends on the site (a boarding school's night differs from a day school's) and the
 * spec gives no value. Start inclusive, end exclusive, both local times of one day: a window
 * across midnight is refused. Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"start": "02:00", "end": "04:00"}}.
 *
 * @param start the first moment of the window, inclusive
 * @param end   the end of the window, exclusive, after {@code start} on the same day
 */
public record NightWindow(LocalTime start, LocalTime end) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param start the first moment, inclusive
   * @param end   the end, exclusive, after {@code start}
   * @throws org.anxiao.core.error.InvalidValueException when {@code end} is not after {@code start}
   */
  public NightWindow {
    Require.nonNull("start", start);
    Require.nonNull("end", end);
    Require.that(end.isAfter(start), "end", end, "must be after start {} on the same day (a window does not cross midnight)",
        start);
  }

  /** {@return the window's length in hours} */
  @JsonIgnore
  public double hours() {
    return (end.toNanoOfDay() - start.toNanoOfDay()) / 3.6e12;
  }
}
