package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorFiles;
import org.anxiao.logistics.testkit.CanteenAccountingDefaultPolicyFamily;
import org.anxiao.logistics.testkit.CanteenAccountingFamily;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors on demand of {@code logistics.canteen-accounting} (and its default-policy twin): 1,000 vectors from a
 * fixed seed are the same bytes twice, another seed gives other bytes, and the written file passes the
 * conformance runner of {@code anxiao.logistics.canteen-accounting} (schema, header, data files, every vector).
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
  void theVectorsCoverThresholdsDeficitsPriceChangesAndErrors() {
    String allow = new String(VectorFiles.write(new CanteenAccountingFamily(), SEED, COUNT), StandardCharsets.UTF_8);
    for (String code : List.of("SURPLUS_ABOVE_MAX", "INGREDIENT_SHARE_BELOW_MIN", "PRICE_CHANGE_ABOVE_MAX", "DEFICIT",
        "\"expectedError\" : \"INVALID_VALUE\"", "\"basis\" : \"STANDARD_PRICE\"", "\"basis\" : \"AVERAGE_MEAL_FEE\"")) {
      assertTrue(allow.contains(code), code);
    }
    String standard = new String(VectorFiles.write(new CanteenAccountingDefaultPolicyFamily(), SEED, COUNT),
        StandardCharsets.UTF_8);
    assertTrue(standard.contains("LOGISTICS.CANTEEN.NOT_CHECKED") && standard.contains("DEPRECIATION_ASSUMED"));
    assertFalse(standard.contains("SURPLUS_ABOVE_MAX"));
  }

  @Test
  void bothFamiliesAreFound() {
    assertInstanceOf(CanteenAccountingFamily.class, VectorFiles.families().get("logistics.canteen-accounting"));
    assertInstanceOf(CanteenAccountingDefaultPolicyFamily.class,
        VectorFiles.families().get("logistics.canteen-accounting.default-policy"));
  }

  @TestFactory
  Stream<DynamicNode> thousandVectorsPassTheRunner(@TempDir Path dir) throws IOException {
    return written(dir.resolve("allow"), new CanteenAccountingFamily());
  }

  @TestFactory
  Stream<DynamicNode> thousandVectorsUnderTheDefaultPolicyPassTheRunner(@TempDir Path dir) throws IOException {
    return written(dir.resolve("default"), new CanteenAccountingDefaultPolicyFamily());
  }

  private static Stream<DynamicNode> written(Path dir, VectorFamily family) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("canteen-accounting.json");
    Files.write(file, VectorFiles.write(family, SEED, COUNT));
    assertTrue(Files.size(file) > 0);
    return ConformanceRunner.generatedFile(file, CanteenAccountingVectors.CALCULATOR);
  }
}
