package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorFiles;
import org.anxiao.logistics.testkit.CanteenAccountingFamily;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors on demand of {@code logistics.canteen-accounting}: 1,000 vectors from a fixed seed — 500 in a group under
 * the default policy, 500 under {@code ALLOW_UNVERIFIED} — are the same bytes twice, another seed gives other bytes,
 * and the written file passes the conformance runner of {@code anxiao.logistics.canteen-accounting} (schema, header,
 * data files, every vector).
 */
class CanteenAccountingOnDemandTest {
  private static final long SEED = 20_241_201L;
  private static final int COUNT = 1_000;

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
    VectorFamily family = new CanteenAccountingFamily();
    byte[] first = VectorFiles.write(family, SEED, COUNT);
    assertArrayEquals(first, VectorFiles.write(family, SEED, COUNT));
    assertFalse(Arrays.equals(first, VectorFiles.write(family, SEED + 1, COUNT)));
  }

  @Test
  void eachPolicyGroupCoversWhatItShould() throws IOException {
    JsonNode file = ConformanceRunner.read(writtenFile(Files.createTempDirectory("canteen-groups")));
    JsonNode groups = file.path("testGroups");
    assertEquals(2, groups.size());
    assertEquals("DEFAULT", groups.get(0).path("parameters").path("policy").asText());
    assertEquals("ALLOW_UNVERIFIED", groups.get(1).path("parameters").path("policy").asText());
    assertEquals(COUNT / 2, groups.get(0).path("tests").size());
    assertEquals(COUNT / 2, groups.get(1).path("tests").size());
    String standard = groups.get(0).toString();
    assertTrue(standard.contains("LOGISTICS.CANTEEN.NOT_CHECKED") && standard.contains("DEPRECIATION_ASSUMED"));
    assertFalse(standard.contains("SURPLUS_ABOVE_MAX"));
    String allow = groups.get(1).toString();
    for (String code : List.of("SURPLUS_ABOVE_MAX", "INGREDIENT_SHARE_BELOW_MIN", "PRICE_CHANGE_ABOVE_MAX", "DEFICIT",
        "\"expectedError\":\"INVALID_VALUE\"", "\"basis\":\"STANDARD_PRICE\"", "\"basis\":\"AVERAGE_MEAL_FEE\"")) {
      assertTrue(allow.contains(code), code);
    }
  }

  @Test
  void theFamilyIsFound() {
    assertInstanceOf(CanteenAccountingFamily.class, VectorFiles.families().get("logistics.canteen-accounting"));
  }

  @TestFactory
  Stream<DynamicNode> thousandVectorsPassTheRunner(@TempDir Path dir) throws IOException {
    return ConformanceRunner.generatedFile(writtenFile(dir), CanteenAccountingVectors.CALCULATOR);
  }

  private static Path writtenFile(Path dir) throws IOException {
    Path file = dir.resolve("canteen-accounting.json");
    Files.write(file, VectorFiles.write(new CanteenAccountingFamily(), SEED, COUNT));
    return file;
  }
}
