package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.safety.hazard.HazardCheck;
import org.anxiao.safety.hazard.HazardCheckResult;
import org.anxiao.safety.hazard.HazardChecks;
import org.anxiao.safety.hazard.HazardRegister;
import org.anxiao.safety.hazard.HazardStatus;

/**
 * Runs {@code conformance/safety/hazard-checks.json}: binds the register, resolves
 * {@link HazardChecks} for the input's jurisdiction and date, checks it on {@code asOf}, and compares
 * each hazard's status, the finding codes and the rule values read.
 */
final class HazardCheckVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.hazard-checks", HazardCheckVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);

  private HazardCheckVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> check(input), HazardCheckVectors::compare);
  }

  private static HazardCheckResult check(JsonNode input) {
    RuleContext context = RuleContext.standard(JurisdictionCode.of(input.path("jurisdiction").asText()),
        LocalDate.parse(input.path("date").asText()));
    HazardRegister register = VectorOutcomes.bind(input.path("register"), HazardRegister.class);
    return HazardChecks.in(context).check(register, LocalDate.parse(input.path("asOf").asText()));
  }

  private static void compare(HazardCheckResult r, JsonNode expected) {
    JsonNode hazards = expected.path("hazards");
    assertEquals(hazards.size(), r.hazards().size(), "hazards");
    for (int i = 0; i < hazards.size(); i++) {
      JsonNode want = hazards.get(i);
      HazardCheck got = r.hazards().get(i);
      HazardStatus s = got.status();
      String at = "hazards[" + i + "].";
      assertEquals(want.path("id").asText(), got.hazardId(), at + "id");
      assertEquals(want.path("state").asText(), s.state().name(), at + "state");
      assertEquals(text(want.path("outcome")), s.outcome().map(Enum::name), at + "outcome");
      assertEquals(want.path("overdue").asBoolean(), got.overdue(), at + "overdue");
      assertEquals(text(want.path("deadline")), s.deadline().map(LocalDate::toString), at + "deadline");
      assertEquals(text(want.path("closedDate")), s.closedDate().map(LocalDate::toString), at + "closedDate");
      assertEquals(want.path("hardToResolve").asBoolean(), s.hardToResolve(), at + "hardToResolve");
      assertEquals(want.path("planRequired").asBoolean(), got.planRequired(), at + "planRequired");
      assertEquals(strings(want.path("missing")), got.missing().stream().map(Enum::name).toList(), at + "missing");
    }
    assertEquals(strings(expected.path("findings")), r.findings().stream().map(f -> f.code().value()).toList(), "findings");
    assertEquals(strings(expected.path("rules")),
        r.rulesApplied().stream().map(a -> a.pack().id() + "@" + a.pack().version() + "/" + a.parameter()).toList(), "rules");
  }

  private static Optional<String> text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node.asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
