package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorFiles;
import org.anxiao.energy.testkit.CoalEquivalentFamily;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors on demand for {@code energy.coal-equivalent}: 1,000 generated vectors are reproducible
 * byte for byte from their seed, another seed gives another file, and the file passes the schema,
 * header and data-file checks and {@link CoalEquivalentVectors} on every vector.
 */
class CoalEquivalentOnDemandTest {
  private static final long SEED = 20_261_201L;
  private static final int COUNT = 1_000;

  @TempDir
  Path dir;

  @Test
  void theFamilyIsFoundByTheServiceLoader() {
    VectorFamily family = VectorFiles.families().get("energy.coal-equivalent");
    assertInstanceOf(CoalEquivalentFamily.class, family);
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
    VectorFamily family = new CoalEquivalentFamily();
    byte[] once = VectorFiles.write(family, SEED, COUNT);
    byte[] twice = VectorFiles.write(family, SEED, COUNT);
    assertArrayEquals(once, twice);
    assertFalse(Arrays.equals(once, VectorFiles.write(family, SEED + 1, COUNT)));
  }

  @TestFactory
  Stream<DynamicNode> aThousandGeneratedVectorsPassTheRunner() throws IOException {
    Path file = dir.resolve("coal-equivalent.generated.json");
    Files.write(file, VectorFiles.write(new CoalEquivalentFamily(), SEED, COUNT));
    assertTrue(Files.size(file) > 0);
    return ConformanceRunner.generatedFile(file, CoalEquivalentVectors.CALCULATOR);
  }
}
