package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class UnitConversionProperties {
  private static final List<Unit<Energy>> ENERGY = List.of(AnxiaoUnits.KILOWATT_HOUR, AnxiaoUnits.MEGAWATT_HOUR,
      AnxiaoUnits.KILOJOULE, AnxiaoUnits.MEGAJOULE, AnxiaoUnits.GIGAJOULE, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT,
      AnxiaoUnits.TONNE_COAL_EQUIVALENT);

  @Test
  void kgceIsDefinedFromTheCitedTable() {
    UnitDefinition kgce = AnxiaoUnits.definitions().get("kgce");
    assertEquals(new BigDecimal("29307.6"), kgce.value());
    assertEquals("GB/T 2589-2020", kgce.source().document());
    // 1 kgce = 29 307.6 kJ exactly; 1 kWh = 3600 kJ, so 1 kWh = 3600 / 29307.6 kgce = 0.12283...
    assertEquals(0, new BigDecimal("29307.6").compareTo(
        AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT), AnxiaoUnits.KILOJOULE)));
    assertEquals(0.1228350, AnxiaoUnits.toDouble(AnxiaoUnits.of("1", AnxiaoUnits.KILOWATT_HOUR),
        AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT), 1e-7);
    assertEquals(0, new BigDecimal("1000").compareTo(
        AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.TONNE_COAL_EQUIVALENT), AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT)));
  }

  @Test
  void energyConversionsRoundTrip() {
    qt().withExamples(300).forAll(ValueGenerators.positiveDecimals(), Generate.pick(ENERGY), Generate.pick(ENERGY))
        .checkAssert((v, from, to) -> {
          Quantity<Energy> q = AnxiaoUnits.of(v, from);
          BigDecimal there = AnxiaoUnits.toDecimal(q, to);
          BigDecimal back = AnxiaoUnits.toDecimal(AnxiaoUnits.of(there, to), from);
          BigDecimal diff = back.subtract(v).abs();
          assertTrue(diff.compareTo(v.abs().multiply(new BigDecimal("1e-12"))) <= 0, v + " " + from + "→" + to + "→" + back);
          double d = AnxiaoUnits.toDouble(q, to);
          assertEquals(there.doubleValue(), d, Math.abs(d) * 1e-12);
        });
  }

  @Test
  void conversionIsLinearAndMonotone() {
    qt().forAll(ValueGenerators.positiveDecimals(), ValueGenerators.positiveDecimals(), Generate.pick(ENERGY))
        .checkAssert((a, b, to) -> {
          double sum = AnxiaoUnits.toDouble(AnxiaoUnits.of(a.add(b), AnxiaoUnits.KILOWATT_HOUR), to);
          double parts = AnxiaoUnits.toDouble(AnxiaoUnits.of(a, AnxiaoUnits.KILOWATT_HOUR), to)
              + AnxiaoUnits.toDouble(AnxiaoUnits.of(b, AnxiaoUnits.KILOWATT_HOUR), to);
          assertEquals(sum, parts, Math.abs(sum) * 1e-12);
          assertTrue(sum > AnxiaoUnits.toDouble(AnxiaoUnits.of(a, AnxiaoUnits.KILOWATT_HOUR), to));
        });
  }

  @Test
  void carbonMassRoundTripsAndNeverMixesWithMass() {
    qt().forAll(ValueGenerators.positiveDecimals()).checkAssert(v -> {
      Quantity<CarbonMass> t = AnxiaoUnits.of(v, AnxiaoUnits.TONNE_CO2E);
      assertEquals(0, v.multiply(BigDecimal.valueOf(1000)).compareTo(AnxiaoUnits.toDecimal(t, AnxiaoUnits.KILOGRAM_CO2E)));
    });
    assertThrows(UnitMismatchException.class, () -> AnxiaoUnits.unit("emission", "kg", CarbonMass.class));
    assertThrows(UnitMismatchException.class, () -> AnxiaoUnits.unit("fuel", "tCO2e", Mass.class));
    assertThrows(UnitMismatchException.class, () -> Measure.of("1", "kWh").toQuantity(CarbonMass.class));
    assertTrue(!AnxiaoUnits.KILOGRAM_CO2E.isCompatible(AnxiaoUnits.KILOGRAM_MASS));
    assertThrows(javax.measure.IncommensurableException.class,
        () -> AnxiaoUnits.KILOGRAM_CO2E.getConverterToAny(AnxiaoUnits.KILOGRAM_MASS));
  }

  @Test
  void everyCodeRoundTrips() {
    for (String code : AnxiaoUnits.codes()) {
      assertEquals(code, AnxiaoUnits.code(AnxiaoUnits.unit(code)));
      Measure m = Measure.of("12.5", code);
      assertEquals(m, Measure.of(AnxiaoUnits.of(m.value(), AnxiaoUnits.unit(code))));
    }
  }

  @Test
  void badValuesAndCodesAreRejected() {
    assertThrows(UnknownCodeException.class, () -> AnxiaoUnits.unit("acre"));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.of(Double.NaN, AnxiaoUnits.KILOWATT_HOUR));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.of(Double.POSITIVE_INFINITY, AnxiaoUnits.KILOWATT_HOUR));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.decimal("1e99999"));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.decimal("twelve"));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.toBigDecimal(Double.NaN));
  }

}
