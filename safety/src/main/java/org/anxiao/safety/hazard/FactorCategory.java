package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * The four categories of hazardous and harmful factors (危险和有害因素大类) of GB/T 13861-2022
 * 生产过程危险和有害因素分类与代码 (in force 2022-10-01): the first digit of a {@link FactorCode}. They are
 * the standard's structure, not rule data.
 */
public enum FactorCategory {
  /** 1 人的因素: human factors. */
  HUMAN('1', LocalizedText.of("人的因素", "human factors")),
  /** 2 物的因素: material (equipment, substance) factors. */
  MATERIAL('2', LocalizedText.of("物的因素", "material factors")),
  /** 3 环境因素: environmental factors. */
  ENVIRONMENT('3', LocalizedText.of("环境因素", "environmental factors")),
  /** 4 管理因素: management factors. */
  MANAGEMENT('4', LocalizedText.of("管理因素", "management factors"));

  private final char digit;
  private final LocalizedText label;

  FactorCategory(char digit, LocalizedText label) {
    this.digit = digit;
    this.label = label;
  }

  /** {@return the category's digit, {@code 1} to {@code 4}} */
  public char digit() {
    return digit;
  }

  /** {@return the category's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
