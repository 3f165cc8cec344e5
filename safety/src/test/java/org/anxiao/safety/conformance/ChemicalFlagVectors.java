package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.safety.chemical.CasNumber;
import org.anxiao.safety.chemical.ChemicalFlags;
import org.anxiao.safety.chemical.ChemicalRegistry;
import org.anxiao.safety.chemical.PrecursorCategory;

/**
 * Runs {@code conformance/safety/chemical-flags.json}: the control-list flags of a chemical. Input
 * {@code cas} and optionally {@code concentration} (decimal string, %); expected {@code precursor},
 * {@code category} (when listed), {@code explosivePrecursor}, {@code highlyToxic}, {@code skipped} and
 * {@code rules}. The context is the group's ({@link VectorOutcomes#context}).
 */
final class ChemicalFlagVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.chemical-flags", ChemicalFlagVectors::run,
      Set.of(), SafetyConformanceTest.SAFETY_ARTIFACT);

  private ChemicalFlagVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      ChemicalRegistry registry = ChemicalRegistry.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, registry.packs());
      Optional<BigDecimal> concentration = input.has("concentration")
          ? Optional.of(AnxiaoUnits.decimal(input.path("concentration").asText())) : Optional.empty();
      return registry.flags(CasNumber.of(input.path("cas").asText()), concentration);
    }, (ChemicalFlags f, JsonNode expected) -> {
      assertEquals(expected.path("precursor").asText(), f.precursor().name(), "precursor");
      assertEquals(expected.has("category") ? Optional.of(expected.path("category").asInt()) : Optional.empty(),
          f.precursorCategory().map(PrecursorCategory::number), "category");
      assertEquals(expected.path("explosivePrecursor").asText(), f.explosivePrecursor().name(), "explosivePrecursor");
      assertEquals(expected.path("highlyToxic").asText(), f.highlyToxic().name(), "highlyToxic");
      assertEquals(VectorOutcomes.texts(expected.path("skipped")),
          f.skipped().stream().map(r -> r.pack() + "/" + r.parameter()).toList(), "skipped");
      VectorOutcomes.checkRules(expected, f.rules());
    });
  }
}
