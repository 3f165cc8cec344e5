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
import org.anxiao.core.internal.Bounds;

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
      copyChecked(p, g, "value");
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

  /**
   * Copies the structure at the parser's current token into {@code g}, checking it against
   * {@link Bounds} on the way: at most {@value Bounds#MAX_ELEMENTS} values in all, nesting of at most
   * {@value Bounds#MAX_DEPTH}, property names that are codes, string values that are text, numbers
   * within the decimal bounds. A failure names the path inside the structure below {@code root}
   * ({@code value.tiers[0].name}; {@code tiers[0].name} when {@code root} is empty).
   */
  static void copyChecked(JsonParser p, JsonGenerator g, String root) throws IOException {
    java.util.ArrayDeque<Object> path = new java.util.ArrayDeque<>();
    int values = 0;
    JsonToken t = p.currentToken();
    do {
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          countValue(root, path, ++values);
          if (path.size() >= Bounds.MAX_DEPTH) {
            throw new InvalidValueException(path(root, path), "nesting of " + (path.size() + 1),
                "a structure nests at most " + Bounds.MAX_DEPTH + " levels");
          }
          path.push(t == JsonToken.START_ARRAY ? (Object) Integer.valueOf(-1) : "");
          g.copyCurrentEvent(p);
        }
        case END_OBJECT, END_ARRAY -> {
          path.pop();
          g.copyCurrentEvent(p);
        }
        case FIELD_NAME -> {
          path.pop();
          path.push(Bounds.code(path(root, path) + " key", p.currentName()));
          g.copyCurrentEvent(p);
        }
        default -> {
          countValue(root, path, ++values);
          if (t == JsonToken.VALUE_STRING) {
            Bounds.text(path(root, path), p.getText());
          } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            Bounds.decimal(path(root, path), p.getDecimalValue());
          }
          copyEvent(p, g);
        }
      }
      if (path.isEmpty()) {
        return;
      }
      t = p.nextToken();
    } while (t != null);
    throw new InvalidValueException(root.isEmpty() ? "value" : root, null, "ends before the structure is complete");
  }

  /**
   * Copies the parser's current token; a number is written as its exact decimal value in plain form
   * ({@code 1.10} stays {@code 1.10}; {@code 1E+3} from a tree is {@code 1000}). Token by token with
   * calls every Jackson 2 release since 2.3 has — not {@code copyCurrentStructureExact} (2.21+) nor
   * {@code copyCurrentEvent} for numbers, whose output differs between releases — so that the text is
   * the same on the whole supported Jackson range (README).
   */
  private static void copyEvent(JsonParser p, JsonGenerator g) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      g.writeNumber(p.getDecimalValue().toPlainString());
    } else {
      g.copyCurrentEvent(p);
    }
  }

  /**
   * Advances the index of the enclosing array, if any, so that the path names the value about to be
   * read, and bounds the number of values.
   */
  private static void countValue(String root, java.util.ArrayDeque<Object> path, int values) {
    if (!path.isEmpty() && path.peek() instanceof Integer i) {
      path.pop();
      path.push(i + 1);
    }
    if (values > Bounds.MAX_ELEMENTS) {
      throw new InvalidValueException(path(root, path), values + " values",
          "a structure holds at most " + Bounds.MAX_ELEMENTS + " values");
    }
  }

  /** The path inside the structure, e.g. {@code value.tiers[0].name}, for messages. */
  private static String path(String root, java.util.ArrayDeque<Object> path) {
    StringBuilder sb = new StringBuilder(root);
    java.util.Iterator<Object> it = path.descendingIterator();
    while (it.hasNext()) {
      Object o = it.next();
      if (o instanceof Integer i) {
        sb.append('[').append(Math.max(i, 0)).append(']');
      } else if (!((String) o).isEmpty()) {
        sb.append(sb.length() == 0 ? "" : ".").append(o);
      }
    }
    return sb.toString();
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
        copyChecked(p, g, "");
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
        JsonToken t = p.nextToken();
        int depth = 0;
        while (t != null) {
          copyEvent(p, gen);
          depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
          if (depth == 0) {
            return;
          }
          t = p.nextToken();
        }
      }
    }
  }
}
