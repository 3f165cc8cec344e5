package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The rule context of a food vector group: {@code jurisdiction}, {@code date}, {@code policy}
 * ({@code DEFAULT} or {@code ALLOW_UNVERIFIED}), optionally {@code testPacks} and {@code packs} (the packs in
 * force, narrowest first). Findings are compared as {@code "code subject pack@version/parameter"}.
 */
final class FoodVectorContexts {
  private FoodVectorContexts() {}

  static RuleContext context(VectorFile file, JsonNode parameters) {
    RulePackRegistry registry = ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks"));
    return RuleContext.of(registry, JurisdictionCode.of(parameters.path("jurisdiction").asText()),
        LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(VectorOutcomes.policy(parameters));
  }

  static void checkPacks(JsonNode parameters, List<PackRef> packs) {
    if (parameters.has("packs")) {
      assertEquals(texts(parameters.path("packs")), packs.stream().map(PackRef::toString).toList(), "packs in force");
    }
  }

  static void checkFindings(JsonNode expected, List<Finding> findings) {
    assertEquals(texts(expected.path("findings")), findings.stream().map(FoodVectorContexts::text).toList(), "findings");
  }

  private static String text(Finding f) {
    AppliedRule r = f.rules().get(0);
    return f.code() + " " + f.subject().id() + " " + r.pack() + "/" + r.parameter();
  }

  static List<String> texts(JsonNode array) {
    return VectorOutcomes.texts(array);
  }
}
