package org.anxiao.examples;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.energy.carbon.GreenPowerPurchase;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.meter.MeterDataInput;

/**
 * A school's year of meter data and the caller's inputs its {@link EnergyReport} needs, as the demo
 * stores them in JSON ({@code minhang-primary-meters-2023.json}). The meter data are in the energy
 * module's own wire form; everything else is what only the school can say: which meters are
 * sub-meters of which, how accurate its water meters are, its own baseline-year intensities, the
 * monthly shape of a normal year and the green power it bought.
 *
 * @param schemaVersion   wire-format version
 * @param note            what the data are, in Chinese and English
 * @param schoolId        the school the meters belong to
 * @param year            the calendar year of the data
 * @param meterData       the meters, their register readings, interval values and replacements
 * @param subMeters       supply (main) meter id → the ids of its sub-meters; a meter listed under none is a supply meter
 * @param waterTolerances water meter id → its relative accuracy (0.02 for ±2 %), for the water balance
 * @param baseline        the school's own baseline-year intensities, for dual control
 * @param seasonalProfile twelve monthly shares of a normal year's energy, January first, for the forecast
 * @param greenPower      green power bought for the year, for market-based Scope 2
 */
public record MeterYear(String schemaVersion, LocalizedText note, String schoolId, int year, MeterDataInput meterData,
    Map<String, List<String>> subMeters, Map<String, BigDecimal> waterTolerances, Baseline baseline,
    List<BigDecimal> seasonalProfile, List<GreenPowerPurchase> greenPower) {

  /**
   * Copies the collections, keeping the order of the sub-meter map.
   *
   * @param schemaVersion   wire-format version
   * @param note            what the data are
   * @param schoolId        the school
   * @param year            the calendar year
   * @param meterData       the meter data
   * @param subMeters       supply meter → its sub-meters
   * @param waterTolerances water meter → relative accuracy
   * @param baseline        the baseline-year intensities
   * @param seasonalProfile twelve monthly shares
   * @param greenPower      green power bought
   */
  public MeterYear {
    subMeters = Collections.unmodifiableMap(new LinkedHashMap<>(subMeters));
    waterTolerances = Map.copyOf(waterTolerances);
    seasonalProfile = List.copyOf(seasonalProfile);
    greenPower = List.copyOf(greenPower);
  }

  /**
   * {@return the sub-meters of {@code meterId}, empty when it has none}
   *
   * @param meterId a meter's id
   */
  public List<String> subMetersOf(String meterId) {
    return subMeters.getOrDefault(meterId, List.of());
  }

  /**
   * {@return the stated relative accuracy of water meter {@code meterId}}
   *
   * @param meterId a water meter's id
   * @throws IllegalArgumentException when the data state none for it
   */
  public BigDecimal toleranceOf(String meterId) {
    BigDecimal tolerance = waterTolerances.get(meterId);
    if (tolerance == null) {
      throw new IllegalArgumentException("no tolerance stated for water meter " + meterId);
    }
    return tolerance;
  }

  /**
   * {@return true when {@code meterId} measures a whole supply: it is nobody's sub-meter} Only supply
   * meters enter totals; a sub-meter's amount is already inside its supply meter's.
   *
   * @param meterId a meter's id, if the consumption has one
   */
  public boolean isSupplyMeter(Optional<String> meterId) {
    return meterId.isPresent() && subMeters.values().stream().noneMatch(subs -> subs.contains(meterId.get()));
  }
}
