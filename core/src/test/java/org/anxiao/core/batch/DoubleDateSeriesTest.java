package org.anxiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.time.Month;
import org.junit.jupiter.api.Test;

class DoubleDateSeriesTest {
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final double EPS = Math.ulp(1.0) / 2;

  @Test
  void dailyReadingsWorkedByHand() {
    DoubleDateSeries s = DoubleDateSeries.builder("m3")
        .put(MAR_1.plusDays(2), 3.0)
        .put(MAR_1, 1.5)
        .put(LocalDate.of(2024, 4, 1), 10.0)
        .put(MAR_1.plusDays(1), 2.25)
        .build();
    assertEquals(4, s.size());
    assertArrayEquals(new LocalDate[] {MAR_1, MAR_1.plusDays(1), MAR_1.plusDays(2), LocalDate.of(2024, 4, 1)}, s.dates());
    assertArrayEquals(new double[] {1.5, 2.25, 3.0, 10.0}, s.values());
    assertEquals(OptionalDouble.of(2.25), s.get(MAR_1.plusDays(1)));
    assertEquals(OptionalDouble.empty(), s.get(MAR_1.plusDays(3)));
    assertTrue(s.containsDate(MAR_1));
    assertEquals(16.75, s.sum()); // 1.5 + 2.25 + 3 + 10
    // March only: 1.5 + 2.25 + 3 = 6.75; 2 and 3 March: 5.25.
    assertEquals(6.75, s.subSeries(new Month(2024, 3)).sum());
    assertEquals(5.25, s.subSeries(MAR_1.plusDays(1), MAR_1.plusDays(3)).sum());
    assertTrue(s.subSeries(MAR_1, MAR_1).isEmpty());
    assertSame(s, s.subSeries(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    assertEquals(DoubleQuantityArray.of("m3", 1.5, 2.25, 3.0, 10.0), s.toQuantityArray());
    assertEquals(s, DoubleDateSeries.of("m3", s.dates(), s.values()));
    assertEquals("DoubleDateSeries[m3, 4: 2024-03-01=1.5, 2024-03-02=2.25, 2024-03-03=3.0, 2024-04-01=10.0]", s.toString());
  }

  @Test
  void emptySeries() {
    DoubleDateSeries s = DoubleDateSeries.builder("kWh").build();
    assertTrue(s.isEmpty());
    assertEquals(0.0, s.sum());
    assertEquals(OptionalDouble.empty(), s.get(MAR_1));
    assertEquals(s, DoubleDateSeries.of("kWh", new LocalDate[0], new double[0]));
  }

  @Test
  void duplicateDatesAndNonFiniteValuesAreRefusedNamingTheDate() {
    DoubleDateSeries.Builder b = DoubleDateSeries.builder("kWh").put(MAR_1, 1);
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> b.put(MAR_1, 2));
    assertEquals(Optional.of("dates"), twice.field());
    assertEquals(Optional.of("2024-03-01"), twice.value());
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.put(MAR_1.plusDays(5), bad));
      assertEquals(Optional.of("values[2024-03-06]"), e.field());
      assertEquals(Optional.of("values[2024-03-06]"),
          assertThrows(InvalidValueException.class,
              () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1.plusDays(5)}, new double[] {bad})).field());
    }
    assertEquals(1, b.build().size(), "a refused point leaves the builder as it was");
    assertEquals(Optional.of("dates[1]"), assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1, MAR_1}, new double[] {1, 2})).field());
    assertEquals(Optional.of("dates[1]"), assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1.plusDays(1), MAR_1}, new double[] {1, 2})).field());
    Map<LocalDate, Double> withNull = new HashMap<>();
    withNull.put(MAR_1, null);
    assertEquals(Optional.of("values[2024-03-01]"),
        assertThrows(MissingValueException.class, () -> DoubleDateSeries.builder("kWh").putAll(withNull)).field());
  }

  @Test
  void otherBadInput() {
    assertThrows(UnknownCodeException.class, () -> DoubleDateSeries.builder("kwh"));
    assertThrows(UnknownCodeException.class, () -> DoubleDateSeries.of(null, new LocalDate[0], new double[0]));
    assertThrows(MissingValueException.class, () -> DoubleDateSeries.builder("kWh").put(null, 1));
    assertThrows(MissingValueException.class, () -> DoubleDateSeries.of("kWh", null, new double[0]));
    assertThrows(MissingValueException.class, () -> DoubleDateSeries.of("kWh", new LocalDate[0], null));
    assertEquals(Optional.of("dates[0]"), assertThrows(MissingValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {null}, new double[] {1})).field());
    assertEquals(Optional.of("values"), assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1}, new double[] {1, 2})).field());
    DoubleDateSeries s = DoubleDateSeries.builder("kWh").put(MAR_1, 1).build();
    assertThrows(InvalidValueException.class, () -> s.subSeries(MAR_1.plusDays(1), MAR_1));
    assertThrows(MissingValueException.class, () -> s.subSeries(null, MAR_1));
    assertThrows(MissingValueException.class, () -> s.subSeries(null));
    assertThrows(MissingValueException.class, () -> s.get(null));
    assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.builder("kWh").put(MAR_1, Double.MAX_VALUE).put(MAR_1.plusDays(1), Double.MAX_VALUE).build().sum());
  }

  @Test
  void copiesInAndOut() {
    LocalDate[] dates = {MAR_1};
    double[] values = {1};
    DoubleDateSeries s = DoubleDateSeries.of("kWh", dates, values);
    dates[0] = MAR_1.plusDays(9);
    values[0] = 9;
    s.dates()[0] = MAR_1.plusDays(9);
    s.values()[0] = 9;
    assertEquals(OptionalDouble.of(1), s.get(MAR_1));
  }

  @Test
  void buildOrderDoesNotMatterAndGetAgreesWithAMap() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 60), doubles().between(-1e6, 1e6),
        integers().between(0, 400)).checkAssert((days, scale, probe) -> {
          TreeMap<LocalDate, Double> model = new TreeMap<>();
          days.forEach(d -> model.put(MAR_1.plusDays(d), d * scale));
          List<LocalDate> order = new ArrayList<>(model.keySet());
          Collections.shuffle(order, new Random(days.size()));
          DoubleDateSeries.Builder b = DoubleDateSeries.builder("kWh");
          order.forEach(d -> b.put(d, model.get(d)));
          DoubleDateSeries s = b.build();
          assertEquals(DoubleDateSeries.builder("kWh").putAll(model).build(), s);
          assertEquals(model.size(), s.size());
          LocalDate at = MAR_1.plusDays(probe);
          assertEquals(model.containsKey(at) ? OptionalDouble.of(model.get(at) + 0.0) : OptionalDouble.empty(), s.get(at));
        });
  }

  @Test
  void subSeriesSplitAnywhereSumToTheWhole() {
    qt().withExamples(300).forAll(lists().of(doubles().between(-1e9, 1e9)).ofSizeBetween(0, 60), integers().between(-5, 70))
        .checkAssert((values, cut) -> {
          LocalDate[] dates = new LocalDate[values.size()];
          double[] v = new double[values.size()];
          double magnitude = 0;
          for (int i = 0; i < v.length; i++) {
            dates[i] = MAR_1.plusDays(2L * i);
            v[i] = values.get(i);
            magnitude += Math.abs(v[i]);
          }
          DoubleDateSeries s = DoubleDateSeries.of("kWh", dates, v);
          LocalDate split = MAR_1.plusDays(cut);
          DoubleDateSeries before = s.subSeries(LocalDate.of(2000, 1, 1), split);
          DoubleDateSeries after = s.subSeries(split, LocalDate.of(2100, 1, 1));
          assertEquals(s.size(), before.size() + after.size());
          assertEquals(s.sum(), before.sum() + after.sum(), 4 * EPS * magnitude);
          for (LocalDate d : before.dates()) {
            assertTrue(d.isBefore(split));
          }
          for (LocalDate d : after.dates()) {
            assertTrue(!d.isBefore(split));
          }
        });
  }
}
