package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.safety.chemical.ChemicalStorage;
import org.anxiao.safety.chemical.StorageCheck;
import org.anxiao.safety.chemical.StorageLayout;

/**
 * Runs {@code conformance/safety/chemical-storage.json}: the storage check of one room. Input
 * {@code layout} (the wire form of {@link StorageLayout}); expected {@code findings} (each
 * {@code "code subject"}, in order), {@code compatibilityChecked} and {@code skipped}. The context is
 * the group's ({@link VectorOutcomes#context}).
 */
final class ChemicalStorageVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.chemical-storage", ChemicalStorageVectors::run,
      Set.of(), SafetyConformanceTest.SAFETY_ARTIFACT);

  private ChemicalStorageVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      ChemicalStorage storage = ChemicalStorage.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, storage.packs());
      return storage.check(VectorOutcomes.bind(test.path("input").path("layout"), StorageLayout.class));
    }, (StorageCheck c, JsonNode expected) -> {
      assertEquals(VectorOutcomes.texts(expected.path("findings")),
          c.findings().stream().map(f -> f.code() + " " + f.subject().id()).toList(), "findings");
      assertEquals(expected.path("compatibilityChecked").asBoolean(), c.compatibilityChecked(), "compatibilityChecked");
      assertEquals(VectorOutcomes.texts(expected.path("skipped")),
          c.skipped().stream().map(r -> r.pack() + "/" + r.parameter()).toList(), "skipped");
    });
  }
}
