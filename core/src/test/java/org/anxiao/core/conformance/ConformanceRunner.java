package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testing.SourceTree;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a folder of conformance vector files: one dynamic container per {@code *.json} file, and in
 * it one test for the file's schema, one for its header, one for its data files and one per vector.
 *
 * <p>Every failure stays where it happens. A file that is not readable JSON becomes a single failing
 * test and the other files still run; a vector the vector-file schema flags (its {@code input} is
 * {@code null}, its {@code expectedError} no known code, …) fails with the schema's messages and is
 * not run; the other vectors of the file still run. Schema errors outside any vector (the header,
 * a group's parameters) fail the file's schema test.
 *
 * <p>Public in core's test jar so that each domain module runs its own folder of vectors
 * ({@code conformance/energy/}, …) with the same checks: {@link #forFolder(String, Map)}.
 */
public final class ConformanceRunner {
  static final String SCHEMA_FILE = "schema/vector-file.schema.json";
  /** Vector files list at most this many schema errors in one failure message. */
  private static final int ERRORS_SHOWN = 10;

  /** What runs one vector of a file: given the file, the vector's group and the vector. */
  @FunctionalInterface
  public interface VectorRunner {
    /**
     * Runs one vector.
     *
     * @param file  the vector file
     * @param group the vector's group
     * @param test  the vector
     */
    void run(VectorFile file, JsonNode group, JsonNode test);
  }

  /**
   * A calculator's runner: the name a file must declare in {@code calculator}, what runs each of
   * its vectors, the class-path resources of the reference tables it reads (which the file must
   * name in {@code dataFiles}) and the artifact that ships them.
   */
  public record Calculator(String name, VectorRunner runner, Set<String> tables, String artifact) {}

  /**
   * A vector file: its name in the folder and its JSON tree.
   *
   * @param name the file name
   * @param root the file's JSON tree
   */
  public record VectorFile(String name, JsonNode root) {}

  private final Path folder;
  /** Where test packs without a jar resource may lie: the conformance folder (its {@code packs/}). */
  private final Path packsRoot;
  private final Path repository;
  private final Map<String, Calculator> calculators;
  private final Schema schema;

  /**
   * @param folder      the folder holding the vector files and {@link #SCHEMA_FILE}
   * @param repository  the root of the source repository, against which {@code dataFiles} paths resolve
   * @param calculators vector file name → the calculator that runs it
   */
  ConformanceRunner(Path folder, Path repository, Map<String, Calculator> calculators) {
    this(folder, folder.resolve(SCHEMA_FILE), repository, calculators);
  }

  private ConformanceRunner(Path folder, Path schemaFile, Path repository, Map<String, Calculator> calculators) {
    this.folder = folder;
    this.packsRoot = schemaFile.getParent().getParent();
    this.repository = repository;
    this.calculators = Map.copyOf(calculators);
    this.schema = schema(schemaFile);
  }

  /**
   * {@return a runner over the sub-folder {@code name} of the conformance folder (a domain module's
   * vectors), checked against the one vector-file schema}
   *
   * @param name        the sub-folder, e.g. {@code energy}
   * @param calculators vector file name → the calculator that runs it
   */
  public static ConformanceRunner forFolder(String name, Map<String, Calculator> calculators) {
    Path root = folder();
    Path sub = root.resolve(name);
    assertTrue(Files.isDirectory(sub), "no folder " + sub);
    return new ConformanceRunner(sub, root.resolve(SCHEMA_FILE), root.getParent(), calculators);
  }

  /**
   * {@return the JSON tree of a file, read strictly}
   *
   * @param path the file
   * @throws IOException when it cannot be read or is not JSON
   */
  public static JsonNode read(Path path) throws IOException {
    return readTree(path);
  }

  /**
   * {@return the registry a vector group runs against: the standard packs, plus the group's test
   * packs {@code refs} (an array of {@code id@version}) read from the conformance folder and
   * installed on each call, so that a pack set the registry refuses is each test's error}
   * Each test pack must be listed in the file's {@code packs} and have a {@code dataFiles} entry of
   * kind {@code pack} whose file lies in the conformance folder.
   *
   * @param file the vector file
   * @param refs the group's {@code testPacks}, or a missing node for none
   */
  public static RulePackRegistry registryWithTestPacks(VectorFile file, JsonNode refs) {
    if (refs.isMissingNode()) {
      return RulePackRegistry.standard();
    }
    return registryWithTestPacks(file, refs, JurisdictionDirectory.standard());
  }

  /**
   * {@return the standard packs plus the group's test packs, as {@link #registryWithTestPacks(VectorFile,
   * JsonNode)}, over {@code directory}} For vectors whose test packs name a jurisdiction core's table does
   * not hold (a fictional area added to the directory by the group).
   *
   * @param file      the vector file
   * @param refs      the group's {@code testPacks}, or a missing node for none
   * @param directory the jurisdictions the registry resolves against
   */
  public static RulePackRegistry registryWithTestPacks(VectorFile file, JsonNode refs, JurisdictionDirectory directory) {
    Path folder = folder();
    List<String> listed = new ArrayList<>();
    file.root().path("packs").forEach(n -> listed.add(n.asText()));
    RulePackRegistry.Builder builder = RulePackRegistry.builder().jurisdictions(directory)
        .addClassPath(RulePackRegistry.class.getClassLoader());
    assertTrue(refs.isMissingNode() || refs.isArray(), "testPacks is an array of id@version: " + refs);
    for (JsonNode refNode : refs) {
      String ref = refNode.asText();
      assertTrue(listed.contains(ref), "test pack " + ref + " is not listed in packs");
      JsonNode entry = null;
      for (JsonNode e : file.root().path("dataFiles")) {
        if ("pack".equals(e.path("kind").asText()) && ref.equals(e.path("pack").asText())) {
          entry = e;
        }
      }
      assertTrue(entry != null, "test pack " + ref + " has no dataFiles entry");
      Path path = folder.getParent().resolve(entry.path("path").asText()).normalize();
      assertTrue(path.startsWith(folder), "test pack " + ref + " is not a file of the conformance folder: " + path);
      builder.add(RulePackReader.read(path));
    }
    return builder.build();
  }

  /**
   * {@return the tests of one vector file written on demand (the test kit's {@code VectorFiles}), at
   * any path: its schema, header and data-file checks and one test per vector, as for a file of the
   * conformance folder}
   *
   * @param file       the generated file
   * @param calculator the calculator that runs it, as in the module's conformance test
   */
  public static Stream<DynamicNode> generatedFile(Path file, Calculator calculator) {
    Path root = folder();
    String name = file.getFileName().toString();
    ConformanceRunner runner = new ConformanceRunner(file.toAbsolutePath().getParent(), root.resolve(SCHEMA_FILE),
        root.getParent(), Map.of(name, calculator));
    return Stream.of(runner.fileNode(name));
  }

  /** {@return the folder this runner reads} */
  public Path root() {
    return folder;
  }

  /** The conformance folder (see {@link SourceTree}), checked to hold {@link #SCHEMA_FILE}. */
  static Path folder() {
    Path path = SourceTree.conformance();
    assertTrue(Files.isRegularFile(path.resolve(SCHEMA_FILE)), "no " + SCHEMA_FILE + " in " + path);
    return path;
  }

  /** {@return the names of the {@code *.json} files directly in the folder, sorted} */
  public List<String> fileNames() {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return one container per vector file of the folder} */
  public Stream<DynamicNode> files() {
    return fileNames().stream().map(this::fileNode);
  }

  /**
   * {@return a first test that every vector file of the folder has a runner and every runner a file,
   * then one container per file} What a domain module's conformance test factory returns.
   */
  public Stream<DynamicNode> filesAndRunners() {
    List<String> files = fileNames();
    DynamicNode known = DynamicTest.dynamicTest("every vector file has a runner and every runner a file", () -> {
      Set<String> unknown = new TreeSet<>(files);
      unknown.removeAll(calculators.keySet());
      assertTrue(unknown.isEmpty(), "vector files the runner does not know: " + unknown);
      Set<String> missing = new TreeSet<>(calculators.keySet());
      files.forEach(missing::remove);
      assertTrue(missing.isEmpty(), "vector files missing from " + folder + ": " + missing);
    });
    return Stream.concat(Stream.of(known), files());
  }

  private DynamicNode fileNode(String name) {
    Path path = folder.resolve(name);
    JsonNode root;
    try {
      root = readTree(path);
    } catch (IOException | RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      return DynamicContainer.dynamicContainer(name, Stream.of(DynamicTest.dynamicTest(name + " is readable JSON",
          () -> fail(name + " is not readable JSON, so none of its vectors ran: " + reason, e))));
    }
    VectorFile file = new VectorFile(name, root);
    Calculator calculator = calculators.get(name);
    SchemaErrors errors = schemaErrors(root);
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest(name + " matches " + SCHEMA_FILE, () -> assertTrue(errors.outsideVectors().isEmpty(),
        () -> name + " breaks the vector-file schema outside its vectors: " + describe(errors.outsideVectors()))));
    tests.add(DynamicTest.dynamicTest(name + " header", () -> checkHeader(file, calculator)));
    tests.add(DynamicTest.dynamicTest(name + " data files", () -> checkDataFiles(file, calculator)));
    JsonNode groups = root.path("testGroups");
    for (int g = 0; g < groups.size(); g++) {
      JsonNode group = groups.get(g);
      JsonNode vectors = group.path("tests");
      for (int t = 0; t < vectors.size(); t++) {
        JsonNode test = vectors.get(t);
        String at = "/testGroups/" + g + "/tests/" + t;
        String display = name + "#" + test.path("id").asText("?") + " " + test.path("comment").asText("");
        List<Error> flagged = errors.inVector(g, t);
        tests.add(DynamicTest.dynamicTest(display, () -> {
          if (!flagged.isEmpty()) {
            fail(name + " " + at + " breaks the vector-file schema and was not run: " + describe(flagged));
          }
          if (calculator == null) {
            fail("no runner for " + name);
          }
          calculator.runner().run(file, group, test);
        }));
      }
    }
    return DynamicContainer.dynamicContainer(name, tests);
  }

  /** A file's schema errors: those inside vector {@code /testGroups/g/tests/t}, and the rest. */
  private record SchemaErrors(Map<List<Integer>, List<Error>> byVector, List<Error> outsideVectors) {
    List<Error> inVector(int group, int test) {
      return byVector.getOrDefault(List.of(group, test), List.of());
    }
  }

  private SchemaErrors schemaErrors(JsonNode root) {
    Map<List<Integer>, List<Error>> byVector = new LinkedHashMap<>();
    List<Error> outside = new ArrayList<>();
    for (Error e : schema.validate(root)) {
      NodePath at = e.getInstanceLocation();
      if (at.getNameCount() >= 4 && "testGroups".equals(at.getName(0)) && "tests".equals(at.getName(2))
          && at.getElement(1) instanceof Integer g && at.getElement(3) instanceof Integer t) {
        byVector.computeIfAbsent(List.of(g, t), k -> new ArrayList<>()).add(e);
      } else {
        outside.add(e);
      }
    }
    return new SchemaErrors(byVector, outside);
  }

  private static String describe(List<Error> errors) {
    return errors.stream().limit(ERRORS_SHOWN).map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.joining("; ")) + (errors.size() > ERRORS_SHOWN ? " (and more)" : "");
  }

  private static void checkHeader(VectorFile file, Calculator calculator) {
    JsonNode root = file.root();
    assertTrue(calculator != null, "no runner for " + file.name());
    assertEquals(calculator.name(), root.path("calculator").asText(), file.name() + ": calculator");
    int count = 0;
    Set<Integer> ids = new HashSet<>();
    Set<String> flagsUsed = new TreeSet<>();
    for (JsonNode group : root.path("testGroups")) {
      for (JsonNode test : group.path("tests")) {
        count++;
        int id = test.path("id").asInt();
        assertTrue(ids.add(id), file.name() + ": id " + id + " is used twice");
        test.path("flags").forEach(f -> flagsUsed.add(f.asText()));
      }
    }
    assertEquals(count, root.path("numberOfTests").asInt(), file.name() + ": numberOfTests");
    Set<String> notes = new TreeSet<>();
    root.path("notes").fieldNames().forEachRemaining(notes::add);
    assertEquals(notes, flagsUsed, file.name() + ": every flag used needs a note, and every note a use");
  }

  /**
   * Every entry of {@code dataFiles} names a file that exists in the repository and, under
   * {@code resource}, the same bytes on the test class path, or is a test pack in the conformance
   * folder (no {@code resource}) that reads as a valid rule-pack document; a pack file has the id@version its
   * entry and {@code packs} give; every pack in {@code packs} and every table the calculator reads
   * has an entry.
   */
  private void checkDataFiles(VectorFile file, Calculator calculator) throws IOException {
    assertTrue(calculator != null, "no runner for " + file.name());
    JsonNode root = file.root();
    JsonNode entries = root.path("dataFiles");
    assertTrue(entries.isArray(), file.name() + ": dataFiles is not an array");
    Set<String> packsNamed = new TreeSet<>();
    Set<String> tablesNamed = new TreeSet<>();
    for (JsonNode entry : entries) {
      String relative = entry.path("path").asText();
      String at = file.name() + ": dataFiles " + relative;
      Path path = repository.resolve(relative).normalize();
      assertTrue(path.startsWith(repository), at + " lies outside the repository");
      assertTrue(Files.isRegularFile(path), at + ": no such file " + path);
      String kind = entry.path("kind").asText();
      String resource = entry.path("resource").asText();
      if (entry.has("resource")) {
        assertEquals(calculator.artifact(), entry.path("artifact").asText(), at + ": artifact");
        assertArrayEquals(Files.readAllBytes(path), classPathResource(resource),
            at + ": the resource " + resource + " in the jar is not this file");
      } else {
        // A test pack shipped in the conformance folder itself, in no jar: a valid rule-pack document.
        assertEquals("pack", kind, at + ": only a pack may lack artifact and resource");
        assertTrue(path.startsWith(packsRoot), at + ": a pack without a resource must lie in " + packsRoot);
        RulePackReader.read(path);
      }
      switch (kind) {
        case "pack" -> {
          JsonNode pack = readTree(path);
          String ref = pack.path("id").asText() + "@" + pack.path("version").asText();
          assertEquals(entry.path("pack").asText(), ref, at + ": id@version of the pack file");
          assertTrue(packsNamed.add(ref), at + ": pack " + ref + " is named twice");
        }
        case "table", "schema" -> assertTrue(tablesNamed.add(resource), at + ": " + kind + " " + resource + " is named twice");
        default -> fail(at + ": unknown kind " + kind);
      }
    }
    Set<String> packs = new TreeSet<>();
    root.path("packs").forEach(p -> packs.add(p.asText()));
    assertEquals(packs, packsNamed,
        file.name() + ": every pack in packs needs a dataFiles entry of kind pack, and only those");
    assertEquals(new TreeSet<>(calculator.tables()), tablesNamed,
        file.name() + ": the tables " + calculator.name() + " reads need dataFiles entries of kind table, and only those");
  }

  private static byte[] classPathResource(String resource) throws IOException {
    try (InputStream in = ConformanceRunner.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, "no class-path resource " + resource);
      return in.readAllBytes();
    }
  }

  /** The JSON tree of a file, read strictly (a truncated or otherwise malformed file throws). */
  static JsonNode readTree(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      JsonNode tree = AnxiaoJson.strict().mapperCopy().readTree(in);
      if (tree == null || tree.isMissingNode()) {
        throw new IOException(path.getFileName() + " is empty");
      }
      return tree;
    }
  }

  /** The IRI of the wire format's shared definitions, which the vector-file schema refers to. */
  static final String COMMON_SCHEMA = "https://anxiao.org/schemas/common.schema.json";
  /** Where core's jar carries that schema. */
  static final String COMMON_SCHEMA_RESOURCE = "META-INF/anxiao/schemas/common.schema.json";

  /**
   * The vector-file schema, compiled, with the wire format's {@code common.schema.json} read from
   * core's class path; refs to any other IRI are not resolved (nothing is fetched).
   */
  static Schema schema(Path path) {
    try {
      String text = Files.readString(path);
      String id = readTree(path).path("$id").asText();
      assertFalse(id.isEmpty(), path + " has no $id");
      String common;
      try (InputStream in = ConformanceRunner.class.getClassLoader().getResourceAsStream(COMMON_SCHEMA_RESOURCE)) {
        assertNotNull(in, COMMON_SCHEMA_RESOURCE + " is not on the class path");
        common = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemas(iri -> id.equals(iri) ? text : COMMON_SCHEMA.equals(iri) ? common : null));
      return registry.getSchema(SchemaLocation.of(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
