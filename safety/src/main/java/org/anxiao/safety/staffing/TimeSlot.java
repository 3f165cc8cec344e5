package org.anxiao.safety.staffing;

import org.anxiao.core.text.LocalizedText;

/**
 * When a requirement holds (时段). Guard rules differ by time of day (闵行区校园安全专项整治工作实施方案,
 * 2022, 四(一)8); the other ratios count the standing head-count.
 */
public enum TimeSlot {
  /** 白天学生在校期间 — daytime while pupils are on campus. */
  DAY("白天在校期间", "day, pupils on campus"),
  /** 上学、放学高峰时段 — the arrival and dismissal peaks. */
  PEAK("上下学高峰", "arrival and dismissal peaks"),
  /** 夜间 — night. */
  NIGHT("夜间", "night"),
  /** 在岗总数 — the standing head-count, whatever the hour. */
  STANDING("在岗人数", "standing head-count");

  private final LocalizedText label;

  TimeSlot(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the slot's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return true for the slots that hold only while pupils are on campus (DAY, PEAK)} */
  public boolean whilePupilsOnCampus() {
    return this == DAY || this == PEAK;
  }
}
