package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.anxiao.core.testkit.vector.UnitConversionFamily;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorFiles;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors on demand for core: 1,000 vectors of {@code core.units} from a fixed seed are the same
 * bytes twice, another seed writes other bytes, and the file passes the schema, header and
 * data-file checks and core's own {@code units.json} runner on every vector.
 */
class UnitsOnDemandTest {
  private static final long SEED = 20_261_201L;
  private static final int COUNT = 1_000;

  @Test
  void foundByFamilies() {
    VectorFamily family = VectorFiles.families().get("core.units");
    assertInstanceOf(UnitConversionFamily.class, family);
    assertTrue("anxiao.core.units".equals(family.calculator()));
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    VectorFamily family = VectorFiles.family("core.units");
    byte[] first = VectorFiles.write(family, SEED, COUNT);
    byte[] second = VectorFiles.write(family, SEED, COUNT);
    assertArrayEquals(first, second);
    assertFalse(Arrays.equals(first, VectorFiles.write(family, SEED + 1, COUNT)));
  }

  @TestFactory
  Stream<DynamicNode> everyGeneratedVectorPassesCoresRunner(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("units-generated.json");
    Files.write(file, VectorFiles.write(VectorFiles.family("core.units"), SEED, COUNT));
    return ConformanceRunner.generatedFile(file, ConformanceVectorsTest.CALCULATORS.get("units.json"));
  }
}
