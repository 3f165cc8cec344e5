package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CarrierLine;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;

/** Runs {@code conformance/energy/coal-equivalent.json}: consumptions → kgce by carrier and in total. */
final class CoalEquivalentVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.energy.coal-equivalent", CoalEquivalentVectors::run,
      Set.of(), EnergyConformanceTest.ENERGY_ARTIFACT);

  private CoalEquivalentVectors() {}

  /** The context a vector's input names: jurisdiction, date and policy, over the standard registry. */
  static RuleContext context(JsonNode input) {
    RuleContext context = RuleContext.of(RulePackRegistry.standard(), JurisdictionCode.of(input.path("jurisdiction").asText()),
        LocalDate.parse(input.path("date").asText()));
    return switch (input.path("policy").asText("DEFAULT")) {
      case "DEFAULT" -> context;
      case "ALLOW_UNVERIFIED" -> context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
      case "OFFICIAL_ONLY" -> context.withPolicy(VerificationPolicy.OFFICIAL_ONLY);
      default -> throw new AssertionError("unknown policy " + input.path("policy"));
    };
  }

  static List<Consumption> consumptions(JsonNode array) {
    List<Consumption> out = new ArrayList<>();
    array.forEach(c -> out.add(Vectors.bind(c, Consumption.class)));
    return out;
  }

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    Vectors.expect(test, () -> CoalEquivalents.in(context(input)).convert(Subject.of(SubjectKind.SCHOOL, "conformance"),
        Period.parse(input.path("period").asText()), consumptions(input.path("consumptions")),
        ElectricityBasis.valueOf(input.path("basis").asText())), CoalEquivalentVectors::check);
  }

  private static void check(CoalEquivalentResult result, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    Vectors.assertRounded("totalKgce", expected.path("totalKgce"), result.totalKgce(), decimals);
    JsonNode lines = expected.path("lines");
    assertEquals(lines.size(), result.lines().size(), "number of lines");
    for (Map.Entry<String, JsonNode> e : lines.properties()) {
      CarrierLine line = result.line(Carrier.valueOf(e.getKey())).orElseThrow(() -> new AssertionError("no line " + e.getKey()));
      Vectors.assertRounded(e.getKey() + ".kgce", e.getValue().path("kgce"), line.kgce(), decimals);
      assertEquals(e.getValue().path("counted").asBoolean(), line.counted(), e.getKey() + ".counted");
    }
    List<String> used = new ArrayList<>();
    result.rulesApplied().forEach(r -> used.add(r.pack() + "/" + r.parameter()));
    List<String> want = new ArrayList<>();
    expected.path("rules").forEach(r -> want.add(r.asText()));
    assertTrue(expected.has("rules"), "expected.rules is required");
    assertEquals(want, used, "rule values used, in order");
  }
}
