package org.anxiao.energy.dualcontrol;

import javax.measure.Quantity;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Volume;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CarrierLine;
import org.anxiao.energy.coal.CoalEquivalentResult;

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
