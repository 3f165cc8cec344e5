package org.anxiao.energy.carrier;

import org.anxiao.core.text.LocalizedText;

/**
 * How electricity is converted to standard coal (电力折标准煤的计算基础), GB/T 2589-2020 annex.
 *
 * <p>Every kgce result carries its basis, and comparing a result with a quota or baseline on the
 * other basis is an error, never a silent conversion: the two differ by a factor of about 2.5.
 */
public enum ElectricityBasis {
  /** 当量值: by the heat content of electricity, 0.1229 kgce/kWh (GB/T 2589 annex: 860 kcal/kWh ÷ 7000 kcal/kgce). */
  CALORIFIC("当量值", "calorific equivalent"),
  /** 等价值: by the coal burnt to supply it (供电煤耗), a number that varies by year and place. */
  PRIMARY("等价值", "primary-energy equivalent");

  private final LocalizedText label;

  ElectricityBasis(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the basis's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
