package org.anxiao.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A failure's key, field and value keep the bounds of codes, lines and texts; an error's own text is made to fit. */
class FailureFieldsTest {
  private static void refused(String field, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void keyFieldAndValueAreCheckedWhenPresent() {
    refused("key", () -> new Failure(0, Optional.of("a\u0000b"), "INVALID_VALUE", Optional.empty(), Optional.empty(), "m"));
    refused("field", () -> new Failure(0, Optional.empty(), "INVALID_VALUE", Optional.of("a\nb"), Optional.empty(), "m"));
    refused("value", () -> new Failure(0, Optional.empty(), "INVALID_VALUE", Optional.empty(), Optional.of("a\u0001b"), "m"));
    assertEquals(Optional.of("a\tb"),
        new Failure(0, Optional.empty(), "INVALID_VALUE", Optional.empty(), Optional.of("a\tb"), "m").value(),
        "a value is free text");
  }

  @Test
  void anErrorWhoseFieldHasALineBreakBecomesAFailureWithAnEscapedField() {
    Failure f = Failure.of(3, new InvalidValueException("a\nb", "v", "rule"));
    assertEquals(3, f.index());
    assertFalse(f.field().orElseThrow().contains("\n"), f.field()::toString);
    assertEquals(Optional.of("a\\u000Ab"), f.field(), "the line break is shown as its code");
    assertEquals(Optional.of("v"), f.value());
    assertEquals("rule", f.message());
    assertEquals(Optional.of(""), Failure.of(0, new InvalidValueException("f", "", "rule")).value(), "an empty value stays empty");
  }
}
