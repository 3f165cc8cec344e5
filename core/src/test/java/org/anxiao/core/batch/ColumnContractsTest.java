package org.anxiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** Size, emptiness, membership and equality of the columns, and the bookkeeping of {@link ValuesWithFailures}. */
class ColumnContractsTest {
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

  @Test
  void aDecimalColumnKnowsItsSizeAndWhetherItIsEmpty() {
    DecimalQuantityArray three = DecimalQuantityArray.of("kWh", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO);
    assertEquals(3, three.size());
    assertFalse(three.isEmpty());
    assertTrue(DecimalQuantityArray.of("kWh").isEmpty());
    assertEquals(0, DecimalQuantityArray.of("kWh").size());
  }

  @Test
  void aDoubleColumnKnowsWhetherItIsEmptyAndStreamsItsValuesInOrder() {
    DoubleQuantityArray column = DoubleQuantityArray.of("m3", 1.5, -2.0, 4.25);
    assertFalse(column.isEmpty());
    assertTrue(DoubleQuantityArray.of("m3").isEmpty());
    assertArrayEquals(new double[] {1.5, -2.0, 4.25}, column.doubles().toArray());
    assertEquals(0, DoubleQuantityArray.of("m3").doubles().count());
  }

  @Test
  void equalColumnsHaveEqualHashCodes() {
    DoubleQuantityArray a = DoubleQuantityArray.of("kWh", 1.0, 2.0);
    DoubleQuantityArray b = DoubleQuantityArray.of("kWh", new double[] {1.0, 2.0});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    DecimalQuantityArray c = DecimalQuantityArray.of("kWh", new BigDecimal("1.5"));
    DecimalQuantityArray d = DecimalQuantityArray.of("kWh", List.of(new BigDecimal("1.5")));
    assertEquals(c, d);
    assertEquals(c.hashCode(), d.hashCode());
  }

  @Test
  void aSeriesKnowsItsDatesAndIsEmptyOnlyWithoutThem() {
    DoubleDateSeries s = DoubleDateSeries.builder("kWh").put(MAR_1, 1.0).put(MAR_1.plusDays(2), 3.0).build();
    assertFalse(s.isEmpty());
    assertTrue(s.containsDate(MAR_1));
    assertTrue(s.containsDate(MAR_1.plusDays(2)));
    assertFalse(s.containsDate(MAR_1.plusDays(1)), "a date between two dates of the series");
    assertFalse(s.containsDate(MAR_1.minusDays(1)));
    assertThrows(MissingValueException.class, () -> s.containsDate(null));
  }

  @Test
  void seriesAreEqualOnlyWithTheSameUnitDatesAndValues() {
    DoubleDateSeries s = DoubleDateSeries.builder("kWh").put(MAR_1, 1.0).put(MAR_1.plusDays(1), 2.0).build();
    DoubleDateSeries same = DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1, MAR_1.plusDays(1)}, new double[] {1.0, 2.0});
    assertEquals(s, same);
    assertEquals(s.hashCode(), same.hashCode());
    assertNotEquals(s, DoubleDateSeries.of("MWh", new LocalDate[] {MAR_1, MAR_1.plusDays(1)}, new double[] {1.0, 2.0}));
    assertNotEquals(s, DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1, MAR_1.plusDays(2)}, new double[] {1.0, 2.0}));
    assertNotEquals(s, DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1, MAR_1.plusDays(1)}, new double[] {1.0, 2.5}));
    assertNotEquals(s, s.toQuantityArray(), "a column is not a series");
  }

  @Test
  void aDateGivenTwiceAndADateOutOfOrderAreReportedAsSuch() {
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1, MAR_1}, new double[] {1, 2}));
    assertTrue(twice.rule().contains("twice"), twice::getMessage);
    InvalidValueException backwards = assertThrows(InvalidValueException.class,
        () -> DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1.plusDays(1), MAR_1}, new double[] {1, 2}));
    assertTrue(backwards.rule().contains("ascend"), backwards::getMessage);
  }

  @Test
  void withoutFailuresThereAreNoFailures() {
    ValuesWithFailures<Integer> clean = ValuesWithFailures.apply(List.of("1", "2"), Integer::valueOf);
    assertFalse(clean.hasFailures());
    assertFalse(ValuesWithFailures.empty().hasFailures());
  }

  @Test
  void failuresAreIndexedByTheirInputsPositionAfterNullsAndEarlierFailures() {
    ValuesWithFailures<Integer> r = ValuesWithFailures.apply(java.util.Arrays.asList(null, "-1", "5", null, "-2", "7"),
        s -> {
          int v = Integer.parseInt(s);
          if (v < 0) {
            throw new InvalidValueException("n", v, "must not be negative");
          }
          return v;
        });
    assertEquals(List.of(5, 7), r.values());
    assertEquals(List.of(0, 1, 3, 4), r.failures().stream().map(Failure::index).toList());
  }

  @Test
  void moreFailuresAreAddedAfterTheExistingOnes() {
    Failure a = Failure.of(0, new InvalidValueException("x", 1, "r"));
    Failure b = Failure.of(1, new InvalidValueException("x", 2, "r"));
    Failure c = Failure.of(2, new InvalidValueException("x", 3, "r"));
    ValuesWithFailures<String> one = ValuesWithFailures.of(List.of("v"), List.of(a));
    ValuesWithFailures<String> more = one.withFailures(List.of(b, c));
    assertEquals(List.of(a, b, c), more.failures());
    assertEquals(List.of("v"), more.values());
    assertEquals(List.of(b), ValuesWithFailures.<String>empty().withFailures(List.of(b)).failures());
    assertSame(one, one.withFailures(List.of()));
  }

  @Test
  void aParallelStreamCombinesToTheSameWholeInOrder() {
    List<ValuesWithFailures<Integer>> parts = IntStream.range(0, 2_000).mapToObj(i -> i % 7 == 0
        ? ValuesWithFailures.<Integer>of(List.of(), List.of(Failure.of(i, new InvalidValueException("i", i, "r"))))
        : ValuesWithFailures.of(List.of(i), List.of())).toList();
    ValuesWithFailures<Integer> sequential = parts.stream().collect(ValuesWithFailures.toCombined());
    ValuesWithFailures<Integer> parallel = parts.parallelStream().collect(ValuesWithFailures.toCombined());
    assertEquals(sequential, parallel);
    assertEquals(IntStream.range(0, 2_000).filter(i -> i % 7 != 0).boxed().toList(), parallel.values());
  }

  @Test
  void minusZeroInASeriesIsZero() {
    DoubleDateSeries zero = DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1}, new double[] {0.0});
    assertEquals(zero, DoubleDateSeries.of("kWh", new LocalDate[] {MAR_1}, new double[] {-0.0}));
    assertEquals(zero, DoubleDateSeries.builder("kWh").put(MAR_1, -0.0).build());
    assertEquals(0, Double.compare(0.0, DoubleDateSeries.builder("kWh").put(MAR_1, -0.0).build().values()[0]));
  }
}
