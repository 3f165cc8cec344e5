package org.anxiao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.unit.AnxiaoUnits;
import org.jspecify.annotations.Nullable;

/** Wire form of a JSR-385 quantity: {@code {"value": "<decimal string>", "unit": "<code>"}}. */
final class QuantityJson {
  private QuantityJson() {}

  @SuppressWarnings("rawtypes")
  static final class Serializer extends StdSerializer<Quantity> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("value", AnxiaoUnits.toBigDecimal(value.getValue()).toPlainString());
      gen.writeStringField("unit", AnxiaoUnits.code(value.getUnit()));
      gen.writeEndObject();
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class Deserializer extends JsonDeserializer<Quantity> implements ContextualDeserializer {
    /** The quantity type the field declares (e.g. Area), or null for {@code Quantity<?>}. */
    private final @Nullable Class<? extends Quantity> type;

    Deserializer(@Nullable Class<? extends Quantity> type) {
      this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      // The type being read: for an element of a list, a value of a map or an optional, Jackson
      // gives the container's type here, so its content type is the quantity's.
      JavaType t = property != null ? property.getType() : ctxt.getContextualType();
      while (t != null && (t.isContainerType() || t.isReferenceType())) {
        t = t.getContentType();
      }
      if (t != null && t.getRawClass() == Quantity.class && t.containedTypeCount() == 1) {
        Class<?> q = t.containedType(0).getRawClass();
        if (Quantity.class.isAssignableFrom(q) && q != Quantity.class) {
          return new Deserializer((Class<? extends Quantity>) q);
        }
      }
      return this;
    }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
      }
      String value = null;
      String unit = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "value" -> value = DecimalJson.text(p, ctxt);
          case "unit" -> {
            if (t == JsonToken.VALUE_STRING) {
              unit = p.getText();
            } else {
              // A problem handler may supply the code (Jackson checks that it is a String); the
              // token it stood in for is then skipped.
              unit = (String) ctxt.handleUnexpectedToken(String.class, p);
              p.skipChildren();
            }
          }
          default -> {
            if (ctxt.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
              ctxt.handleUnknownProperty(p, this, Quantity.class, name);
            }
            p.skipChildren();
          }
        }
      }
      if (value == null) {
        throw new InvalidValueException("value", null, "a quantity needs a decimal-string value");
      }
      if (unit == null) {
        throw new InvalidValueException("unit", null, "a quantity needs a unit code");
      }
      BigDecimal v = AnxiaoUnits.decimal(value);
      Unit u = type == null ? AnxiaoUnits.unit(unit) : AnxiaoUnits.unit("unit", unit, (Class) type);
      return AnxiaoUnits.of(v, u);
    }
  }
}
