package org.anxiao.core.batch;

import org.anxiao.core.testkit.gen.BatchGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the two columns. Tolerances for the double path, with ε = 2⁻⁵³ the unit round-off:
 * a compensated sum is within 2ε·|S| + n·ε²·Σ|xᵢ| of the exact sum S (checked against the exact
 * sum of the same doubles); sums of parts and the decimal path agree within 4ε·Σ|xᵢ|; elementwise
 * results within 4ε of the magnitudes involved. The decimal path is exact and compared exactly.
 */
class QuantityArrayProperties {
  private static final double EPS = Math.ulp(1.0) / 2;
  private static final List<String> ENERGY = List.of("kWh", "MWh", "kJ", "MJ", "GJ", "kgce", "tce");

  /** Readings of realistic magnitude, up to 10⁹. */
  private static Gen<Double> readings() {
    return doubles().between(-1e9, 1e9);
  }

  private static double absSum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += Math.abs(v);
    }
    return s;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] r = new double[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void doubleSumIsWithinItsStatedBoundOfTheExactSum() {
    qt().withExamples(500).forAll(BatchGenerators.columns(ValueGenerators.wideDoubles(), 60)).checkAssert(values -> {
      double sum = DoubleQuantityArray.of("kWh", values).sum();
      BigDecimal exact = BigDecimal.ZERO;
      for (double v : values) {
        exact = exact.add(new BigDecimal(v));
      }
      BigDecimal error = new BigDecimal(sum).subtract(exact).abs();
      BigDecimal bound = exact.abs().multiply(new BigDecimal(2 * EPS))
          .add(new BigDecimal(absSum(values)).multiply(new BigDecimal(values.length * EPS * EPS)));
      assertTrue(error.compareTo(bound) <= 0, () -> "error " + error + " > bound " + bound);
    });
  }

  @Test
  void doubleSumIsAdditiveWithinTolerance() {
    qt().withExamples(400).forAll(BatchGenerators.columns(readings(), 50), BatchGenerators.columns(readings(), 50)).checkAssert((a, b) -> {
      double whole = DoubleQuantityArray.of("kWh", concat(a, b)).sum();
      double parts = DoubleQuantityArray.of("kWh", a).sum() + DoubleQuantityArray.of("kWh", b).sum();
      assertEquals(whole, parts, 4 * EPS * (absSum(a) + absSum(b)));
    });
  }

  @Test
  void decimalSumIsAdditiveExactly() {
    qt().withExamples(300).forAll(BatchGenerators.decimalColumns(), BatchGenerators.decimalColumns()).checkAssert((a, b) -> {
      List<BigDecimal> both = new ArrayList<>(a);
      both.addAll(b);
      BigDecimal whole = DecimalQuantityArray.of("kgce", both).sum();
      assertEquals(0, whole.compareTo(DecimalQuantityArray.of("kgce", a).sum().add(DecimalQuantityArray.of("kgce", b).sum())));
    });
  }

  @Test
  void doublePathAgreesWithTheDecimalPath() {
    qt().withExamples(300).forAll(BatchGenerators.decimalColumns(), Generate.pick(ENERGY)).checkAssert((values, target) -> {
      DecimalQuantityArray exact = DecimalQuantityArray.of("kWh", values);
      DoubleQuantityArray fast = exact.toDoubleArray();
      double magnitude = absSum(fast.toArray());
      assertEquals(exact.sum().doubleValue(), fast.sum(), 4 * EPS * magnitude);
      DecimalQuantityArray exactConverted = exact.convertedTo(target);
      DoubleQuantityArray fastConverted = fast.convertedTo(target);
      for (int i = 0; i < values.size(); i++) {
        double want = exactConverted.get(i).doubleValue();
        assertEquals(want, fastConverted.get(i), 4 * EPS * Math.abs(want), target + " at " + i);
      }
    });
  }

  @Test
  void decimalConversionIsTheSingleQuantityConversion() {
    qt().withExamples(200).forAll(BatchGenerators.decimalColumns(), Generate.pick(ENERGY), Generate.pick(ENERGY))
        .checkAssert((values, from, to) -> {
          DecimalQuantityArray converted = DecimalQuantityArray.of(from, values).convertedTo(to);
          for (int i = 0; i < values.size(); i++) {
            assertEquals(0, converted.get(i).compareTo(single(values.get(i), from, to)), from + "→" + to + " at " + i);
          }
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static BigDecimal single(BigDecimal value, String from, String to) {
    Quantity q = AnxiaoUnits.of(value, (Unit) AnxiaoUnits.unit(from));
    return AnxiaoUnits.toDecimal(q, (Unit) AnxiaoUnits.unit(to));
  }

  @Test
  void conversionRoundTrips() {
    qt().withExamples(300).forAll(BatchGenerators.decimalColumns(), Generate.pick(ENERGY), Generate.pick(ENERGY))
        .checkAssert((values, from, to) -> {
          DecimalQuantityArray exact = DecimalQuantityArray.of(from, values);
          DecimalQuantityArray back = exact.convertedTo(to).convertedTo(from);
          DoubleQuantityArray fast = exact.toDoubleArray();
          DoubleQuantityArray fastBack = fast.convertedTo(to).convertedTo(from);
          for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            // Each conversion is exact up to the 32nd place and rounded there (±0.5 × 10⁻³²); the way
            // back multiplies that error by at most 29 307 600 (tce → kJ).
            BigDecimal tolerance = v.abs().multiply(new BigDecimal("1e-32")).add(new BigDecimal("1e-24"));
            assertTrue(back.get(i).subtract(v).abs().compareTo(tolerance) <= 0, from + "→" + to + "→" + back.get(i));
            assertEquals(fast.get(i), fastBack.get(i), 4 * EPS * Math.abs(fast.get(i)));
          }
        });
  }

  @Test
  void exactConversionBetweenDecimalMultiplesIsExact() {
    // Units that are powers of ten of each other (kWh and kJ are not: 1 kJ = 1/3600 kWh).
    Gen<List<String>> families = Generate.pick(List.of(List.of("kJ", "MJ", "GJ"), List.of("kWh", "MWh"),
        List.of("kgce", "tce"), List.of("kg", "t"), List.of("kgCO2e", "tCO2e")));
    Gen<String[]> pairs = families.zip(integers().between(0, 2), integers().between(0, 2),
        (f, i, j) -> new String[] {f.get(i % f.size()), f.get(j % f.size())});
    qt().withExamples(200).forAll(BatchGenerators.decimalColumns(), pairs)
        .checkAssert((values, pair) -> {
          String from = pair[0];
          String to = pair[1];
          DecimalQuantityArray exact = DecimalQuantityArray.of(from, values);
          assertEquals(exact, exact.convertedTo(to).convertedTo(from));
        });
  }

  @Test
  void plusAndMinusAreInverse() {
    qt().withExamples(300).forAll(BatchGenerators.decimalColumns()).checkAssert(values -> {
      DecimalQuantityArray a = DecimalQuantityArray.of("m3", values);
      List<BigDecimal> reversed = new ArrayList<>(values);
      java.util.Collections.reverse(reversed);
      DecimalQuantityArray b = DecimalQuantityArray.of("m3", reversed);
      assertEquals(a, a.plus(b).minus(b));
      assertEquals(a, a.minus(b).plus(b));
      DoubleQuantityArray x = a.toDoubleArray();
      DoubleQuantityArray y = b.toDoubleArray();
      DoubleQuantityArray back = x.plus(y).minus(y);
      for (int i = 0; i < values.size(); i++) {
        assertEquals(x.get(i), back.get(i), 4 * EPS * (Math.abs(x.get(i)) + Math.abs(y.get(i))));
      }
    });
  }

  @Test
  void multiplyingIsLinear() {
    qt().withExamples(200).forAll(BatchGenerators.decimalColumns(), ValueGenerators.decimals()).checkAssert((values, factor) -> {
      DecimalQuantityArray a = DecimalQuantityArray.of("t", values);
      assertEquals(0, a.multipliedBy(factor).sum().compareTo(a.sum().multiply(factor)));
    });
  }

  @Test
  void doublesSurviveTheDecimalColumn() {
    qt().withExamples(300).forAll(BatchGenerators.columns(ValueGenerators.wideDoubles().map(d -> Math.abs(d) >= 1e60 ? d / 1e250 : d), 30)).checkAssert(values -> {
      DoubleQuantityArray d = DoubleQuantityArray.of("MJ", values);
      assertEquals(d, d.toDecimalArray().toDoubleArray());
    });
  }

  @Test
  void tenthsShowWhyTheExactColumnExists() {
    BigDecimal[] tenths = new BigDecimal[1000];
    java.util.Arrays.fill(tenths, new BigDecimal("0.1"));
    assertEquals(new BigDecimal("100"), DecimalQuantityArray.of("kWh", tenths).sum());
    assertEquals(100.0, DecimalQuantityArray.of("kWh", tenths).toDoubleArray().sum(), 0.0,
        "compensated: 1000 × 0.1000000000000000055… rounds to exactly 100");
  }
}
