package org.anxiao.energy.intensity;

import org.anxiao.core.text.LocalizedText;

/**
 * The intensities this package computes (强度指标), energy.md §3, each with the wire code of its unit
 * and of its numerator's unit.
 */
public enum IntensityKind {
  /** Energy per floor area (单位建筑面积能耗), kgce/m². */
  ENERGY_PER_AREA("单位建筑面积能耗", "energy per floor area", "kgce/m2", "kgce"),
  /** Energy per person (人均综合能耗), kgce/person, on the result's population basis. */
  ENERGY_PER_PERSON("人均综合能耗", "energy per person", "kgce/person", "kgce"),
  /** Energy per student (生均能耗), kgce/person. */
  ENERGY_PER_STUDENT("生均能耗", "energy per student", "kgce/person", "kgce"),
  /** Water per person (人均用水量), m³/person, on the result's population basis. */
  WATER_PER_PERSON("人均用水量", "water per person", "m3/person", "m3"),
  /** CO₂ per floor area (单位建筑面积碳排放), kgCO₂e/m². */
  CARBON_PER_AREA("单位建筑面积碳排放", "carbon per floor area", "kgCO2e/m2", "kgCO2e");

  private final LocalizedText label;
  private final String unit;
  private final String numeratorUnit;

  IntensityKind(String zh, String en, String unit, String numeratorUnit) {
    this.label = LocalizedText.of(zh, en);
    this.unit = unit;
    this.numeratorUnit = numeratorUnit;
  }

  /** {@return the intensity's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return the wire code of the intensity's unit, e.g. {@code kgce/m2}} */
  public String unit() {
    return unit;
  }

  /** {@return the wire code of the numerator's unit: {@code kgce}, {@code m3} or {@code kgCO2e}} */
  public String numeratorUnit() {
    return numeratorUnit;
  }

  /** {@return true when the denominator is floor area, false when it is persons} */
  public boolean perArea() {
    return this == ENERGY_PER_AREA || this == CARBON_PER_AREA;
  }
}
