package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.campus.KeyPartKind;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema files: present, well-formed, compilable, in step with the Java enums, and
 * open where the library's vocabularies are (unit codes, subject kinds).
 */
class SchemaFilesTest {

  static Stream<String> names() {
    return SchemaFiles.NAMES.stream();
  }

  @Test
  void theSchemaFolderHoldsExactlyTheListedSchemas() throws IOException, URISyntaxException {
    URL folder = SchemaFilesTest.class.getClassLoader().getResource(DocumentType.SCHEMA_FOLDER);
    assertNotNull(folder, DocumentType.SCHEMA_FOLDER);
    Set<String> present;
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = SchemaFiles.NAMES.stream().map(SchemaFiles::fileName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(listed, present);
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachSchemaDeclaresDialectIdTitleAndDescription(String name) {
    JsonNode schema = SchemaFiles.tree(name);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    assertEquals(SchemaFiles.iri(name), schema.path("$id").asText());
    assertFalse(schema.path("title").asText().isBlank(), "title");
    assertFalse(schema.path("description").asText().isBlank(), "description");
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachSchemaIsValidAgainstTheMetaSchema(String name) {
    assertEquals(List.of(), SchemaFiles.metaSchemaErrors(SchemaFiles.tree(name)));
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachSchemaCompiles(String name) {
    Schema schema = SchemaFiles.compiled(name, "");
    schema.initializeValidators();
    assertEquals(SchemaFiles.iri(name), schema.getId());
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyReferenceResolvesToADefinition(String name) {
    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, String> ref : SchemaFiles.refs(SchemaFiles.tree(name))) {
      String target = ref.getValue();
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      String pointer = hash < 0 ? "" : target.substring(hash + 1);
      String targetName = file.isEmpty() ? name : file.replace(".schema.json", "");
      if (!SchemaFiles.NAMES.contains(targetName) || SchemaFiles.tree(targetName).at(pointer).isMissingNode()) {
        broken.add(ref.getKey() + " -> " + target);
      }
    }
    assertEquals(List.of(), broken);
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyDefinitionIsDescribed(String name) {
    List<String> bare = new ArrayList<>();
    SchemaFiles.tree(name).path("$defs").properties().forEach(e -> {
      if (e.getValue().path("description").asText().isBlank()) {
        bare.add(e.getKey());
      }
    });
    assertEquals(List.of(), bare);
  }

  @ParameterizedTest
  @MethodSource("documentTypes")
  void eachDocumentTypeNamesABundledSchemaWithItsId(DocumentType<?> type) {
    assertNotNull(SchemaFilesTest.class.getClassLoader().getResource(type.schemaResource()), type.schemaResource());
    assertEquals(type.schemaId(), SchemaFiles.tree(type.name()).path("$id").asText());
    assertTrue(SchemaFiles.required(SchemaFiles.tree(type.name())).contains("schemaVersion"),
        "a document requires schemaVersion");
  }

  static Stream<DocumentType<?>> documentTypes() {
    return WireSamples.cases().stream().map(WireSamples.Case::type);
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("common", "/$defs/verification", Verification.class),
        Arguments.of("common", "/$defs/severity", Severity.class),
        Arguments.of("common", "/$defs/comparison", Comparison.class),
        Arguments.of("school", "/$defs/schoolType", SchoolType.class),
        Arguments.of("school", "/$defs/schoolStage", SchoolStage.class),
        Arguments.of("school", "/$defs/staffRole", StaffRole.class),
        Arguments.of("school", "/$defs/school/properties/ownership", Ownership.class),
        Arguments.of("school", "/$defs/school/properties/boarding", BoardingMode.class),
        Arguments.of("school", "/$defs/geoPoint/properties/system", CoordinateSystem.class),
        Arguments.of("school", "/$defs/gate/properties/kind", GateKind.class),
        Arguments.of("school", "/$defs/building/properties/use", BuildingUse.class),
        Arguments.of("school", "/$defs/keyPart/properties/kind", KeyPartKind.class),
        Arguments.of("scorecard", "/$defs/itemScore/properties/status", ItemResponse.Status.class));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void schemaEnumsListTheJavaConstants(String name, String pointer, Class<? extends Enum<?>> type) {
    Set<String> schema = new TreeSet<>();
    SchemaFiles.node(name, pointer).path("enum").forEach(n -> schema.add(n.asText()));
    Set<String> java = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(java, schema);
  }

  @Test
  void coreSchemaNamesAreTheBundledFiles() {
    assertEquals(new TreeSet<>(SchemaFiles.NAMES), new TreeSet<>(Schemas.CORE));
  }

  /** Unit codes are an open vocabulary: the schema checks their form, the library their meaning. */
  @Test
  void unitCodesFollowTheLibrarysPattern() {
    assertEquals(AnxiaoUnits.CODE_PATTERN, SchemaFiles.node("common", "/$defs/unitCode/pattern").asText());
    for (String code : AnxiaoUnits.codes()) {
      assertEquals(List.of(), SchemaFiles.validate("common", "/$defs/unitCode", TextNode.valueOf(code)), code);
    }
    for (String bad : new String[] {"", "k W", "/m2", "ｋＷ", "a".repeat(33)}) {
      assertFalse(SchemaFiles.validate("common", "/$defs/unitCode", TextNode.valueOf(bad)).isEmpty(), bad);
    }
  }

  /** Subject kinds are an open vocabulary: the schema checks the form and names core's kinds. */
  @Test
  void subjectKindsFollowTheLibrarysPatternAndCoresAreNamed() {
    JsonNode def = SchemaFiles.node("common", "/$defs/subjectKind");
    assertEquals(SubjectKindContribution.CODE_PATTERN, def.path("pattern").asText());
    for (SubjectKind kind : SubjectKind.values()) {
      assertEquals(List.of(), SchemaFiles.validate("common", "/$defs/subjectKind", TextNode.valueOf(kind.code())),
          kind.code());
    }
    for (SubjectKind kind : SubjectKind.builtIn()) {
      assertTrue(def.path("description").asText().contains(kind.code()), kind.code());
    }
    for (String bad : new String[] {"", "school", "1SCHOOL", "KEY-PART"}) {
      assertFalse(SchemaFiles.validate("common", "/$defs/subjectKind", TextNode.valueOf(bad)).isEmpty(), bad);
    }
  }

  @Test
  void parameterTypesAreTheRegisteredSubtypes() {
    Set<String> schema = new TreeSet<>();
    SchemaFiles.node("rule-pack", "/$defs/parameter/properties/type/enum").forEach(n -> schema.add(n.asText()));
    Set<String> java = Arrays.stream(org.anxiao.core.rule.Parameter.class
            .getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
        .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(java, schema);
    Set<String> branches = new TreeSet<>();
    SchemaFiles.node("rule-pack", "/$defs/parameter/allOf")
        .forEach(b -> branches.add(b.at("/if/properties/type/const").asText()));
    assertEquals(java, branches);
  }
}
