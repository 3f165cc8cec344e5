package org.anxiao.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documented message {@code [errorCode] field = value: rule} and the 120-character cut of the value. */
class ExceptionMessageTest {
  @Test
  void theMessageNamesCodeFieldValueAndRule() {
    InvalidValueException e = new InvalidValueException("campuses[0].id", "x y", "must be a code");
    assertEquals("[INVALID_VALUE] campuses[0].id = x y: must be a code", e.getMessage());
    assertEquals(Optional.of("x y"), e.value());
    assertEquals("must be a code", e.rule());
  }

  @Test
  void withoutAValueTheMessageNamesTheFieldOnly() {
    MissingValueException e = new MissingValueException("school.name");
    assertEquals("[MISSING_VALUE] school.name: is required", e.getMessage());
    assertEquals(Optional.empty(), e.value());
  }

  @Test
  void withoutAFieldTheMessageNamesTheValueOrOnlyTheRule() {
    assertEquals("[INVALID_VALUE] 42: too large", new InvalidValueException(null, 42, "too large").getMessage());
    InvalidValueException bare = new InvalidValueException(null, null, "no such thing");
    assertEquals("[INVALID_VALUE] no such thing", bare.getMessage());
    assertEquals(Optional.empty(), bare.field());
  }

  @Test
  void aValueOf120CharactersIsKeptWholeAndALongerOneIsCut() {
    String at120 = "v".repeat(120);
    assertEquals(at120, new InvalidValueException("f", at120, "r").value().orElseThrow());
    String cut = new InvalidValueException("f", at120 + "w", "r").value().orElseThrow();
    assertEquals(at120 + "…", cut);
    assertEquals("[INVALID_VALUE] f = " + at120 + "…: r", new InvalidValueException("f", at120 + "w", "r").getMessage());
  }

  @Test
  void anEmptyValueIsAValueNotAnAbsence() {
    InvalidValueException e = new InvalidValueException("f", "", "must not be empty");
    assertEquals(Optional.of(""), e.value());
    assertEquals("[INVALID_VALUE] f = : must not be empty", e.getMessage());
  }
}
