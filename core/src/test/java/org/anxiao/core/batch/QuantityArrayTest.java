package org.anxiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** Worked examples and bad input for {@link DoubleQuantityArray} and {@link DecimalQuantityArray}. */
class QuantityArrayTest {
  private static BigDecimal[] decimals(String... texts) {
    return Arrays.stream(texts).map(BigDecimal::new).toArray(BigDecimal[]::new);
  }

  @Test
  void doubleColumnWorkedByHand() {
    DoubleQuantityArray a = DoubleQuantityArray.of("kWh", 1.5, 2.25, 0.25);
    DoubleQuantityArray b = DoubleQuantityArray.of("kWh", 0.5, 0.75, 1.75);
    assertEquals(3, a.size());
    assertEquals(2.25, a.get(1));
    assertEquals(4.0, a.sum()); // 1.5 + 2.25 + 0.25
    assertArrayEquals(new double[] {2.0, 3.0, 2.0}, a.plus(b).toArray());
    assertArrayEquals(new double[] {1.0, 1.5, -1.5}, a.minus(b).toArray());
    assertArrayEquals(new double[] {3.0, 4.5, 0.5}, a.multipliedBy(2).toArray());
    // 1 tce = 1000 kgce; 1 MWh = 1000 kWh.
    assertEquals(DoubleQuantityArray.of("kgce", 1500, 250), DoubleQuantityArray.of("tce", 1.5, 0.25).convertedTo("kgce"));
    assertArrayEquals(new double[] {1500.0, 2250.0, 250.0}, a.convertedTo("MWh").convertedTo("kWh").multipliedBy(1000).toArray(), 1e-9);
    // 8.141 kWh = 8.141 × 3600 kJ = 29 307.6 kJ = 1 kgce (GB/T 2589-2020); 1 kWh = 3600 / 29 307.6 kgce.
    assertEquals(1.0, DoubleQuantityArray.of("kWh", 8.141).convertedTo("kgce").get(0), 1e-15);
    assertEquals(0.12283503255128363, DoubleQuantityArray.of("kWh", 1).convertedTo("kgce").get(0), 1e-17);
    assertSame(a, a.convertedTo("kWh"));
    assertEquals(List.of(Measure.of("1.5", "kWh"), Measure.of("2.25", "kWh"), Measure.of("0.25", "kWh")), a.stream().toList());
    assertEquals("DoubleQuantityArray[kWh, 3: 1.5, 2.25, 0.25]", a.toString());
  }

  @Test
  void compensatedSumKeepsWhatAPlainLoopLoses() {
    double[] tenths = new double[10];
    Arrays.fill(tenths, 0.1);
    double plain = 0;
    for (double t : tenths) {
      plain += t;
    }
    assertEquals(0.9999999999999999, plain);
    // The exact sum of ten doubles 0.1000000000000000055… is 1.000000000000000055…, nearest double 1.0.
    assertEquals(1.0, DoubleQuantityArray.of("kWh", tenths).sum());
    // Neumaier's variant also survives a large term cancelling out, where Kahan's gives 0.
    assertEquals(2.0, DoubleQuantityArray.of("kWh", 1.0, 1e100, 1.0, -1e100).sum());
  }

