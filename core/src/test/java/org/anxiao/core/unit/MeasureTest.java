package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MeasureTest {
  @Test
  void equalityIgnoresTheScale() {
    Measure a = Measure.of("1.0", "kWh");
    Measure b = Measure.of("1.00", "kWh");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Measure.of("1", "kWh"), a);
    assertEquals(new Measure(new BigDecimal("1E+2"), "m2"), Measure.of("100.000", "m2"));
    assertEquals(Measure.of("0", "1"), Measure.of("-0.00", "1"));
    assertNotEquals(Measure.of("1", "MWh"), Measure.of("1000", "kWh"), "different units are different measures");
    assertNotEquals(Measure.of("1.01", "kWh"), Measure.of("1.001", "kWh"));
  }

  @Test
  void theValueIsKeptInCanonicalForm() {
    assertEquals("1.5", Measure.of("1.50", "kWh").valueText());
    assertEquals("100", new Measure(new java.math.BigDecimal("1E+2"), "kWh").valueText());
    assertEquals(0, new Measure(new java.math.BigDecimal("1E+2"), "kWh").value().scale());
    // Text is read in the wire grammar only: no exponent.
    org.junit.jupiter.api.Assertions.assertThrows(org.anxiao.core.error.InvalidValueException.class,
        () -> Measure.of("1E+2", "kWh"));
    assertEquals("0", Measure.of("0.000", "kWh").valueText());
    assertEquals("-0.25", Measure.of("-0.250", "kWh").valueText());
    assertEquals("12.5 m2", Measure.of("12.50", "m2").toString());
    assertEquals("{\"value\":\"12.5\",\"unit\":\"m2\"}", AnxiaoJson.strict().write(Measure.of("12.500", "m2")));
    assertEquals(Measure.of("12.5", "m2"), AnxiaoJson.strict().read("{\"value\":\"12.50\",\"unit\":\"m2\"}", Measure.class));
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(MissingValueException.class, () -> new Measure(null, "kWh"));
    assertThrows(UnknownCodeException.class, () -> new Measure(BigDecimal.ONE, "kwh"));
    assertThrows(UnknownCodeException.class, () -> new Measure(BigDecimal.ONE, null));
    // A value whose plain form would have a billion digits is refused before it is expanded.
    InvalidValueException huge = assertThrows(InvalidValueException.class,
        () -> new Measure(new BigDecimal("1E+999999999"), "kWh"));
    assertEquals(Optional.of("value"), huge.field());
    assertEquals("1" + "0".repeat(63), new Measure(new BigDecimal("1E+63"), "kWh").valueText(), "64 digits are allowed");
    assertThrows(InvalidValueException.class, () -> new Measure(new BigDecimal("1E+64"), "kWh"));
  }

  @Test
  void equalExactlyWhenNumericallyEqual() {
    qt().withExamples(500).forAll(ValueGenerators.decimals(), integers().between(0, 6), ValueGenerators.decimals(),
        Generate.pick(java.util.List.of("kWh", "m3", "1"))).checkAssert((d, extraScale, other, unit) -> {
          Measure m = new Measure(d, unit);
          Measure padded = new Measure(d.setScale(d.scale() + extraScale), unit);
          assertEquals(m, padded);
          assertEquals(m.hashCode(), padded.hashCode());
          assertEquals(AnxiaoJson.strict().write(m), AnxiaoJson.strict().write(padded), "one number, one wire text");
          assertEquals(d.compareTo(other) == 0, m.equals(new Measure(other, unit)));
          assertEquals(0, m.value().compareTo(d), "the value is unchanged as a number");
          assertEquals(m, AnxiaoJson.strict().read(AnxiaoJson.strict().write(m), Measure.class));
        });
  }
}
