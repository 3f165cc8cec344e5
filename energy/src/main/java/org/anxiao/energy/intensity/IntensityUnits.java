package org.anxiao.energy.intensity;

import java.util.List;
import javax.measure.Unit;
import javax.measure.quantity.Dimensionless;
import org.anxiao.core.spi.UnitContribution;
import org.anxiao.core.unit.AnxiaoUnits;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * The units of intensities (强度单位) and their wire codes, contributed to core's unit vocabulary by
 * the energy module: {@code kgce/m2}, {@code kgce/person}, {@code m3/person}, {@code kgCO2e/m2}.
 *
 * <p>A person (人) is a base unit of a dimension of its own, so that kgce per person is not kgce:
 * a per-person intensity never converts to, or is written as, an amount of energy. All members are
 * immutable and thread-safe.
 */
public final class IntensityUnits {
  /** One person (人), of a dimension of its own ({@code P}); it has no wire code of its own. */
  public static final Unit<Dimensionless> PERSON = new BaseUnit<>("person", "person", UnitDimension.parse('P'));
  /** kgce per m² of floor area, code {@code kgce/m2}. */
  public static final Unit<EnergyPerArea> KGCE_PER_SQUARE_METER =
      AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT.divide(AnxiaoUnits.SQUARE_METER).asType(EnergyPerArea.class);
  /** kgce per person, code {@code kgce/person}. */
  public static final Unit<EnergyPerPerson> KGCE_PER_PERSON =
      AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT.divide(PERSON).asType(EnergyPerPerson.class);
  /** m³ of water per person, code {@code m3/person}. */
  public static final Unit<WaterPerPerson> CUBIC_METER_PER_PERSON =
      AnxiaoUnits.CUBIC_METER.divide(PERSON).asType(WaterPerPerson.class);
  /** kgCO₂e per m² of floor area, code {@code kgCO2e/m2}. */
  public static final Unit<CarbonPerArea> KGCO2E_PER_SQUARE_METER =
      AnxiaoUnits.KILOGRAM_CO2E.divide(AnxiaoUnits.SQUARE_METER).asType(CarbonPerArea.class);

  private IntensityUnits() {}

  /** {@return the four intensity codes, each the reference unit of its quantity type, for the vocabulary} */
  public static List<UnitContribution> contributions() {
    return List.of(UnitContribution.of("kgce/m2", KGCE_PER_SQUARE_METER, EnergyPerArea.class),
        UnitContribution.of("kgce/person", KGCE_PER_PERSON, EnergyPerPerson.class),
        UnitContribution.of("m3/person", CUBIC_METER_PER_PERSON, WaterPerPerson.class),
        UnitContribution.of("kgCO2e/m2", KGCO2E_PER_SQUARE_METER, CarbonPerArea.class));
  }
}
