package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.testkit.vector.VectorFamily;
import org.anxiao.core.testkit.vector.VectorFiles;
import org.anxiao.safety.testkit.LecVectorFamily;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors on demand for the family {@code safety.lec}: 1,000 vectors from a fixed seed, the same bytes
 * on a second write, other bytes from another seed, and the written file passing the conformance
 * runner of {@code lec.json} (schema, generated header, data files and every vector).
 */
class LecOnDemandTest {
  private static final long SEED = 20_260_301L;
  private static final int COUNT = 1_000;

  @Test
  void theFamilyIsFoundOnTheClassPath() {
    assertInstanceOf(LecVectorFamily.class, VectorFiles.families().get("safety.lec"));
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() {
    VectorFamily family = VectorFiles.family("safety.lec");
    byte[] once = VectorFiles.write(family, SEED, COUNT);
    assertArrayEquals(once, VectorFiles.write(family, SEED, COUNT));
    assertFalse(Arrays.equals(once, VectorFiles.write(family, SEED + 1, COUNT)));
  }

  @TestFactory
  Stream<DynamicNode> aThousandGeneratedVectorsPassTheRunner(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lec-generated.json");
    Files.write(file, VectorFiles.write(VectorFiles.family("safety.lec"), SEED, COUNT));
    return ConformanceRunner.generatedFile(file, LecVectors.CALCULATOR);
  }
}
