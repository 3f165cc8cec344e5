package org.anxiao.energy.dualcontrol;

import org.anxiao.core.text.LocalizedText;
import org.anxiao.energy.intensity.IntensityKind;

/**
 * The intensity indicators dual-control targets cut (强度指标), as the national public-institution
 * 14th five-year targets list them.
 */
public enum IntensityMetric {
  /** Energy per floor area (单位建筑面积能耗), kgce/m²·a. */
  ENERGY_PER_AREA("单位建筑面积能耗", "energy per floor area", "kgce/m2", IntensityKind.ENERGY_PER_AREA),
  /** Energy per person (人均综合能耗), kgce/person·a. */
  ENERGY_PER_PERSON("人均综合能耗", "energy per person", "kgce/person", IntensityKind.ENERGY_PER_PERSON),
  /** Water per person (人均用水量), m³/person·a. */
  WATER_PER_PERSON("人均用水量", "water per person", "m3/person", IntensityKind.WATER_PER_PERSON),
  /** CO₂ per floor area (单位建筑面积碳排放), kgCO₂/m²·a. */
  CARBON_PER_AREA("单位建筑面积碳排放", "carbon per floor area", "kgCO2/m2", IntensityKind.CARBON_PER_AREA);

  private final LocalizedText label;
  private final String unit;
  private final IntensityKind kind;

  IntensityMetric(String zh, String en, String unit, IntensityKind kind) {
    this.label = LocalizedText.of(zh, en);
    this.unit = unit;
    this.kind = kind;
  }

  /** {@return the indicator's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return the unit the indicator is stated in, e.g. {@code kgce/m2} (per year for an annual figure)} */
  public String unit() {
    return unit;
  }

  /**
   * {@return the intensity this indicator is computed as, with the wire codes of its unit (e.g.
   * {@code kgce/m2}, {@code kgCO2e/m2}) and of its total ({@code kgce}, {@code m3}, {@code kgCO2e})}
   */
  public IntensityKind kind() {
    return kind;
  }
}
