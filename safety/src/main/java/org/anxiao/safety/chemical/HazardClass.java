package org.anxiao.safety.chemical;

import org.anxiao.core.text.LocalizedText;

/**
 * A hazard class for storage segregation (储存禁忌类别), modelled on the reactive groups of NOAA's
 * CAMEO Chemicals: which classes may not share a cabinet is pack data (kind
 * {@code anxiao.safety.chemical-compatibility}), and which class each reagent has is pack data too
 * (kind {@code anxiao.safety.chemical-hazard-classes}). A reagent may have several classes (nitric
 * acid is an acid and an oxidiser).
 */
public enum HazardClass {
  /** 氧化剂 — oxidising agent. */
  OXIDISER("氧化剂", "oxidiser"),
  /** 易燃物 — flammable liquid or solid. */
  FLAMMABLE("易燃物", "flammable"),
  /** 还原剂 — reducing agent (active metals, hydrides). */
  REDUCER("还原剂", "reducer"),
  /** 酸 — acid. */
  ACID("酸", "acid"),
  /** 碱 — base. */
  BASE("碱", "base"),
  /** 遇水反应物 — reacts with water (alkali metals). */
  WATER_REACTIVE("遇水反应物", "water-reactive");

  private final LocalizedText label;

  HazardClass(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the class's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }
}
