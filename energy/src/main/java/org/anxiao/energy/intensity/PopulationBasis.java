package org.anxiao.energy.intensity;

import org.anxiao.core.text.LocalizedText;

/**
 * Who counts as a person in per-person intensities (人均指标的人数口径), energy.md §3: students plus
 * staff, or an "energy-using population" (用能人数) the caller states, e.g. as a programme's
 * statistics define it. The caller chooses; the result records the choice.
 */
public enum PopulationBasis {
  /** Students plus staff (学生与教职工人数之和). */
  STUDENTS_AND_STAFF("学生与教职工", "students and staff"),
  /** The stated energy-using population (用能人数). */
  ENERGY_USING_POPULATION("用能人数", "energy-using population");

  private final LocalizedText label;

  PopulationBasis(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the basis's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
