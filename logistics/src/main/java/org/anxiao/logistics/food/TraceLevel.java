package org.anxiao.logistics.food;

import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.text.LocalizedText;

/**
 * A level of the three-level traceability of a purchase (三级追溯: 原料信息、供应商、基地 — 闵行区教育局校园安全
 * 专项整治工作实施方案 2022 §四(一)3). Which levels are required is pack data
 * ({@link FoodTraceabilityRule#levels()}). Codes are the constant names.
 */
public enum TraceLevel {
  /** 原料信息 — the ingredient's information (name, batch). */
  INGREDIENT("原料信息", "ingredient information"),
  /** 供应商 — the supplier. */
  SUPPLIER("供应商", "supplier"),
  /** 基地 — the production base or origin. */
  BASE("基地", "production base");

  private final LocalizedText label;

  TraceLevel(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the level's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the level with code {@code code}}
   *
   * @param code the constant name, e.g. {@code BASE}
   * @throws UnknownCodeException for a code that names no level
   */
  public static TraceLevel of(String code) {
    Bounds.code("level", code);
    for (TraceLevel l : values()) {
      if (l.name().equals(code)) {
        return l;
      }
    }
    throw new UnknownCodeException("level", code, "trace level");
  }
}
