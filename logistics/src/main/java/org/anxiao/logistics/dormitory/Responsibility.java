package org.anxiao.logistics.dormitory;

import org.anxiao.core.text.LocalizedText;

/**
 * A responsibility assigned for a dormitory room (学生公寓责任制): the five areas of 沪教委后〔2024〕10号
 * §四2, "落实用电、用水、设施维护、防火、防盗等责任追究制度". Declared in the order of the clause.
 */
public enum Responsibility {
  /** 用电 — use of electricity. */
  ELECTRICITY("用电", "electricity"),
  /** 用水 — use of water. */
  WATER("用水", "water"),
  /** 设施维护 — facility maintenance. */
  FACILITY_MAINTENANCE("设施维护", "facility maintenance"),
  /** 防火 — fire prevention. */
  FIRE_PREVENTION("防火", "fire prevention"),
  /** 防盗 — theft prevention. */
  THEFT_PREVENTION("防盗", "theft prevention");

  private final LocalizedText label;

  Responsibility(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the bilingual label, e.g. 用电 / electricity} */
  public LocalizedText label() {
    return label;
  }
}
