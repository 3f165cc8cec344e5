package org.anxiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

class ValuesWithFailuresTest {
  /** A floor area in m² from text; fails on bad text and on areas that are not positive. */
  private static Measure area(String text) {
    BigDecimal value = AnxiaoUnits.decimal(text);
    if (value.signum() <= 0) {
      throw new InvalidValueException("grossFloorArea", value.toPlainString(), "must be greater than zero");
    }
    return new Measure(value, "m2");
  }

  @Test
  void eachBadRowBecomesOneFailureWithItsCodeFieldAndValue() {
    List<String> rows = Arrays.asList("12.5", "-3", "abc", null, "7.00");
    ValuesWithFailures<Measure> result = ValuesWithFailures.apply(rows, ValuesWithFailuresTest::area);

    assertEquals(List.of(Measure.of("12.5", "m2"), Measure.of("7", "m2")), result.values());
    assertEquals(3, result.failures().size());
    assertTrue(result.hasFailures());

    Failure negative = result.failures().get(0);
    assertEquals(new Failure(1, Optional.empty(), "INVALID_VALUE", Optional.of("grossFloorArea"), Optional.of("-3"),
        "must be greater than zero"), negative);
    assertEquals("[INVALID_VALUE] inputs[1] grossFloorArea = -3: must be greater than zero", negative.toString());

    Failure text = result.failures().get(1);
    assertEquals(2, text.index());
    assertEquals("INVALID_VALUE", text.errorCode());
    assertEquals(Optional.of("value"), text.field());
    assertEquals(Optional.of("abc"), text.value());

    Failure missing = result.failures().get(2);
    assertEquals(3, missing.index());
    assertEquals(MissingValueException.CODE, missing.errorCode());
    assertEquals(Optional.empty(), missing.field());
  }

  @Test
  void keysAreTakenOnlyForFailedInputs() {
    List<String> keysAsked = new ArrayList<>();
    ValuesWithFailures<Measure> result = ValuesWithFailures.apply(List.of("1", "0", "2"),
        s -> {
          keysAsked.add(s);
          return "row-" + s;
        },
        ValuesWithFailuresTest::area);
    assertEquals(List.of("0"), keysAsked);
    assertEquals(Optional.of("row-0"), result.failures().get(0).key());
    assertEquals("[INVALID_VALUE] inputs[1] (row-0) grossFloorArea = 0: must be greater than zero",
        result.failures().get(0).toString());
  }

