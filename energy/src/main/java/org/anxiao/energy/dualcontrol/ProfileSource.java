package org.anxiao.energy.dualcontrol;

import org.anxiao.core.text.LocalizedText;

/** Where a seasonal monthly profile (月度分布) came from; a result states it. */
public enum ProfileSource {
  /** Shares the caller supplied. */
  CALLER("调用方给定", "supplied by the caller"),
  /** Shares of the baseline year's monthly actuals (基准年各月实绩). */
  BASELINE_ACTUALS("基准年各月实绩", "the baseline year's monthly actuals"),
  /** Shares of days (按天数平均): the default when no profile is given — no seasonality assumed. */
  DAYS("按天数平均（默认）", "share of days (default)");

  private final LocalizedText label;

  ProfileSource(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the source's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
