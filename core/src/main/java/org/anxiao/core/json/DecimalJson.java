package org.anxiao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * Wire form of {@link BigDecimal}: a decimal string ({@code "0.1229"}), so that no binary
 * floating point touches a value between languages. JSON numbers are read too (exactly, from their
 * text); NaN and infinities never.
 */
final class DecimalJson {
  private DecimalJson() {}

  static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getText();
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }

  static final class Serializer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  static final class Deserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return AnxiaoUnits.decimal(text(p, ctxt));
    }
  }
}
