package org.anxiao.core.campus;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A gate with a guard post (校门/门岗). Security-guard staffing rules count gates open at the
 * arrival and dismissal peaks and gates used at night (闵行区校园安全专项整治工作实施方案, 2022, 四(一)8).
 *
 * @param id           unique within the campus
 * @param name         e.g. 东门
 * @param kind         main, side, vehicle, pedestrian, emergency
 * @param openAtPeaks  open during arrival and dismissal (上下学高峰)
 * @param usedAtNight  used (and so guarded) at night
 */
public record Gate(String id, String name, GateKind kind, boolean openAtPeaks, boolean usedAtNight) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id           unique within the campus
   * @param name         e.g. 东门
   * @param kind         main, side, vehicle, pedestrian, emergency
   * @param openAtPeaks  open during arrival and dismissal (上下学高峰)
   * @param usedAtNight  used (and so guarded) at night
   */
  public Gate {
    Bounds.code("id", id);
    Bounds.nonBlankText("name", name);
    Require.nonNull("kind", kind);
  }
}
