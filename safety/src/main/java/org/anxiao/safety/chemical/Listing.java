package org.anxiao.safety.chemical;

import org.anxiao.core.text.LocalizedText;

/**
 * Whether a chemical is on a control list (名录): listed, not listed, or not checked because the list
 * row that would decide it is below the caller's verification policy (the row is then reported as
 * skipped).
 */
public enum Listing {
  /** On the list (at the concentration given, where the list sets one). */
  LISTED("是", "yes"),
  /** Not on the list, or at or below the list's concentration threshold. */
  NOT_LISTED("否", "no"),
  /** Not decided: the deciding row was skipped under the verification policy. */
  NOT_CHECKED("未核查", "not checked");

  private final LocalizedText label;

  Listing(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the answer as a report prints it, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }
}
