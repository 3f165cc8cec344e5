package org.anxiao.energy.water;

import org.anxiao.core.text.LocalizedText;

/** Where a per-person water use falls against a two-tier quota (用水定额: 先进值 advanced, 通用值 general). */
public enum QuotaTier {
  /** At or below the advanced value (达到先进值). */
  ADVANCED("达到先进值", "meets the advanced value"),
  /** Above the advanced value, at or below the general value (达到通用值). */
  GENERAL("达到通用值", "meets the general value"),
  /** Above the general value (超过通用值). */
  OVER("超过通用值", "exceeds the general value");

  private final LocalizedText label;

  QuotaTier(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the tier in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the tier of {@code perPerson} against the two values}
   *
   * @param perPerson the use, m³/person·a
   * @param advanced  先进值, m³/person·a
   * @param general   通用值, m³/person·a, at least {@code advanced}
   */
  static QuotaTier of(double perPerson, double advanced, double general) {
    if (perPerson > general) {
      return OVER;
    }
    return perPerson > advanced ? GENERAL : ADVANCED;
  }
}
