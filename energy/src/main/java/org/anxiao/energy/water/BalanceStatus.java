package org.anxiao.energy.water;

import org.anxiao.core.text.LocalizedText;

/**
 * What a water balance (水平衡) shows once the meters' tolerance is allowed for: the unaccounted-for
 * volume U = supply − Σ sub-meters against its uncertainty band B (see {@link WaterBalances}).
 */
public enum BalanceStatus {
  /** U &gt; B: more water enters than the sub-meters account for, beyond what meter error explains (漏损或未计量用水). */
  LOSS("未计量水量显著（漏损或未计量用水）", "significant unaccounted-for volume (leaks or unmetered use)"),
  /** |U| ≤ B: the difference is within the meters' combined tolerance (在计量误差范围内). */
  WITHIN_TOLERANCE("在计量误差范围内", "within meter tolerance"),
  /**
   * U &lt; −B: the sub-meters record more than the supply meter beyond meter error — a faulty or
   * misread meter, or a sub-meter fed from another supply (分表水量之和超过总表). Reported, never hidden.
   */
  EXCESS("分表水量之和显著超过总表", "sub-meters exceed the supply meter beyond tolerance");

  private final LocalizedText label;

  BalanceStatus(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the status in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the status of an unaccounted-for volume against its band}
   *
   * @param unaccounted supply − Σ sub-meters, m³
   * @param band        the uncertainty band, m³, zero or more
   */
  static BalanceStatus of(double unaccounted, double band) {
    if (unaccounted > band) {
      return LOSS;
    }
    return unaccounted < -band ? EXCESS : WITHIN_TOLERANCE;
  }

  /** {@return true when the unaccounted-for volume lies outside the band (LOSS or EXCESS)} */
  public boolean significant() {
    return this != WITHIN_TOLERANCE;
  }
}
