package org.anxiao.energy.dualcontrol;

import org.anxiao.core.text.LocalizedText;

/**
 * Where a subject stands against this year's dual-control budget (双控进度状态), from best to worst.
 */
public enum DualControlStatus {
  /** The year-end forecast is within the budget (进度正常). */
  ON_TRACK("进度正常", "on track"),
  /** The year-end forecast exceeds the budget, the actual so far does not (有超标风险). */
  AT_RISK("有超标风险", "at risk"),
  /** The actual so far already exceeds the full-year budget (已超标). */
  OVER("已超标", "over");

  private final LocalizedText label;

  DualControlStatus(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the status's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
