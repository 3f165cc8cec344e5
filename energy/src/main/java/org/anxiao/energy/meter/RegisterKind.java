package org.anxiao.energy.meter;

import org.anxiao.core.text.LocalizedText;

/** What a meter's readings are: the value of a cumulative register (累计读数) or the amount of an interval (区间用量). */
public enum RegisterKind {
  /** A register that counts up (表底数); consumption is the difference of two readings. */
  CUMULATIVE("累计读数", "cumulative register"),
  /** An amount used over a stated interval, e.g. a 15-minute or daily value from a smart meter. */
  INTERVAL("区间用量", "interval values");

  private final LocalizedText label;

  RegisterKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the kind's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
