package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;
import org.anxiao.core.error.WireFormatException;
import org.junit.jupiter.api.Test;

/**
 * A quantity's declared kind is checked wherever the quantity sits: a field, an element of a list,
 * a value of a map or an optional.
 */
class QuantityElementKindTest {
  record Peaks(List<Quantity<Power>> peaks) {}

  record ByMeter(Map<String, Quantity<Energy>> readings) {}

  record Maybe(Optional<Quantity<Power>> peak) {}

  record One(Quantity<Power> peak) {}

  @Test
  void aFieldOfAnotherKindIsRefused() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\"peak\": {\"value\": \"1\", \"unit\": \"kWh\"}}", One.class));
    assertEquals("/peak/unit", e.pointer());
  }

  @Test
  void anElementOfAListOfAnotherKindIsRefused() {
    Peaks ok = AnxiaoJson.strict().read("{\"peaks\": [{\"value\": \"1\", \"unit\": \"kW\"}]}", Peaks.class);
    assertEquals(1, ok.peaks().size());
    WireFormatException e = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"peaks\": [{\"value\": \"1\", \"unit\": \"kW\"}, {\"value\": \"1\", \"unit\": \"kWh\"}]}", Peaks.class));
    assertEquals("/peaks/1/unit", e.pointer());
    assertEquals(Optional.of("kWh"), e.value());
  }

  @Test
  void aValueOfAMapOfAnotherKindIsRefused() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"readings\": {\"m1\": {\"value\": \"1\", \"unit\": \"m3\"}}}", ByMeter.class));
    assertEquals("/readings/m1/unit", e.pointer());
  }

  @Test
  void anOptionalOfAnotherKindIsRefused() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"peak\": {\"value\": \"1\", \"unit\": \"kWh\"}}", Maybe.class));
    assertEquals("/peak/unit", e.pointer());
  }
}
