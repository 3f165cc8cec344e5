package org.anxiao.core.rule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.StringWriter;
import org.anxiao.core.error.InvalidValueException;

/**
 * The wire form of a {@link Parameter.Structure}: the JSON object itself, held in Java as compact
 * text. Writing copies the text's tokens into the generator, so it works into any target (text,
 * trees, token buffers) and always gives the same bytes for the same value.
 */
final class StructureJson {
  /** Parses only text this library produced from a parsed, limited document. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private StructureJson() {}

  /**
   * {@code json} as compact text, checked to be exactly one JSON object.
   *
   * @throws InvalidValueException naming {@code value} otherwise
   */
  static String compact(String json) {
    StringWriter out = new StringWriter(json.length());
    try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = FACTORY.createGenerator(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidValueException("value", json, "must be a JSON object");
      }
      g.copyCurrentStructureExact(p);
      if (p.nextToken() != null) {
        throw new InvalidValueException("value", json, "must be one JSON object, with nothing after it");
      }
    } catch (JsonProcessingException e) {
      throw new InvalidValueException("value", json, "must be a JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Reads the object as compact text. */
  static final class Reader extends JsonDeserializer<String> {
    Reader() {}

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(String.class, "a structure parameter's value must be a JSON object");
      }
      StringWriter out = new StringWriter();
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.copyCurrentStructureExact(p);
      }
      return out.toString();
    }
  }

  /** Writes the text's tokens. */
  static final class Writer extends JsonSerializer<String> {
    Writer() {}

    @Override
    public void serialize(String json, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try (JsonParser p = FACTORY.createParser(json)) {
        p.nextToken();
        gen.copyCurrentStructureExact(p);
      }
    }
  }
}