  @Test
  void otherExceptionsPropagateAndNothingIsSwallowed() {
    IllegalStateException bug = new IllegalStateException("a bug, not bad data");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> ValuesWithFailures.apply(List.of("1", "2"), s -> {
          if (s.equals("2")) {
            throw bug;
          }
          return s;
        }));
    assertSame(bug, thrown);
    // A function that returns null has neither a value nor a failure to give: that is refused.
    InvalidValueException nullResult = assertThrows(InvalidValueException.class,
        () -> ValuesWithFailures.apply(List.of("1"), s -> null));
    assertEquals(Optional.of("inputs[0]"), nullResult.field());
    // A key function that fails keeps the original failure as suppressed.
    IllegalArgumentException keyBug = assertThrows(IllegalArgumentException.class,
        () -> ValuesWithFailures.apply(List.of("-1"), s -> {
          throw new IllegalArgumentException("key");
        }, ValuesWithFailuresTest::area));
    assertEquals(1, keyBug.getSuppressed().length);
    assertTrue(keyBug.getSuppressed()[0] instanceof InvalidValueException);
  }

  @Test
  void combineMapAndFlatMapKeepEveryFailure() {
    ValuesWithFailures<Measure> first = ValuesWithFailures.apply(List.of("1", "-1"), ValuesWithFailuresTest::area);
    ValuesWithFailures<Measure> second = ValuesWithFailures.apply(List.of("x", "2"), ValuesWithFailuresTest::area);

    ValuesWithFailures<Measure> both = first.combinedWith(second);
    assertEquals(List.of(Measure.of("1", "m2"), Measure.of("2", "m2")), both.values());
    assertEquals(List.of(first.failures().get(0), second.failures().get(0)), both.failures());
    assertEquals(both, List.of(first, second).stream().collect(ValuesWithFailures.toCombined()));
    assertSame(first, first.combinedWith(ValuesWithFailures.empty()));

    ValuesWithFailures<String> texts = both.map(Measure::toString);
    assertEquals(List.of("1 m2", "2 m2"), texts.values());
    assertEquals(both.failures(), texts.failures());

    // A second step that can fail per value: the value 2 m² is refused, its failure added last.
    ValuesWithFailures<Measure> checked = both.flatMap(m -> ValuesWithFailures.apply(List.of(m), x -> {
      if (x.value().compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException("area", x, "must not exceed 1 m2");
      }
      return x;
    }));
    assertEquals(List.of(Measure.of("1", "m2")), checked.values());
    assertEquals(3, checked.failures().size());
    assertEquals(both.failures(), checked.failures().subList(0, 2));
    assertEquals("must not exceed 1 m2", checked.failures().get(2).message());

    Failure extra = new Failure(9, Optional.of("k"), "UNKNOWN_CODE", Optional.empty(), Optional.empty(), "x");
    assertEquals(3, both.withFailures(List.of(extra)).failures().size());
    assertEquals("ValuesWithFailures[values=2, failures=2: [INVALID_VALUE] inputs[1] grossFloorArea = -1: "
        + "must be greater than zero; [INVALID_VALUE] inputs[0] value = x: must be a decimal string such as \"123.45\"]",
        both.toString());
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(MissingValueException.class, () -> ValuesWithFailures.apply(null, s -> s));
    assertThrows(MissingValueException.class, () -> ValuesWithFailures.apply(List.of("a"), null));
    assertThrows(MissingValueException.class, () -> ValuesWithFailures.of(Arrays.asList("a", null), List.of()));
    assertThrows(MissingValueException.class, () -> ValuesWithFailures.of(List.of(), null));
    assertThrows(InvalidValueException.class,
        () -> new Failure(-1, Optional.empty(), "INVALID_VALUE", Optional.empty(), Optional.empty(), "m"));
    assertThrows(MissingValueException.class,
        () -> new Failure(0, Optional.empty(), null, Optional.empty(), Optional.empty(), "m"));
    assertThrows(InvalidValueException.class,
        () -> new Failure(0, Optional.empty(), "X", Optional.empty(), Optional.empty(), " "));
    assertThrows(MissingValueException.class, () -> Failure.of(0, null));
    assertEquals(new Failure(0, Optional.empty(), "X", Optional.empty(), Optional.empty(), "m"),
        new Failure(0, null, "X", null, null, "m"), "a null optional reads as empty");
    UnknownCodeException e = new UnknownCodeException("unit", "acre", "unit");
    assertEquals(Optional.of("acre"), Failure.of(0, "k", e).value());
    assertTrue(ValuesWithFailures.apply(List.of(), s -> s).values().isEmpty());
  }

  @Test
  void valuesAndFailuresAccountForEveryInputInOrder() {
    qt().withExamples(300).forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 40)).checkAssert(inputs -> {
      ValuesWithFailures<Integer> result = ValuesWithFailures.apply(inputs, n -> {
        if (n < 0) {
          throw new InvalidValueException("n", n, "must not be negative");
        }
        return n * 2;
      });
      assertEquals(inputs.size(), result.values().size() + result.failures().size());
      assertEquals(inputs.stream().filter(n -> n >= 0).map(n -> n * 2).toList(), result.values(), "order preserved");
      assertEquals(IntStream.range(0, inputs.size()).filter(i -> inputs.get(i) < 0).boxed().toList(),
          result.failures().stream().map(Failure::index).toList(), "one failure per failed input, in order");
      result.failures().forEach(f -> assertEquals(Optional.of(Integer.toString(inputs.get(f.index()))), f.value()));
    });
  }

  @Test
  void chunksCombineToTheWhole() {
    qt().withExamples(200).forAll(lists().of(integers().between(-9, 9)).ofSizeBetween(0, 30), integers().between(0, 30))
        .checkAssert((inputs, cut) -> {
          int at = Math.min(cut, inputs.size());
          ValuesWithFailures<Integer> whole = ValuesWithFailures.apply(inputs, ValuesWithFailuresTest::positive);
          ValuesWithFailures<Integer> head = ValuesWithFailures.apply(inputs.subList(0, at), ValuesWithFailuresTest::positive);
          ValuesWithFailures<Integer> tail = ValuesWithFailures.apply(inputs.subList(at, inputs.size()),
              ValuesWithFailuresTest::positive);
          ValuesWithFailures<Integer> combined = head.combinedWith(tail);
          assertEquals(whole.values(), combined.values());
          assertEquals(whole.failures().size(), combined.failures().size());
          assertFalse(combined.values().size() + combined.failures().size() != inputs.size());
          ValuesWithFailures<Integer> flat = whole.flatMap(v -> ValuesWithFailures.apply(List.of(v - 5),
              ValuesWithFailuresTest::positive));
          assertEquals(whole.values().size(), flat.values().size() + flat.failures().size() - whole.failures().size(),
              "flatMap keeps the old failures and adds one value or failure per value");
        });
  }

  private static int positive(int n) {
    if (n <= 0) {
      throw new InvalidValueException("n", n, "must be greater than zero");
    }
    return n;
  }
}
