package org.anxiao.energy.testkit.province;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of a synthetic province's readings table: the consumption one meter measured over one
 * period. A good row (from {@link SyntheticProvince#readings(int)}) has a known school, a
 * {@link org.anxiao.energy.carrier.Carrier} name, a unit of that carrier's kind and a finite value
 * greater than zero; an injected bad row ({@link BadReading#reading()}) breaks exactly one of these.
 *
 * @param schoolId    the school's id, as in {@link ProvinceSchool#id()}
 * @param carrier     a {@link org.anxiao.energy.carrier.Carrier} name ({@code ELECTRICITY},
 *                    {@code NATURAL_GAS} or {@code DIESEL}), or something invalid in a bad row
 * @param periodStart the start of the period the value covers: the month's first day at 00:00 for a
 *                    monthly reading, the slot's start for a 15-minute reading
 * @param value       the consumption over the period, in {@code unit}, rounded to 3 decimals
 * @param unit        a unit code of {@code org.anxiao.core.unit.AnxiaoUnits}: {@code kWh} or {@code MWh}
 *                    for electricity, {@code m3} for natural gas, {@code kg} or {@code t} for diesel
 * @param meterId     the meter, {@code <schoolId>-<carrier>-<n>}: {@code -1} the first meter,
 *                    {@code -2} its replacement
 */
public record ProvinceReading(String schoolId, String carrier, LocalDateTime periodStart, double value, String unit,
    String meterId) {
  /**
   * Checks the texts and the start are present (values are not checked: a bad row may be negative).
   *
   * @param schoolId    the school's id
   * @param carrier     the carrier's name
   * @param periodStart the period's start
   * @param value       the consumption in {@code unit}
   * @param unit        the unit code
   * @param meterId     the meter's id
   */
  public ProvinceReading {
    Objects.requireNonNull(schoolId, "schoolId");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(meterId, "meterId");
  }
}
