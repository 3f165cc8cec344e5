package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxiao.core.testing.SourceTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON Schema of the project compiles under strict draft 2020-12 rules: the schemas every
 * module ships ({@code <module>/src/main/resources/**}{@code /*.schema.json}), those its tests
 * contribute ({@code src/test/resources}), and the conformance vector-file schema
 * ({@code conformance/schema/*.json}). Each is valid against the 2020-12 meta-schema and passes
 * {@link StrictSchemaChecker} (types stated wherever a keyword needs one, no unknown keyword, every
 * {@code $ref} resolves, every format known). Modules added later are found without edits here.
 */
class StrictSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "node_modules", ".mvn");

  /** Source-tree path (with forward slashes) → schema document. */
  static Map<String, JsonNode> schemas() {
    Path root = SourceTree.root();
    Map<String, JsonNode> out = new TreeMap<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          String relative = root.relativize(file).toString().replace('\\', '/');
          boolean shipped = relative.matches("[^/]+/src/(main|test)/resources/.*\\.schema\\.json");
          boolean conformance = relative.matches("conformance/schema/[^/]+\\.json");
          if (shipped || conformance) {
            out.put(relative, JSON.readTree(file.toFile()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void theSchemasFoundIncludeCoresAndTheVectorFileSchema() {
    Set<String> found = schemas().keySet();
    for (String name : SchemaFiles.NAMES) {
      String path = "core/src/main/resources/" + DocumentType.SCHEMA_FOLDER + SchemaFiles.fileName(name);
      assertTrue(found.contains(path), () -> path + " not among " + found);
    }
    assertTrue(found.contains("conformance/schema/vector-file.schema.json"), () -> found.toString());
  }

  @TestFactory
  Stream<DynamicTest> eachSchemaIsValidAgainstTheMetaSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    var meta = registry.getSchema(SchemaLocation.of(META_SCHEMA));
    return schemas().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      assertEquals(META_SCHEMA, e.getValue().path("$schema").asText(), e.getKey() + ": $schema");
      List<Error> errors = meta.validate(e.getValue());
      assertTrue(errors.isEmpty(), () -> e.getKey() + ": " + errors);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachSchemaCompilesUnderStrictRules() {
    Map<String, JsonNode> schemas = schemas();
    List<String> problems = StrictSchemaChecker.check(new ArrayList<>(schemas.values()));
    return schemas.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String id = e.getValue().path("$id").asText();
      List<String> mine = problems.stream().filter(p -> p.startsWith(id + "#")).toList();
      assertTrue(mine.isEmpty(), () -> e.getKey() + " under strict rules:\n  " + String.join("\n  ", mine));
    }));
  }

  @Test
  void noProblemIsLeftUnattributed() {
    Map<String, JsonNode> schemas = schemas();
    Set<String> ids = schemas.values().stream().map(s -> s.path("$id").asText()).collect(Collectors.toSet());
    List<String> problems = StrictSchemaChecker.check(new ArrayList<>(schemas.values()));
    List<String> stray = problems.stream().filter(p -> ids.stream().noneMatch(id -> p.startsWith(id + "#"))).toList();
    assertTrue(stray.isEmpty(), () -> String.join("\n", stray));
  }

  @TestFactory
  Stream<DynamicTest> eachSchemaCompilesWithTheValidatorTheLibraryUses() {
    Map<String, JsonNode> schemas = schemas();
    Map<String, String> byId = new TreeMap<>();
    schemas.values().forEach(s -> byId.put(s.path("$id").asText(), s.toString()));
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaLoader(l -> l.fetchRemoteResources(false)).schemas(byId::get));
    return schemas.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      var schema = registry.getSchema(SchemaLocation.of(e.getValue().path("$id").asText()));
      // Validating forces the validators, and with them every reference reached, to be built.
      schema.validate(JSON.nullNode());
      schema.validate(JSON.createObjectNode());
    }));
  }
}
