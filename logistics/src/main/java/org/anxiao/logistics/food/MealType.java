package org.anxiao.logistics.food;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.text.LocalizedText;

/** A meal a canteen serves (餐次). Codes are the constant names, e.g. {@code LUNCH}. */
public enum MealType {
  /** 早餐 — breakfast. */
  BREAKFAST("早餐", "breakfast"),
  /** 午餐 — lunch. */
  LUNCH("午餐", "lunch"),
  /** 晚餐 — dinner. */
  DINNER("晚餐", "dinner"),
  /** 夜宵、加餐 — supper or an extra meal (boarding schools). */
  SUPPER("夜宵", "supper");

  private final LocalizedText label;

  MealType(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the meal's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the meal with code {@code code}}
   *
   * @param code the constant name, e.g. {@code LUNCH}
   * @throws UnknownCodeException for a code that names no meal
   */
  public static MealType of(String code) {
    Bounds.code("meal", code);
    for (MealType m : values()) {
      if (m.name().equals(code)) {
        return m;
      }
    }
    throw new UnknownCodeException("meal", code, "meal type");
  }
}
