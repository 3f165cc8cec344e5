package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A 易制毒化学品 category (precursor-chemical category) of 易制毒化学品管理条例 (国务院令第445号,
 * 2005), 附表《易制毒化学品的分类和品种目录》: 第一类 mainly raw materials of narcotics, 第二类 and
 * 第三类 mainly reagents (the school reagents — 乙醚, 三氯甲烷, 硫酸, 盐酸, 丙酮, 甲苯, 丁酮, 高锰酸钾 —
 * are in 2 and 3). The pack table gives the category as its number 1, 2 or 3.
 */
public enum PrecursorCategory {
  /** 第一类. */
  FIRST(1, "第一类", "category 1"),
  /** 第二类. */
  SECOND(2, "第二类", "category 2"),
  /** 第三类. */
  THIRD(3, "第三类", "category 3");

  private final int number;
  private final LocalizedText label;

  PrecursorCategory(int number, String zh, String en) {
    this.number = number;
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the category's number, 1 to 3} */
  public int number() {
    return number;
  }

  /** {@return the category's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the category numbered {@code value} in a pack table}
   *
   * @param field where the value was read (for the error)
   * @param value 1, 2 or 3
   * @throws InvalidValueException when the value is not 1, 2 or 3
   */
  static PrecursorCategory ofNumber(String field, BigDecimal value) {
    Require.nonNull("value", value);
    for (PrecursorCategory c : values()) {
      if (value.compareTo(BigDecimal.valueOf(c.number)) == 0) {
        return c;
      }
    }
    throw new InvalidValueException(field, value.toPlainString(), "a 易制毒 category is 1, 2 or 3");
  }
}
