package org.anxiao.energy.meter;

import org.anxiao.core.text.LocalizedText;

/**
 * How the uncovered days of a month are estimated (缺测估算方法). The reference months are the nearest
 * months on each side of the gap that hold data (the month itself when it is partly covered), and
 * may lie outside the requested period.
 */
public enum EstimationMethod {
  /**
   * Linear interpolation of the reference months' daily rates (amount ÷ covered days) by month
   * index; at an end of the data, where only one reference month exists, that month's daily rate
   * is carried.
   */
  LINEAR("线性插值", "linear interpolation"),
  /**
   * A caller's twelve-month shape ({@link MonthlyProfile}) scaled so that it reproduces the reference
   * months' data: estimate = (Σ reference amounts ÷ Σ profile daily weight × covered days) × the gap
   * month's profile daily weight × uncovered days.
   */
  PROFILE("典型曲线", "profile");

  private final LocalizedText label;

  EstimationMethod(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the method's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
