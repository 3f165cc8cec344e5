package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anxiao.core.error.AnxiaoException;
import org.junit.jupiter.api.Test;

/**
 * The error codes a vector may expect: the {@code errorCode} enum of the vector-file schema, the
 * table of {@code conformance/README.md} and the codes the library's exceptions define cannot drift
 * apart. Every code the library defines is either a vector outcome (in the enum and the table) or
 * listed below as not one, with the reason; a new code must be placed.
 */
class VectorErrorCodesTest {
  private static final String ERROR_PACKAGE = "org.anxiao.core.error";

  /** Codes the library throws that are not outcomes of a conformance vector, each with the reason. */
  private static final Map<String, String> NOT_VECTOR_OUTCOMES = Map.ofEntries(
      Map.entry("JSON_IO", "a stream that fails while it is read: a fault of the reader's source, not of a document"),
      Map.entry("VOCABULARY_CLASH", "a fault of this library's vocabulary providers"),
      Map.entry("VOCABULARY_INVALID", "a fault of this library's vocabulary providers"));

  @Test
  void theSchemaEnumIsTheReadmeTable() throws IOException {
    assertEquals(readmeCodes(), schemaCodes());
  }

  @Test
  void everyLibraryCodeIsAVectorOutcomeOrListedAsNotOne() throws IOException {
    Set<String> library = libraryCodes();
    Set<String> schema = schemaCodes();
    Set<String> unknown = new TreeSet<>(schema);
    unknown.removeAll(library);
    assertTrue(unknown.isEmpty(), "codes in the vector-file schema that no library exception defines: " + unknown);
    Set<String> both = new TreeSet<>(schema);
    both.retainAll(NOT_VECTOR_OUTCOMES.keySet());
    assertTrue(both.isEmpty(), "codes both in the schema and listed as not vector outcomes: " + both);
    Set<String> rest = new TreeSet<>(library);
    rest.removeAll(schema);
    assertEquals(new TreeSet<>(NOT_VECTOR_OUTCOMES.keySet()), rest,
        "every library code the schema's errorCode enum lacks must be listed as not a vector outcome, and only those");
  }

  @Test
  void everyVectorCodeHasAVector() throws IOException {
    Set<String> used = new TreeSet<>();
    Path folder = ConformanceRunner.folder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        for (JsonNode group : ConformanceRunner.readTree(file).path("testGroups")) {
          for (JsonNode test : group.path("tests")) {
            if (test.has("expectedError")) {
              used.add(test.path("expectedError").asText());
            }
          }
        }
      }
    }
    Set<String> without = new TreeSet<>(schemaCodes());
    without.removeAll(used);
    assertTrue(without.isEmpty(), "error codes of the README table that no vector expects: " + without);
  }

  @Test
  void theLibraryCodesAreFoundAtAll() throws IOException {
    // The scan below must see the six single-code exceptions and the multi-code ones.
    assertTrue(libraryCodes().containsAll(List.of("INVALID_VALUE", "MISSING_VALUE", "UNKNOWN_CODE",
        "UNIT_MISMATCH", "PERIOD_OVERLAP", "RULE_NOT_FOUND", "JSON_MALFORMED", "VOCABULARY_CLASH")));
  }

  /** The enum of {@code $defs/errorCode} in the vector-file schema. */
  static Set<String> schemaCodes() throws IOException {
    JsonNode schema = ConformanceRunner.readTree(ConformanceRunner.folder().resolve(ConformanceRunner.SCHEMA_FILE));
    JsonNode codes = schema.at("/$defs/errorCode/enum");
    assertTrue(codes.isArray() && !codes.isEmpty(), "the vector-file schema has no $defs/errorCode/enum");
    assertEquals("#/$defs/errorCode", schema.at("/$defs/test/oneOf/1/properties/expectedError/$ref").asText(),
        "expectedError refers to $defs/errorCode");
    Set<String> out = new TreeSet<>();
    codes.forEach(c -> out.add(c.asText()));
    assertEquals(codes.size(), out.size(), "duplicate codes in the enum");
    return out;
  }

  /** The codes of the table under "Error codes:" in {@code conformance/README.md}. */
  static Set<String> readmeCodes() throws IOException {
    List<String> lines = Files.readAllLines(ConformanceRunner.folder().resolve("README.md"));
    int start = lines.indexOf("Error codes:");
    assertTrue(start >= 0, "README.md has no \"Error codes:\" table");
    Pattern row = Pattern.compile("^\\| `([A-Z_]+)` \\|");
    Set<String> out = new TreeSet<>();
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() && !out.isEmpty()) {
        break;
      }
      Matcher m = row.matcher(line);
      if (m.find()) {
        assertTrue(out.add(m.group(1)), "README.md lists " + m.group(1) + " twice");
      }
    }
    assertFalse(out.isEmpty(), "README.md's error-code table has no rows");
    return out;
  }

  /** Every code a public static final String constant of an exception in core's error package holds. */
  static Set<String> libraryCodes() throws IOException {
    URL url = AnxiaoException.class.getResource("AnxiaoException.class");
    assertNotNull(url, "AnxiaoException.class");
    Path folder;
    try {
      folder = Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> classes;
    try (Stream<Path> files = Files.list(folder)) {
      classes = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> ERROR_PACKAGE + "." + n.substring(0, n.length() - ".class".length()))
          .sorted().toList();
    }
    Set<String> codes = new TreeSet<>();
    for (String name : classes) {
      Class<?> type;
      try {
        type = Class.forName(name, false, AnxiaoException.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(name, e);
      }
      if (!AnxiaoException.class.isAssignableFrom(type)) {
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
          try {
            codes.add((String) f.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(f.toString(), e);
          }
        }
      }
    }
    return codes;
  }
}
