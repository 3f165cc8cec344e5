package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Power;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.WireFormatException;
import org.junit.jupiter.api.Test;

/**
 * How a failure while reading or writing becomes a {@link WireFormatException}: its code, the JSON
 * pointer of the node (array indexes included, the first one too) and the first line of the cause's
 * message as the rule.
 */
class FailureTranslationTest {
  /** A document holding a list of quantities. */
  record Peaks(List<Quantity<Power>> peaks) {}

  @Test
  void aStreamFailureIsAnIoErrorWithTheFirstLineOfItsMessage() {
    WireFormatException e = AnxiaoJson.translate(new IOException("disk gone\n\tat somewhere"));
    assertEquals(WireFormatException.IO, e.errorCode());
    assertEquals("/", e.pointer());
    assertEquals("cannot be read or written: disk gone", e.rule());
    assertEquals("cannot be read or written: ",
        AnxiaoJson.translate(new IOException("\nonly a second line")).rule());
  }

  @Test
  void aFailureWithoutMessageIsNamedByItsClass() {
    assertEquals("cannot be read or written: IOException", AnxiaoJson.translate(new IOException()).rule());
    WireFormatException other = AnxiaoJson.translate(new IllegalStateException());
    assertEquals(WireFormatException.MALFORMED, other.errorCode());
    assertEquals("IllegalStateException", other.rule());
  }

  @Test
  void undecodableBytesAreMalformedNotAnIoError() {
    WireFormatException e = AnxiaoJson.translate(new CharConversionException("Invalid UTF-8 start byte 0xff"));
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
    assertEquals("Invalid UTF-8 start byte 0xff", e.rule());
  }

  @Test
  void aCodeOutsideAnEnumIsAnUnknownCodeNamingItsField() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\"kind\": \"SCHOOL\", \"id\": \"x\", \"level\": \"NOPE\"}", Level.class));
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
    assertEquals("/level", e.pointer());
    assertEquals("UNKNOWN_CODE", e.modelError().orElseThrow().errorCode());
    assertEquals(Optional.of("level"), e.modelError().orElseThrow().field());
    assertEquals(Optional.of("NOPE"), e.modelError().orElseThrow().value());
    assertTrue(e.modelError().orElseThrow().rule().contains("Grade"), e.getMessage());
  }

  /** A code list. */
  enum Grade { LOW, HIGH }

  /** A document with one enum field. */
  record Level(String kind, String id, Grade level) {}

  @Test
  void aWireFormatErrorPassesThroughUnchanged() {
    WireFormatException given = new WireFormatException(WireFormatException.SCHEMA, "/a", "x", "rule", null);
    assertSame(given, AnxiaoJson.translate(given));
  }

  @Test
  void aParseErrorNamesItsLineAndColumnWhenKnown() {
    assertEquals("bad token", AnxiaoJson.translate(new JsonParseException(null, "bad token")).rule());
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\n  \"peaks\": ]}", Peaks.class));
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
    assertTrue(e.rule().endsWith(" (line 2, column 12)"), e.rule());
    assertTrue(!e.rule().contains("\n"), e.rule());
  }

  @Test
  void aBadValueInTheFirstElementOfAListIsPointedToByIndexZero() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"peaks\": [{\"value\": \"1.x\", \"unit\": \"kW\"}]}", Peaks.class));
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
    assertEquals("/peaks/0/value", e.pointer());
    assertEquals(Optional.of("1.x"), e.value());
    WireFormatException second = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"peaks\": [{\"value\": \"1\", \"unit\": \"kW\"}, {\"value\": \"2\", \"unit\": \"no-such-unit\"}]}", Peaks.class));
    assertEquals("/peaks/1/unit", second.pointer());
  }

  @Test
  void aModelErrorWithoutFieldIsPlacedAtTheNodeBeingRead() {
    WireFormatException e = AnxiaoJson.translate(new com.fasterxml.jackson.databind.JsonMappingException(null,
        "wrapped", new InvalidValueException(null, "v", "broken")));
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
    assertEquals("/", e.pointer());
    assertEquals("broken [INVALID_VALUE]", e.rule());
  }
}
