package org.anxiao.logistics.supplies;

import org.anxiao.core.text.LocalizedText;

/**
 * What a quota term counts steps of (定额计算依据): the school's size as {@link SchoolSize} gives it.
 * Areas are in square metres.
 */
public enum QuotaBasis {
  /** 在校学生数 — pupils enrolled. */
  PUPILS("在校学生数", "pupils"),
  /** 建筑物栋数 — buildings. */
  BUILDINGS("建筑物栋数", "buildings"),
  /** 建筑面积（m²） — gross floor area of the buildings, m². */
  FLOOR_AREA("建筑面积", "floor area (m²)"),
  /** 占地面积（m²） — site area, m². */
  SITE_AREA("占地面积", "site area (m²)");

  private final LocalizedText label;

  QuotaBasis(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the basis's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
