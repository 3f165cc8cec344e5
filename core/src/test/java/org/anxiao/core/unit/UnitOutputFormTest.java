package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Energy;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The output form of {@link AnxiaoUnits#toDecimal}: exact up to 32 fractional digits, otherwise the
 * exact value rounded once, half to even, at the 32nd; always a decimal the library reads back.
 */
class UnitOutputFormTest {
  /** Each energy unit in kJ, written here from the definitions (1 kWh = 3600 kJ, 1 kgce = 29 307.6 kJ). */
  private static final Map<Unit<Energy>, BigDecimal> KJ = Map.of(
      AnxiaoUnits.KILOJOULE, new BigDecimal("1"),
      AnxiaoUnits.MEGAJOULE, new BigDecimal("1000"),
      AnxiaoUnits.GIGAJOULE, new BigDecimal("1000000"),
      AnxiaoUnits.KILOWATT_HOUR, new BigDecimal("3600"),
      AnxiaoUnits.MEGAWATT_HOUR, new BigDecimal("3600000"),
      AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT, new BigDecimal("29307.6"),
      AnxiaoUnits.TONNE_COAL_EQUIVALENT, new BigDecimal("29307600"));

  private static final String ONE_KJ_IN_KWH = "0.00027777777777777777777777777778";

  @Test
  void aNonTerminatingResultIsRoundedOnceAtThe32ndPlace() {
    // 1/3600 = 0.0002777…; the 33rd digit is 7, so the 32nd rounds up to 8.
    BigDecimal kwh = AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.KILOJOULE), AnxiaoUnits.KILOWATT_HOUR);
    assertEquals(new BigDecimal(ONE_KJ_IN_KWH), kwh);
    assertEquals(32, kwh.scale());
    // 1000/8141 = 0.12283503255128362609016091389264|2…: rounded down.
    assertEquals(new BigDecimal("0.12283503255128362609016091389264"),
        AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.KILOWATT_HOUR), AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT));
  }

  @Test
  void anExactResultHasItsSmallestScale() {
    assertEquals("3.6", AnxiaoUnits.toDecimal(AnxiaoUnits.of("1.000", AnxiaoUnits.KILOWATT_HOUR),
        AnxiaoUnits.MEGAJOULE).toPlainString());
    assertEquals("3600", AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.KILOWATT_HOUR),
        AnxiaoUnits.KILOJOULE).toPlainString());
    assertEquals("0", AnxiaoUnits.toDecimal(AnxiaoUnits.of("-0.00", AnxiaoUnits.KILOWATT_HOUR),
        AnxiaoUnits.MEGAJOULE).toPlainString());
    // 10^-32 kJ = 10^-35 MJ: exact, but beyond the 32nd place, so rounded there: 0.
    assertEquals(0, AnxiaoUnits.toDecimal(AnxiaoUnits.of("0.00000000000000000000000000000001",
        AnxiaoUnits.KILOJOULE), AnxiaoUnits.MEGAJOULE).signum());
    // 2.5 × 10^-29 kgCO2e = 2.5 × 10^-32 tCO2e: a tie at the 32nd place, to even: 2 × 10^-32.
    assertEquals(new BigDecimal("2E-32"), AnxiaoUnits.toDecimal(AnxiaoUnits.of("0.000000000000000000000000000025",
        AnxiaoUnits.KILOGRAM_CO2E), AnxiaoUnits.TONNE_CO2E));
  }

  @Test
  void theLibraryReadsBackWhatItWrites() {
    Quantity<Energy> kwh = AnxiaoUnits.of(AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", AnxiaoUnits.KILOJOULE),
        AnxiaoUnits.KILOWATT_HOUR), AnxiaoUnits.KILOWATT_HOUR);
    AnxiaoJson json = AnxiaoJson.strict();
    String text = json.write(kwh);
    assertEquals("{\"value\":\"" + ONE_KJ_IN_KWH + "\",\"unit\":\"kWh\"}", text);
    Quantity<?> back = json.read(text, Quantity.class);
    assertEquals(0, new BigDecimal(ONE_KJ_IN_KWH).compareTo(AnxiaoUnits.toBigDecimal(back.getValue())));
    // A quantity converted by Indriya (a fraction inside) writes the same 32-digit text.
    Quantity<Energy> converted = AnxiaoUnits.of("1", AnxiaoUnits.KILOJOULE).to(AnxiaoUnits.KILOWATT_HOUR);
    assertEquals(text, json.write(converted));
    Measure m = Measure.of(converted);
    assertEquals(m, json.read(json.write(m), Measure.class));
  }

  @Test
  void roundingToStatedDecimalsRoundsTheExactValueOnce() {
    Quantity<Energy> one = AnxiaoUnits.of("1", AnxiaoUnits.KILOWATT_HOUR);
    BigDecimal four = AnxiaoUnits.toDecimal(one, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT, 4);
    assertEquals("0.1228", four.toPlainString());
    assertEquals("0", AnxiaoUnits.toDecimal(one, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT, 0).toPlainString());
    assertEquals("3.60", AnxiaoUnits.toDecimal(one, AnxiaoUnits.MEGAJOULE, 2).toPlainString(), "with the scale asked");
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.toDecimal(one, AnxiaoUnits.MEGAJOULE, -1));
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.toDecimal(one, AnxiaoUnits.MEGAJOULE, 33));
  }

  @Test
  void aResultBeyond64IntegerDigitsIsRefused() {
    Quantity<Energy> huge = AnxiaoUnits.of("1" + "0".repeat(63), AnxiaoUnits.TONNE_COAL_EQUIVALENT);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AnxiaoUnits.toDecimal(huge, AnxiaoUnits.KILOJOULE));
    assertEquals("value", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.toDecimal(huge, AnxiaoUnits.KILOJOULE, 2));
    assertEquals(0, new BigDecimal("1E+63").compareTo(AnxiaoUnits.toDecimal(huge, AnxiaoUnits.TONNE_COAL_EQUIVALENT)),
        "64 integer digits are fine");
  }

  @Test
  void everyConversionIsTheExactValueRoundedOnceAndReadsBack() {
    // Values with 0 to 32 fractional digits; the expected result is computed here from the kJ
    // factors above: (v × from) / to, divided once at 32 places (or d places), half to even.
    qt().withExamples(2000)
        .forAll(longs().between(-999_999_999_999L, 999_999_999_999L).zip(integers().between(0, 32),
                (v, s) -> BigDecimal.valueOf(v, s)),
            Generate.pick(KJ.keySet().stream().toList()), Generate.pick(KJ.keySet().stream().toList()),
            integers().between(0, 32))
        .checkAssert((v, from, to, d) -> {
          Quantity<Energy> q = AnxiaoUnits.of(v.toPlainString(), from);
          BigDecimal numerator = v.multiply(KJ.get(from));
          BigDecimal result = AnxiaoUnits.toDecimal(q, to);
          BigDecimal want = numerator.divide(KJ.get(to), 32, RoundingMode.HALF_EVEN);
          assertEquals(0, want.compareTo(result), v + " " + from + " → " + to);
          assertTrue(result.scale() <= 32 && (result.scale() == 0 || result.unscaledValue().mod(java.math.BigInteger.TEN).signum() != 0),
              "at most 32 places, no trailing zero: " + result.toPlainString());
          assertEquals(0, result.compareTo(AnxiaoUnits.decimal(result.toPlainString())), "reads back");
          assertEquals(numerator.divide(KJ.get(to), d, RoundingMode.HALF_EVEN), AnxiaoUnits.toDecimal(q, to, d));
        });
  }
}
