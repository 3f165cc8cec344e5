package org.anxiao.core.finding;

import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/** How serious a finding is, from least to most. */
public enum Severity {
  /** 提示 — for information; nothing is wrong. */
  INFO("提示", "info"),
  /** 一般 — a shortfall to correct. */
  LOW("一般", "low"),
  /** 较重 — a serious shortfall. */
  HIGH("较重", "high"),
  /** 严重 — a breach that alone fails an evaluation (一票否决) or endangers people. */
  CRITICAL("严重", "critical");

  private final LocalizedText label;

  Severity(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the level's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return true when this is at least as severe as {@code other}}
   *
   * @param other the severity to compare with
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() >= Require.nonNull("other", other).ordinal();
  }
}
