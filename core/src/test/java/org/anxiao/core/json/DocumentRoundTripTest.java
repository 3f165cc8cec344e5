package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document type, full and minimal, written by the library, passes its published schema and
 * reads back (schema validation, then binding) equal to the original.
 */
class DocumentRoundTripTest {

  static Stream<Arguments> documents() {
    return WireSamples.cases().stream().flatMap(c -> Stream.of(
        Arguments.of(c.type(), "full", c.full()),
        Arguments.of(c.type(), "minimal", c.minimal())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void writtenDocumentReadsBackEqualInStrictMode(DocumentType<?> type, String variant, Object document) {
    String json = AnxiaoJson.strict().write(document);
    assertEquals(document, AnxiaoJson.strict().readDocument(json, type), json);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void writtenDocumentReadsBackEqualInLenientMode(DocumentType<?> type, String variant, Object document) {
    String json = AnxiaoJson.lenient().writePretty(document);
    assertEquals(document, AnxiaoJson.lenient().readDocument(json, type), json);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void writtenDocumentHasNoSchemaErrors(DocumentType<?> type, String variant, Object document) {
    JsonNode tree = AnxiaoJson.strict().mapperCopy().valueToTree(document);
    assertEquals(List.of(), SchemaFiles.validate(type.name(), "", tree), tree::toString);
    assertEquals(DocumentType.CURRENT_VERSION, tree.path("schemaVersion").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void fullInstanceWritesMoreThanMinimal(WireSamples.Case<?> c) {
    String full = AnxiaoJson.strict().write(c.full());
    String minimal = AnxiaoJson.strict().write(c.minimal());
    assertTrue(full.length() > minimal.length(), full);
  }

  static Stream<WireSamples.Case<?>> types() {
    return WireSamples.cases().stream();
  }
}
