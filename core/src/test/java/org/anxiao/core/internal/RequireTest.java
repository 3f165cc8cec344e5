package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The checks that take the parts of a message build it only when they fail. */
class RequireTest {
  /** An argument that fails the test if its text is ever asked for. */
  private static final Object NEVER_PRINTED = new Object() {
    @Override
    public String toString() {
      throw new AssertionError("the message was built on the success path");
    }
  };

  @Test
  void nothingIsBuiltWhenTheCheckPasses() {
    AtomicInteger asked = new AtomicInteger();
    Require.that(true, "end", NEVER_PRINTED, "must be after start {}", NEVER_PRINTED);
    Require.that(true, "end", NEVER_PRINTED, "between {} and {}", NEVER_PRINTED, NEVER_PRINTED);
    Require.that(true, "end", NEVER_PRINTED, () -> {
      asked.incrementAndGet();
      return "x";
    });
    Require.thatElement(true, "rulesApplied", 3, ".pack", NEVER_PRINTED, "must be listed in packs");
    Require.nonNegativeEntry("staff", NEVER_PRINTED, 0);
    Require.finiteElement("values", 2, 1.5);
    assertEquals(0, asked.get());
  }

  @Test
  void failuresNameTheFieldValueAndRule() {
    InvalidValueException one = assertThrows(InvalidValueException.class,
        () -> Require.that(false, "end", "2024-01-01", "must be after start {}", "2024-02-01"));
    assertEquals(Optional.of("end"), one.field());
    assertEquals("must be after start 2024-02-01", one.rule());
    assertEquals("between 1 and 9 pupils", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "boarders", 10, "between {} and {} pupils", 1, 9)).rule());
    assertEquals("no placeholder 7", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "f", 1, "no placeholder", 7)).rule());
    assertEquals("supplied", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "f", 1, () -> "supplied")).rule());
    InvalidValueException element = assertThrows(InvalidValueException.class,
        () -> Require.thatElement(false, "rulesApplied", 3, ".pack", "p@1", "must be listed in packs"));
    assertEquals(Optional.of("rulesApplied[3].pack"), element.field());
    assertEquals(Optional.of("p@1"), element.value());
    assertEquals(Optional.of("campuses[0]"), assertThrows(InvalidValueException.class,
        () -> Require.thatElement(false, "campuses", 0, "", "x", "r")).field());
    assertEquals(Optional.of("staff.GUARD"), assertThrows(InvalidValueException.class,
        () -> Require.nonNegativeEntry("staff", "GUARD", -1)).field());
    InvalidValueException nan = assertThrows(InvalidValueException.class, () -> Require.finiteElement("values", 4, Double.NaN));
    assertEquals(Optional.of("values[4]"), nan.field());
    assertEquals(Optional.of("NaN"), nan.value());
  }
}
