package org.anxiao.energy.dualcontrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Volume;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.EmissionLine;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.LocationBasedScope2;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CarrierLine;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.internal.WeightedSums;

/**
 * One month's actuals of a subject (月度实绩): energy in kgce on a stated electricity basis, the part
 * of it that is new renewable energy (self-consumed PV and the like, which a target's renewables
 * switches may deduct), water in m³ and CO₂ in kgCO₂e.
 *
 * <p>Invariants: every figure finite and zero or more; {@code renewableKgce ≤ energyKgce}.
 * Immutable and thread-safe.
 *
 * @param month            the month
 * @param electricityBasis the electricity basis of the kgce
 * @param energyKgce       energy, kgce (综合能耗), renewables included
 * @param renewableKgce    the part of {@code energyKgce} that is new renewable energy, kgce
 * @param waterM3          water, m³
 * @param carbonKgCO2e     CO₂, kgCO₂e
 */
public record MonthlyActual(Month month, ElectricityBasis electricityBasis, double energyKgce, double renewableKgce,
    double waterM3, double carbonKgCO2e) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param month            the month
   * @param electricityBasis the electricity basis
   * @param energyKgce       energy, kgce
   * @param renewableKgce    its renewable part, kgce
   * @param waterM3          water, m³
   * @param carbonKgCO2e     CO₂, kgCO₂e
   */
  public MonthlyActual {
    Require.nonNull("month", month);
    Require.nonNull("electricityBasis", electricityBasis);
    nonNegative("energyKgce", energyKgce);
    nonNegative("renewableKgce", renewableKgce);
    nonNegative("waterM3", waterM3);
    nonNegative("carbonKgCO2e", carbonKgCO2e);
    Require.that(renewableKgce <= energyKgce, "renewableKgce", renewableKgce, "must not exceed energyKgce {}",
        energyKgce);
  }

  private static void nonNegative(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
  }

  /**
   * {@return a month's actuals from quantities} Energy must be given in kgce or tce: a kWh figure is
   * converted to standard coal by a pack's coefficient ({@code CoalEquivalents}), never by unit
   * conversion.
   *
   * @param month            the month
   * @param electricityBasis the electricity basis of the energy
   * @param energy           energy, kgce or tce
   * @param renewable        its new renewable part, kgce or tce
   * @param water            water
   * @param carbon           CO₂
   * @throws UnitMismatchException when an energy is not in kgce or tce
   */
  public static MonthlyActual of(Month month, ElectricityBasis electricityBasis, Quantity<Energy> energy,
      Quantity<Energy> renewable, Quantity<Volume> water, Quantity<CarbonMass> carbon) {
    return new MonthlyActual(month, electricityBasis, kgce("energy", energy), kgce("renewable", renewable),
        AnxiaoUnits.toDouble(Require.nonNull("water", water), AnxiaoUnits.CUBIC_METER),
        AnxiaoUnits.toDouble(Require.nonNull("carbon", carbon), AnxiaoUnits.KILOGRAM_CO2E));
  }

  /**
   * {@return a month's actuals from its standard-coal result, whose self-consumed PV is the renewable part}
   *
   * @param energy the month's standard coal (its period must be a month)
   * @param water  water
   * @param carbon CO₂
   */
  public static MonthlyActual of(CoalEquivalentResult energy, Quantity<Volume> water, Quantity<CarbonMass> carbon) {
    Require.nonNull("energy", energy);
    if (!(energy.reportingPeriod() instanceof Month month)) {
      throw new InvalidValueException("energy.reportingPeriod", energy.reportingPeriod().code(), "must be a month");
    }
    double pv = energy.line(Carrier.PV_SELF_CONSUMED).map(CarrierLine::kgce).orElse(0.0);
    return new MonthlyActual(month, energy.basis(), energy.totalKgce(), pv,
        AnxiaoUnits.toDouble(Require.nonNull("water", water), AnxiaoUnits.CUBIC_METER),
        AnxiaoUnits.toDouble(Require.nonNull("carbon", carbon), AnxiaoUnits.KILOGRAM_CO2E));
  }

  /**
   * {@return the months of a calendar year, January to the last month with data, split from the year's
   * own results} — what a platform needs for dual-control progress without converting each month
   * again. A month's energy is the sum of its consumptions times the coefficient the annual result
   * applied to their carrier (a fuel with a measured calorific value: that value ÷ the pack's kgce
   * definition, as {@code CoalEquivalents} computes it); its renewable part is its self-consumed PV; its
   * CO₂ is Scope 1 (each fuel's factor) plus location-based Scope 2 under {@code set} (each
   * carrier's factor); its water the sum of its water consumptions. The same coefficients and
   * factors as the annual results, through the same kernel, so the months add up to the year.
   *
   * @param annual the year's standard coal (its period a calendar year, each consumption within one month)
   * @param carbon the same year's carbon result, with a location-based figure under {@code set}
   * @param set    the factor set whose location-based figure counts as the year's CO₂
   * @param water  the year's water consumptions, each within one month
   * @throws InvalidValueException when a period is not a calendar year or a consumption is not a month
   *     of it, when the carbon result has no figure under {@code set}, or when it netted exported PV
   *     (which no month owns)
   */
  public static List<MonthlyActual> split(CoalEquivalentResult annual,
      CarbonResult carbon, FactorSet set,
      List<Consumption> water) {
    Require.nonNull("annual", annual);
    Require.nonNull("carbon", carbon);
    Require.nonNull("set", set);
    List<Consumption> waters = Bounds.list("water", water);
    if (!(annual.reportingPeriod() instanceof CalendarYear year)) {
      throw new InvalidValueException("annual.reportingPeriod", annual.reportingPeriod().code(), "must be a calendar year");
    }
    Require.that(carbon.reportingPeriod().equals(year), "carbon.reportingPeriod", carbon.reportingPeriod().code(),
        "must be the annual result's year {}", year.code());
    Require.that(carbon.pvNettedKwh() == 0, "carbon.pvNettedKwh", carbon.pvNettedKwh(),
        "exported PV netted against the year's imports belongs to no month");
    LocationBasedScope2 location = carbon.locationBased(set).orElseThrow(
        () -> new InvalidValueException("set", set, "the carbon result has no location-based figure under it"));
    int carriers = Carrier.values().length;
    // kgce: slot = carrier, or one slot per measured calorific value after the carriers.
    List<Consumption> coal = annual.consumptions();
    double[] kgceWeight = new double[carriers + coal.size()];
    boolean[] kgceKnown = new boolean[kgceWeight.length];
    for (CarrierLine line : annual.lines()) {
      kgceWeight[line.carrier().ordinal()] = line.counted() ? line.coefficient().doubleValue() : 0;
      kgceKnown[line.carrier().ordinal()] = true;
    }
    int n = coal.size();
    int[] month = new int[n];
    int[] slot = new int[n];
    double[] amount = new double[n];
    int last = 0;
    for (int i = 0; i < n; i++) {
      Consumption c = coal.get(i);
      month[i] = monthOf("annual.consumptions[" + i + "].period", c.period(), year);
      last = Math.max(last, month[i]);
      amount[i] = c.value();
      slot[i] = c.carrier().ordinal();
      if (c.measuredCalorificValue().isPresent()) {
        slot[i] = carriers + i;
        kgceWeight[slot[i]] = annual.coefficient(i).doubleValue();
        kgceKnown[slot[i]] = true;
      }
    }
    double[] energy = new double[12];
    double[] renewable = new double[12];
    WeightedSums.accumulate(month, 12, WeightedSums.zeros(n), 1, slot, kgceKnown, amount, kgceWeight,
        1, energy, 0, n, row -> {
          throw new InvalidValueException("annual.consumptions[" + row + "]", coal.get(row).carrier(),
              "has no coefficient in the annual result");
        });
    double[] pvWeight = new double[kgceWeight.length];
    pvWeight[Carrier.PV_SELF_CONSUMED.ordinal()] = kgceWeight[Carrier.PV_SELF_CONSUMED.ordinal()];
    boolean[] all = new boolean[kgceWeight.length];
    Arrays.fill(all, true);
    WeightedSums.accumulate(month, 12, WeightedSums.zeros(n), 1, slot, all, amount, pvWeight, 1,
        renewable, 0, n, row -> { });
    // CO₂: each carrier's factor from the carbon result (Scope 1 fuels, Scope 2 under the set).
    double[] co2Weight = new double[carriers];
    for (EmissionLine line : carbon.scope1()) {
      co2Weight[line.carrier().ordinal()] = line.factor().doubleValue();
    }
    for (EmissionLine line : location.lines()) {
      co2Weight[line.carrier().ordinal()] = line.factor().doubleValue();
    }
    List<Consumption> emitting = carbon.request().consumptions();
    int m = emitting.size();
    int[] cMonth = new int[m];
    int[] cSlot = new int[m];
    double[] cAmount = new double[m];
    for (int i = 0; i < m; i++) {
      Consumption c = emitting.get(i);
      cMonth[i] = monthOf("carbon.consumptions[" + i + "].period", c.period(), year);
      last = Math.max(last, cMonth[i]);
      cSlot[i] = c.carrier().ordinal();
      cAmount[i] = c.value();
    }
    double[] co2 = new double[12];
    boolean[] known = new boolean[carriers];
    Arrays.fill(known, true);
    WeightedSums.accumulate(cMonth, 12, WeightedSums.zeros(m), 1, cSlot, known, cAmount, co2Weight, 1,
        co2, 0, m, row -> { });
    double[] waterM3 = new double[12];
    for (int i = 0; i < waters.size(); i++) {
      Consumption c = waters.get(i);
      Require.that(c.carrier() == Carrier.WATER, "water[" + i + "].carrier", c.carrier(), "must be WATER");
      int k = monthOf("water[" + i + "].period", c.period(), year);
      last = Math.max(last, k);
      waterM3[k] += c.value();
    }
    List<MonthlyActual> months = new ArrayList<>(last + 1);
    for (int k = 0; k <= last; k++) {
      months.add(new MonthlyActual(new Month(year.year(), k + 1), annual.basis(), energy[k],
          Math.min(renewable[k], energy[k]), waterM3[k], co2[k]));
    }
    return List.copyOf(months);
  }

  /** The month index (0–11) of a period that is a month of {@code year}. */
  private static int monthOf(String field, Period period, CalendarYear year) {
    if (!(period instanceof Month m) || m.year() != year.year()) {
      throw new InvalidValueException(field, period.code(), "must be a month of " + year.code());
    }
    return m.month() - 1;
  }

  private static double kgce(String field, Quantity<Energy> energy) {
    Require.nonNull(field, energy);
    String code = AnxiaoUnits.code(energy.getUnit());
    if (!code.equals("kgce") && !code.equals("tce")) {
      throw new UnitMismatchException(field, code, "kgce or tce (standard coal comes from a pack's coefficients, "
          + "not from a unit conversion)");
    }
    return AnxiaoUnits.toDouble(energy, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT);
  }
}
