package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.rule.AppliedRule;

/**
 * The rule context of a food vector group: {@code jurisdiction}, {@code date}, {@code policy}
 * ({@code DEFAULT} or {@code ALLOW_UNVERIFIED}), optionally {@code testPacks} and {@code packs} (the packs in
 * force, narrowest first). Findings are compared as {@code "code subject pack@version/parameter"}.
 */
final class FoodVectorContexts {
  private FoodVectorContexts() {}

  static void checkFindings(JsonNode expected, List<Finding> findings) {
    assertEquals(VectorOutcomes.texts(expected.path("findings")), findings.stream().map(FoodVectorContexts::text).toList(), "findings");
  }

  private static String text(Finding f) {
    AppliedRule r = f.rules().get(0);
    return f.code() + " " + f.subject().id() + " " + r.pack() + "/" + r.parameter();
  }
}
