package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.measure.Quantity;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.IntensityKind;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;

/** Runs {@code conformance/energy/intensity.json}: totals and dated denominators → intensities, one subject or a roll-up. */
final class IntensityVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.energy.intensity", IntensityVectors::run, Set.of(),
      EnergyConformanceTest.ENERGY_ARTIFACT);

  private IntensityVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    String check = group.path("parameters").path("check").asText();
    Vectors.expect(test, () -> switch (check) {
      case "intensity" -> one(input, Subject.of(SubjectKind.SCHOOL, "conformance"), input);
      case "rollUp" -> rollUp(input);
      default -> throw new AssertionError("unknown check " + check);
    }, IntensityVectors::verify);
  }

  /** One subject: {@code part} holds basis, consumptions and denominators; {@code input} the context and period. */
  private static IntensityResult one(JsonNode input, Subject subject, JsonNode part) {
    Period period = Period.parse(input.path("period").asText());
    Optional<CoalEquivalentResult> energy = part.path("consumptions").isEmpty() ? Optional.empty()
        : Optional.of(CoalEquivalents.in(CoalEquivalentVectors.context(input)).convert(subject, period,
            CoalEquivalentVectors.consumptions(part.path("consumptions")), ElectricityBasis.valueOf(part.path("basis").asText())));
    Optional<Quantity<CarbonMass>> carbon = input.has("carbon")
        ? Optional.of(Vectors.bind(input.path("carbon"), Measure.class).toQuantity(CarbonMass.class)) : Optional.empty();
    return Intensities.create().calculate(subject, period, energy, CoalEquivalentVectors.consumptions(part.path("water")),
        carbon, Vectors.bind(part.path("denominators"), Denominators.class),
        PopulationBasis.valueOf(input.path("populationBasis").asText()));
  }

  private static IntensityResult rollUp(JsonNode input) {
    List<IntensityResult> parts = new ArrayList<>();
    input.path("schools").forEach(s -> parts.add(one(input, Subject.of(SubjectKind.SCHOOL, s.path("subject").asText()), s)));
    return Intensities.create().rollUp(Subject.of(SubjectKind.JURISDICTION, "conformance"), parts);
  }

  private static void verify(IntensityResult result, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    assertEquals(expected.path("electricityBasis").asText(null), result.electricityBasis().map(Enum::name).orElse(null),
        "electricityBasis");
    total("energyKgce", expected, result.energyKgce(), decimals);
    total("waterM3", expected, result.waterM3(), decimals);
    total("carbonKgCO2e", expected, result.carbonKgCO2e(), decimals);
    Vectors.assertRounded("averages.floorArea", expected.path("averages").path("floorArea"), result.averages().floorArea(),
        decimals);
    Vectors.assertRounded("averages.population", expected.path("averages").path("population"),
        result.averages().population(), decimals);
    JsonNode intensities = expected.path("intensities");
    assertEquals(intensities.size(), result.intensities().size(), "number of intensities");
    for (Map.Entry<String, JsonNode> e : intensities.properties()) {
      OptionalDouble v = result.value(IntensityKind.valueOf(e.getKey()));
      assertTrue(v.isPresent(), "no intensity " + e.getKey());
      Vectors.assertRounded(e.getKey(), e.getValue(), v.getAsDouble(), decimals);
    }
    assertTrue(expected.has("rules"), "expected.rules is required");
    List<String> want = new ArrayList<>();
    expected.path("rules").forEach(r -> want.add(r.asText()));
    assertEquals(want, result.rulesApplied().stream().map(r -> r.pack() + "/" + r.parameter()).toList(), "rules");
  }

  private static void total(String name, JsonNode expected, OptionalDouble actual, int decimals) {
    assertEquals(expected.has(name), actual.isPresent(), name + " present");
    if (actual.isPresent()) {
      Vectors.assertRounded(name, expected.path(name), actual.getAsDouble(), decimals);
    }
  }
}
