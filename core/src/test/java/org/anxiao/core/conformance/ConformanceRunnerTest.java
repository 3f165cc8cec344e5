package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner over a folder made for the purpose: a good vector file, a truncated one, and one with a
 * vector whose {@code input} is {@code null} and one whose {@code expectedError} is no error code.
 * The truncated file is one failure, the flawed vectors are failures that never reach the
 * calculator, and everything else runs and passes.
 */
class ConformanceRunnerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The periods file's vectors, at /testGroups/0/tests/0 (id 1) and /testGroups/0/tests/23 (id 24, an error vector). */
  private static final int NULL_INPUT_ID = 1;
  private static final int BAD_CODE_ID = 24;

  @TempDir
  Path folder;

  private final Set<String> ran = new TreeSet<>();
  private final Map<String, Throwable> failures = new LinkedHashMap<>();
  private final List<String> passed = new ArrayList<>();
  private int vectorsInPeriods;

  @BeforeEach
  void makeFolder() throws IOException {
    Path real = ConformanceRunner.folder();
    Files.createDirectories(folder.resolve("schema"));
    Files.copy(real.resolve(ConformanceRunner.SCHEMA_FILE), folder.resolve(ConformanceRunner.SCHEMA_FILE));
    byte[] periods = Files.readAllBytes(real.resolve("periods.json"));
    Files.write(folder.resolve("good.json"), periods);
    Files.write(folder.resolve("truncated.json"), java.util.Arrays.copyOf(periods, periods.length / 2));
    ObjectNode flawed = (ObjectNode) JSON.readTree(periods);
    JsonNode tests = flawed.at("/testGroups/0/tests");
    ObjectNode nullInput = (ObjectNode) tests.get(0);
    ObjectNode badCode = (ObjectNode) tests.get(23);
    assertEquals(NULL_INPUT_ID, nullInput.path("id").asInt());
    assertEquals(BAD_CODE_ID, badCode.path("id").asInt());
    assertEquals("INVALID_VALUE", badCode.path("expectedError").asText());
    nullInput.putNull("input");
    badCode.put("expectedError", "NOT_A_CODE");
    Files.writeString(folder.resolve("flawed.json"), JSON.writeValueAsString(flawed));
    vectorsInPeriods = flawed.path("numberOfTests").asInt();
    assertTrue(vectorsInPeriods > 2);
  }

  private ConformanceRunner runner() {
    Calculator periods = ConformanceVectorsTest.CALCULATORS.get("periods.json");
    Calculator counting = new Calculator(periods.name(), (file, group, test) -> {
      ran.add(file.name() + "#" + test.path("id").asInt());
      periods.runner().run(file, group, test);
    }, periods.tables(), periods.artifact());
    Path repository = ConformanceRunner.folder().getParent();
    return new ConformanceRunner(folder, repository,
        Map.of("good.json", counting, "truncated.json", counting, "flawed.json", counting));
  }

  @Test
  void eachBrokenFileAndVectorFailsAloneAndTheRestRuns() {
    List<DynamicNode> files = runner().files().toList();
    assertEquals(List.of("flawed.json", "good.json", "truncated.json"),
        files.stream().map(DynamicNode::getDisplayName).toList());
    files.forEach(node -> execute(node, ""));

    // The truncated file: one test, failed; nothing of it ran.
    List<String> truncated = failures.keySet().stream().filter(k -> k.startsWith("truncated.json/")).toList();
    assertEquals(1, truncated.size(), () -> "failures of the truncated file: " + truncated);
    assertTrue(failures.get(truncated.get(0)).getMessage().contains("not readable JSON"),
        failures.get(truncated.get(0)).getMessage());
    assertTrue(passed.stream().noneMatch(k -> k.startsWith("truncated.json/")));
    assertTrue(ran.stream().noneMatch(k -> k.startsWith("truncated.json#")));

    // The flawed file: the two flawed vectors fail on the schema and never reach the calculator.
    List<String> flawed = failures.keySet().stream().filter(k -> k.startsWith("flawed.json/")).toList();
    assertEquals(2, flawed.size(), () -> "failures of the flawed file: " + failures);
    assertTrue(flawed.get(0).startsWith("flawed.json/flawed.json#" + NULL_INPUT_ID + " "), flawed.get(0));
    assertTrue(flawed.get(1).startsWith("flawed.json/flawed.json#" + BAD_CODE_ID + " "), flawed.get(1));
    for (String key : flawed) {
      String message = failures.get(key).getMessage();
      assertTrue(message.contains("breaks the vector-file schema and was not run"), message);
    }
    assertTrue(failures.get(flawed.get(0)).getMessage().contains("/input"), failures.get(flawed.get(0)).getMessage());
    assertTrue(failures.get(flawed.get(1)).getMessage().contains("/expectedError"),
        failures.get(flawed.get(1)).getMessage());
    assertFalse(ran.contains("flawed.json#" + NULL_INPUT_ID));
    assertFalse(ran.contains("flawed.json#" + BAD_CODE_ID));
    // Its other vectors and its file checks ran and passed.
    assertEquals(vectorsInPeriods - 2, ran.stream().filter(k -> k.startsWith("flawed.json#")).count());
    assertEquals(3 + vectorsInPeriods - 2, passed.stream().filter(k -> k.startsWith("flawed.json/")).count());

    // The good file: everything ran and passed.
    assertEquals(vectorsInPeriods, ran.stream().filter(k -> k.startsWith("good.json#")).count());
    assertEquals(3 + vectorsInPeriods, passed.stream().filter(k -> k.startsWith("good.json/")).count());
    assertEquals(3, failures.size(), () -> "failures: " + failures.keySet());
  }

  @Test
  void aVectorFileThatIsNotAnObjectFailsItsChecksButNotTheRun() throws IOException {
    Files.delete(folder.resolve("truncated.json"));
    Files.delete(folder.resolve("flawed.json"));
    Files.writeString(folder.resolve("flawed.json"), "[1, 2]");
    runner().files().forEach(node -> execute(node, ""));
    assertTrue(failures.keySet().stream().allMatch(k -> k.startsWith("flawed.json/")), () -> failures.keySet().toString());
    assertTrue(failures.containsKey("flawed.json/flawed.json matches " + ConformanceRunner.SCHEMA_FILE),
        () -> failures.keySet().toString());
    assertEquals(vectorsInPeriods, ran.size());
  }

  @Test
  void aPackWithoutAResourceMustBeATestPackOfTheFolder() throws IOException {
    Files.delete(folder.resolve("truncated.json"));
    Files.delete(folder.resolve("flawed.json"));
    Files.delete(folder.resolve("good.json"));
    ObjectNode crowded = (ObjectNode) JSON.readTree(ConformanceRunner.folder().resolve("crowded-places.json").toFile());
    Files.writeString(folder.resolve("crowded.json"), JSON.writeValueAsString(crowded));
    // crowded.json: the real entries, but in a folder that is not conformance/, so its test packs lie outside it.
    // table.json: in addition, a table entry without artifact and resource.
    ObjectNode table = (ObjectNode) crowded.path("dataFiles").get(crowded.path("dataFiles").size() - 1);
    assertEquals("table", table.path("kind").asText());
    table.remove("resource");
    table.remove("artifact");
    // Checked first: before the test packs, which lie outside this folder too.
    ((com.fasterxml.jackson.databind.node.ArrayNode) crowded.path("dataFiles")).remove(crowded.path("dataFiles").size() - 1);
    ((com.fasterxml.jackson.databind.node.ArrayNode) crowded.path("dataFiles")).insert(0, table);
    Files.writeString(folder.resolve("table.json"), JSON.writeValueAsString(crowded));
    Calculator real = ConformanceVectorsTest.CALCULATORS.get("crowded-places.json");
    ConformanceRunner runner = new ConformanceRunner(folder, ConformanceRunner.folder().getParent(),
        Map.of("crowded.json", real, "table.json", real));
    runner.files().forEach(node -> execute(node, ""));
    Throwable packs = failures.get("crowded.json/crowded.json data files");
    assertTrue(packs != null && packs.getMessage().contains("a pack without a resource must lie in"),
        () -> "failures: " + failures.keySet());
    Throwable tables = failures.get("table.json/table.json data files");
    assertTrue(tables != null && tables.getMessage().contains("only a pack may lack artifact and resource"),
        () -> "failures: " + failures.keySet());
    // The vectors themselves still run, against the real folder's packs.
    assertTrue(passed.stream().filter(k -> k.startsWith("crowded.json/crowded.json#")).count()
        == crowded.path("numberOfTests").asInt(), () -> "failures: " + failures.keySet());
  }

  /** Runs a dynamic node the way the engine would, recording each test's outcome under its path. */
  private void execute(DynamicNode node, String parent) {
    String path = parent.isEmpty() ? node.getDisplayName() : parent + "/" + node.getDisplayName();
    if (node instanceof DynamicContainer container) {
      container.getChildren().forEach(child -> execute(child, path));
    } else if (node instanceof DynamicTest test) {
      try {
        test.getExecutable().execute();
        passed.add(path);
      } catch (Throwable t) {
        failures.put(path, t);
      }
    }
  }
}