  @Test
  void decimalColumnWorkedByHand() {
    DecimalQuantityArray a = DecimalQuantityArray.of("kWh", decimals("0.1", "0.2", "1.50"));
    assertEquals(new BigDecimal("1.8"), a.sum()); // 0.1 + 0.2 + 1.5, exactly
    assertEquals(new BigDecimal("1.5"), a.get(2), "kept in canonical form");
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0.10", "0.2", "1.5")), a, "equality ignores the scale");
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0.10", "0.2", "1.5")).hashCode(), a.hashCode());
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0.3", "0.6", "4.5")), a.multipliedBy(new BigDecimal("3")));
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0.01", "0.02", "0.15")), a.multipliedBy(0.1));
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0", "0", "0")), a.minus(a));
    assertEquals(DecimalQuantityArray.of("kWh", decimals("0.2", "0.4", "3")), a.plus(a));
    // 8.141 kWh is exactly 1 kgce; 1 kWh = 1000/8141 kgce = 0.12283503255128362609016091389264|2…, no finite
    // expansion: rounded once at the 32nd place (the 33rd digit is 2, so down).
    DecimalQuantityArray kgce = DecimalQuantityArray.of("kWh", decimals("8.141", "16.282", "1")).convertedTo("kgce");
    assertEquals(new BigDecimal("1"), kgce.get(0));
    assertEquals(new BigDecimal("2"), kgce.get(1));
    assertEquals(new BigDecimal("0.12283503255128362609016091389264"), kgce.get(2));
    assertEquals(new BigDecimal("1500"), DecimalQuantityArray.of("tce", decimals("1.5")).convertedTo("kgce").get(0));
    assertEquals(new BigDecimal("0.0015"), DecimalQuantityArray.of("kg", decimals("1.5")).convertedTo("t").get(0));
    assertEquals(List.of(Measure.of("0.1", "kWh"), Measure.of("0.2", "kWh"), Measure.of("1.5", "kWh")), a.stream().toList());
    assertEquals("DecimalQuantityArray[kWh, 3: 0.1, 0.2, 1.5]", a.toString());
    assertEquals(DoubleQuantityArray.of("kWh", 0.1, 0.2, 1.5), a.toDoubleArray());
    assertEquals(a, a.toDoubleArray().toDecimalArray(), "0.1 as a double reads back as 0.1");
  }

  @Test
  void emptyColumnsAreValid() {
    DoubleQuantityArray d = DoubleQuantityArray.of("m3");
    assertTrue(d.isEmpty());
    assertEquals(0.0, d.sum());
    assertEquals(d, d.plus(d).convertedTo("m3").multipliedBy(3));
    DecimalQuantityArray x = DecimalQuantityArray.of("GJ", List.of());
    assertEquals(BigDecimal.ZERO, x.sum());
    assertEquals(0, x.convertedTo("MJ").size());
    assertEquals("DoubleQuantityArray[m3, 0]", d.toString());
  }

  @Test
  void copiesInAndOut() {
    double[] in = {1, 2};
    DoubleQuantityArray a = DoubleQuantityArray.of("kWh", in);
    in[0] = 99;
    a.toArray()[1] = 99;
    assertArrayEquals(new double[] {1, 2}, a.toArray());
    BigDecimal[] din = decimals("1", "2");
    DecimalQuantityArray b = DecimalQuantityArray.of("kWh", din);
    din[0] = BigDecimal.TEN;
    b.toArray()[1] = BigDecimal.TEN;
    assertArrayEquals(decimals("1", "2"), b.toArray());
  }

  @Test
  void negativeZeroIsZero() {
    assertEquals(DoubleQuantityArray.of("kWh", 0.0), DoubleQuantityArray.of("kWh", -0.0));
    assertEquals(DoubleQuantityArray.of("kWh", 0.0), DoubleQuantityArray.of("kWh", -1.0).multipliedBy(0));
  }

