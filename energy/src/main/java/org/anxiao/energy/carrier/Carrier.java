package org.anxiao.energy.carrier;

import org.anxiao.core.text.LocalizedText;

/**
 * An energy carrier (能源品种) or water, as a meter measures it, each with the unit its rule values
 * are written per ({@link #unit()}): coefficients in kgce per unit (GB/T 2589-2020 annex), emission
 * factors in kgCO₂ per unit.
 *
 * <p>Natural gas comes in two rows because GB/T 2589 prints two coefficients: gas-field gas (气田天然气,
 * 1.2143 kgce/m³, the gas of city pipelines) and oil-field associated gas (油田天然气, 1.3300 kgce/m³).
 * Using the oil-field figure for city gas is a known error of other tools; {@link #NATURAL_GAS} is
 * the gas-field row.
 *
 * <p>On-site photovoltaic generation is split as the spec requires: {@link #PV_SELF_CONSUMED} is
 * electricity used on site (energy consumed, zero emissions, non-fossil), {@link #PV_EXPORTED} is
 * fed to the grid (reported apart, never netted against imports unless a pack allows it).
 * {@link #WATER} is not energy: it enters 综合能耗 only where a pack opts in (耗能工质).
 */
public enum Carrier {
  /** Grid electricity (外购电力), kWh. */
  ELECTRICITY("kWh", "电力", "grid electricity"),
  /** On-site PV generation used on site (光伏自发自用), kWh. */
  PV_SELF_CONSUMED("kWh", "光伏自用电量", "PV self-consumed"),
  /** On-site PV generation exported to the grid (光伏上网电量), kWh. */
  PV_EXPORTED("kWh", "光伏上网电量", "PV exported"),
  /** Natural gas from gas fields, the gas of city pipelines (气田天然气), m³. */
  NATURAL_GAS("m3", "天然气（气田）", "natural gas (gas field)"),
  /** Oil-field associated natural gas (油田天然气), m³. */
  NATURAL_GAS_OIL_FIELD("m3", "天然气（油田）", "natural gas (oil field)"),
  /** Liquefied petroleum gas (液化石油气), kg. */
  LPG("kg", "液化石油气", "LPG"),
  /** Diesel (柴油), kg. */
  DIESEL("kg", "柴油", "diesel"),
  /** Gasoline (汽油), kg. */
  GASOLINE("kg", "汽油", "gasoline"),
  /** Kerosene (煤油), kg. */
  KEROSENE("kg", "煤油", "kerosene"),
  /** Raw coal (原煤), kg. */
  RAW_COAL("kg", "原煤", "raw coal"),
  /** Purchased heat (外购热力), MJ. */
  HEAT("MJ", "热力", "purchased heat"),
  /** Low-pressure steam (低压蒸汽), kg. */
  STEAM("kg", "蒸汽（低压）", "low-pressure steam"),
  /** Water (水), m³: not energy. */
  WATER("m3", "水", "water");

  private final String unit;
  private final LocalizedText label;

  Carrier(String unit, String zh, String en) {
    this.unit = unit;
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the unit code rule values are written per and amounts are held in: kWh, m3, kg or MJ} */
  public String unit() {
    return unit;
  }

  /** {@return the carrier's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return true for grid electricity and the two PV rows (amounts in kWh)} */
  public boolean isElectricity() {
    return this == ELECTRICITY || this == PV_SELF_CONSUMED || this == PV_EXPORTED;
  }

  /** {@return true for the fuels burnt on site (Scope 1): natural gas, LPG, diesel, gasoline, kerosene, coal} */
  public boolean isFuel() {
    return switch (this) {
      case NATURAL_GAS, NATURAL_GAS_OIL_FIELD, LPG, DIESEL, GASOLINE, KEROSENE, RAW_COAL -> true;
      default -> false;
    };
  }

  /** {@return true when {@link #unit()} is an energy unit (kWh or MJ), false for m³ and kg} */
  public boolean isMeasuredAsEnergy() {
    return "kWh".equals(unit) || "MJ".equals(unit);
  }
}
