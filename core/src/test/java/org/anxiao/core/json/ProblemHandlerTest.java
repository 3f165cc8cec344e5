package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Power;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * The wire-format deserializers hand a token of the wrong JSON type to Jackson's problem handling, so
 * a {@link DeserializationProblemHandler} a caller adds to {@link AnxiaoJson#mapperCopy()} (or to a
 * mapper with {@link AnxiaoModule}) supplies the value, as it does for Jackson's own types.
 */
class ProblemHandlerTest {
  private static final Quantity<Power> SUPPLIED = AnxiaoUnits.of("2.5", AnxiaoUnits.unit("peak", "kW", Power.class));

  /** Supplies a decimal text, a year or a quantity where the JSON holds something else. */
  private static final class Supplier extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) {
      Class<?> raw = targetType.getRawClass();
      if (raw == String.class) {
        return "0.25";
      }
      if (Period.class.isAssignableFrom(raw)) {
        return new CalendarYear(2024);
      }
      if (raw == Quantity.class) {
        return SUPPLIED;
      }
      return NOT_HANDLED;
    }
  }

  private static ObjectMapper mapper() {
    ObjectMapper m = AnxiaoJson.strict().mapperCopy();
    m.addHandler(new Supplier());
    return m;
  }

  @Test
  void aDecimalFromTheWrongTokenIsTheHandlersText() throws Exception {
    assertEquals(new BigDecimal("0.25"), mapper().readValue("true", BigDecimal.class));
  }

  @Test
  void aPeriodFromTheWrongTokenIsTheHandlersPeriod() throws Exception {
    assertEquals(new CalendarYear(2024), mapper().readValue("2024", CalendarYear.class));
  }

  @Test
  void aQuantityFromTheWrongTokenIsTheHandlersQuantity() throws Exception {
    assertEquals(Measure.of(SUPPLIED), Measure.of(mapper().readValue("\"2.5 kW\"", Quantity.class)));
  }

  @Test
  void aUnitCodeFromTheWrongTokenIsTheHandlersCode() throws Exception {
    ObjectMapper m = AnxiaoJson.strict().mapperCopy();
    m.addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
          JsonParser p, String failureMsg) {
        return targetType.getRawClass() == String.class ? "kW" : NOT_HANDLED;
      }
    });
    assertEquals(Measure.of(SUPPLIED),
        Measure.of(m.readValue("{\"value\": \"2.5\", \"unit\": 7}", Quantity.class)));
    assertEquals(Measure.of(SUPPLIED),
        Measure.of(m.readValue("{\"unit\": [1, {\"a\": 2}], \"value\": \"2.5\"}", Quantity.class)));
  }
}
