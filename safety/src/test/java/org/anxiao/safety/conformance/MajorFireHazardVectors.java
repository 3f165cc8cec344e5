package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.safety.fire.Exclusion;
import org.anxiao.safety.fire.HazardCase;
import org.anxiao.safety.fire.HazardElement;
import org.anxiao.safety.fire.MajorFireHazardDetermination;
import org.anxiao.safety.fire.MajorFireHazards;
import org.anxiao.safety.fire.PremisesType;
import org.anxiao.safety.fire.RuleCount;

/**
 * Runs {@code conformance/safety/major-fire-hazard.json}: the GB 35181 determination of one
 * building on a date under a verification policy (SPEC.md §17).
 */
final class MajorFireHazardVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.major-fire-hazard", MajorFireHazardVectors::run,
      Set.of(), SafetyConformanceTest.SAFETY_ARTIFACT);

  private MajorFireHazardVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    List<String> packs = texts(file.root().path("packs"));
    VectorOutcomes.expect(test, () -> determine(group.path("parameters"), input),
        (MajorFireHazardDetermination d, JsonNode expected) -> check(d, expected, packs));
  }

  private static MajorFireHazardDetermination determine(JsonNode parameters, JsonNode input) {
    VerificationPolicy policy = switch (input.path("policy").asText()) {
      case "DEFAULT" -> VerificationPolicy.DEFAULT;
      case "ALLOW_UNVERIFIED" -> VerificationPolicy.ALLOW_UNVERIFIED;
      case "OFFICIAL_TEXT" -> VerificationPolicy.OFFICIAL_ONLY;
      default -> throw new AssertionError("unknown input.policy " + input.path("policy"));
    };
    RuleContext context = RuleContext.standard(JurisdictionCode.of(parameters.path("jurisdiction").asText()),
        LocalDate.parse(input.path("date").asText())).withPolicy(policy);
    Building building = Building.builder()
        .id("conformance-building")
        .name("conformance building")
        .use(BuildingUse.valueOf(input.path("use").asText()))
        .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER))
        .crowdedPlace(input.path("crowdedPlace").asBoolean())
        .build();
    Set<PremisesType> declared = EnumSet.noneOf(PremisesType.class);
    input.path("declaredPremises").forEach(t -> declared.add(PremisesType.valueOf(t.asText())));
    HazardCase hazardCase = new HazardCase(building, declared, texts(input.path("elements")),
        texts(input.path("exclusions")));
    return MajorFireHazards.in(context).determine(hazardCase);
  }

  private static void check(MajorFireHazardDetermination d, JsonNode expected, List<String> packs) {
    assertEquals(expected.path("edition").asText(), d.edition(), "edition");
    assertEquals(expected.path("outcome").asText(), d.outcome().name(), "outcome");
    assertEquals(texts(expected.path("premises")), d.premises().stream().map(Enum::name).toList(), "premises");
    assertEquals(texts(expected.path("directElements")), d.directElements().stream().map(HazardElement::id).toList(),
        "directElements");
    assertEquals(texts(expected.path("exclusions")), d.exclusions().stream().map(Exclusion::code).toList(), "exclusions");
    JsonNode counts = expected.path("counts");
    assertEquals(counts.size(), d.counts().size(), "counts: one per counting rule of the edition");
    for (int i = 0; i < counts.size(); i++) {
      RuleCount c = d.counts().get(i);
      JsonNode want = counts.get(i);
      assertEquals(want.path("parameter").asText(), c.parameter(), "counts[" + i + "].parameter");
      assertEquals(want.path("status").asText(), c.status().name(), "counts[" + i + "].status");
      assertEquals(texts(want.path("counted")), c.counted(), "counts[" + i + "].counted");
    }
    assertEquals(expected.path("notMajorOnlyBecauseUnverifiedRulesSkipped").asBoolean(),
        d.notMajorOnlyBecauseUnverifiedRulesSkipped(), "notMajorOnlyBecauseUnverifiedRulesSkipped");
    assertEquals(expected.path("catalogueComplete").asBoolean(), d.catalogueComplete(), "catalogueComplete");
    assertEquals(texts(expected.path("findings")), d.findings().stream().map(f -> f.code().toString()).toList(),
        "findings");
    for (AppliedRule rule : d.rules()) {
      assertTrue(packs.contains(rule.pack().toString()), "rule from a pack the file does not list: " + rule.pack());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
