package org.anxiao.core.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a JSON resource shipped inside an Anxiao jar (reference tables, schemas). A missing or
 * malformed bundled resource is a packaging bug, reported as {@link IllegalStateException}.
 */
public final class BundledResource {
  private static final JsonMapper TREE_READER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .build();

  private BundledResource() {}

  /** Opens {@code name} relative to {@code anchor}'s package (or absolute if it starts with /). */
  public static InputStream open(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + name + " next to " + anchor.getName());
    }
    return in;
  }

  /** Binds a tree read from a bundled resource to a type annotated for Jackson. */
  public static <T> T bind(JsonNode node, Class<T> type) {
    try {
      return TREE_READER.treeToValue(node, type);
    } catch (IOException e) {
      throw new IllegalStateException("bundled resource does not match " + type.getSimpleName(), e);
    }
  }

  /** Reads {@code name} relative to {@code anchor} as a JSON tree. */
  public static JsonNode readTree(Class<?> anchor, String name) {
    try (InputStream in = open(anchor, name)) {
      return TREE_READER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled resource unreadable: " + name, e);
    }
  }
}
