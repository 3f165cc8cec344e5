package org.anxiao.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.time.Period;

/** Reads a {@link Period} (or one of its kinds) from its code, e.g. {@code "2024-Q1"}. */
final class PeriodJson<P extends Period> extends JsonDeserializer<P> {
  private final Class<P> kind;

  PeriodJson(Class<P> kind) {
    this.kind = kind;
  }

  @Override
  public P deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return kind.cast(ctxt.handleUnexpectedToken(kind, p));
    }
    Period period = Period.parse(p.getText());
    if (!kind.isInstance(period)) {
      throw new InvalidValueException("period", p.getText(), "must be a " + kind.getSimpleName() + " code");
    }
    return kind.cast(period);
  }
}