  @Test
  void nonFiniteValuesAreRefusedNamingTheIndex() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("kWh", 1, 2, bad));
      assertEquals(Optional.of("values[2]"), e.field());
      assertEquals(Optional.of(Double.toString(bad)), e.value());
    }
    assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("kWh", 1).multipliedBy(Double.NaN));
    assertThrows(InvalidValueException.class, () -> DecimalQuantityArray.of("kWh", decimals("1")).multipliedBy(Double.NaN));
    InvalidValueException overflow = assertThrows(InvalidValueException.class,
        () -> DoubleQuantityArray.of("kWh", 1, Double.MAX_VALUE).multipliedBy(2));
    assertEquals(Optional.of("values[1]"), overflow.field());
    assertThrows(InvalidValueException.class,
        () -> DoubleQuantityArray.of("kWh", Double.MAX_VALUE).plus(DoubleQuantityArray.of("kWh", Double.MAX_VALUE)));
    assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("kWh", Double.MAX_VALUE, Double.MAX_VALUE).sum());
    assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("MWh", Double.MAX_VALUE).convertedTo("kJ"));
    InvalidValueException tooBig = assertThrows(InvalidValueException.class,
        () -> DecimalQuantityArray.of("kWh", decimals("1", "1e400")).toDoubleArray());
    assertEquals(Optional.of("values[1]"), tooBig.field());
  }

  @Test
  void nullsAreRefusedNamingTheField() {
    assertEquals(Optional.of("values"),
        assertThrows(MissingValueException.class, () -> DoubleQuantityArray.of("kWh", (double[]) null)).field());
    assertEquals(Optional.of("values[1]"),
        assertThrows(MissingValueException.class, () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE, null)).field());
    assertThrows(MissingValueException.class, () -> DecimalQuantityArray.of("kWh", (BigDecimal[]) null));
    assertThrows(MissingValueException.class, () -> DecimalQuantityArray.of("kWh", (List<BigDecimal>) null));
    assertThrows(MissingValueException.class, () -> DoubleQuantityArray.of("kWh", 1).plus(null));
    assertThrows(MissingValueException.class, () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE).minus(null));
    assertThrows(MissingValueException.class, () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE).multipliedBy(null));
  }

  @Test
  void unitsAreCheckedThroughTheUnitCodes() {
    assertThrows(UnknownCodeException.class, () -> DoubleQuantityArray.of("acre", 1));
    assertThrows(UnknownCodeException.class, () -> DoubleQuantityArray.of(null, 1));
    assertThrows(UnknownCodeException.class, () -> DecimalQuantityArray.of("KWH", BigDecimal.ONE));
    assertThrows(UnknownCodeException.class, () -> DoubleQuantityArray.of("kWh", 1).convertedTo("cal"));
    assertThrows(UnknownCodeException.class, () -> DoubleQuantityArray.of("kWh", 1).convertedTo(null));
    // Energy never converts to a mass, nor a fuel mass to CO₂-equivalent mass.
    assertThrows(UnitMismatchException.class, () -> DoubleQuantityArray.of("kWh", 1).convertedTo("kg"));
    assertThrows(UnitMismatchException.class, () -> DecimalQuantityArray.of("t", BigDecimal.ONE).convertedTo("tCO2e"));
    // Elementwise arithmetic needs the same unit, even a compatible one.
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> DoubleQuantityArray.of("kWh", 1).plus(DoubleQuantityArray.of("MWh", 1)));
    assertEquals(Optional.of("other.unit"), e.field());
    assertThrows(UnitMismatchException.class,
        () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE).minus(DecimalQuantityArray.of("kgce", BigDecimal.ONE)));
  }

  @Test
  void sizesMustMatch() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DoubleQuantityArray.of("kWh", 1, 2).minus(DoubleQuantityArray.of("kWh", 1)));
    assertEquals(Optional.of("other.size"), e.field());
    assertThrows(InvalidValueException.class,
        () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE).plus(DecimalQuantityArray.of("kWh", List.of())));
    assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("kWh").get(0));
    assertThrows(InvalidValueException.class, () -> DoubleQuantityArray.of("kWh", 1).get(-1));
    assertThrows(InvalidValueException.class, () -> DecimalQuantityArray.of("kWh", BigDecimal.ONE).get(1));
  }

  @Test
  void equalityNeedsTheSameUnit() {
    assertNotEquals(DoubleQuantityArray.of("kWh", 1000), DoubleQuantityArray.of("MWh", 1));
    assertNotEquals(DecimalQuantityArray.of("kWh", BigDecimal.ONE), DecimalQuantityArray.of("MWh", BigDecimal.ONE));
    assertNotEquals(DoubleQuantityArray.of("kWh", 1), DoubleQuantityArray.of("kWh", 1, 1));
  }
}
