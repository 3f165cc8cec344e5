package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The rule context of a risk vector group ({@code lec.json}, {@code risk-matrix.json}): its
 * {@code parameters} give {@code jurisdiction}, {@code date}, {@code policy} ({@code DEFAULT} or
 * {@code ALLOW_UNVERIFIED}), optionally {@code atLeast} (a verification level packs must reach to be
 * selected), {@code testPacks} (test packs of {@code conformance/packs/} installed on top of the
 * standard packs, for the group only) and {@code packs} (the packs in force, narrowest first;
 * default: none checked). Installing the test packs is part of each test's call, so a pack set the
 * registry refuses is each test's error.
 */
final class RiskVectorContexts {
  private RiskVectorContexts() {}

  static RuleContext context(VectorFile file, JsonNode parameters) {
    RulePackRegistry registry = ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks"));
    RuleContext context = RuleContext.of(registry, JurisdictionCode.of(parameters.path("jurisdiction").asText()),
        LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(VectorOutcomes.policy(parameters));
    if (parameters.has("atLeast")) {
      context = context.atLeast(Verification.valueOf(parameters.path("atLeast").asText()));
    }
    return context;
  }

  /** Checks the packs in force, when the group states them. */
  static void checkPacks(JsonNode parameters, List<PackRef> packs) {
    if (parameters.has("packs")) {
      assertEquals(texts(parameters.path("packs")), packs.stream().map(PackRef::toString).toList(), "packs in force");
    }
  }

  /** Checks the rule values read, as {@code pack@version/parameter}, in first-use order. */
  static void checkRules(JsonNode expected, List<AppliedRule> rules) {
    assertEquals(texts(expected.path("rules")), rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList(),
        "rules read");
  }

  static List<String> texts(JsonNode array) {
    return VectorOutcomes.texts(array);
  }
}
