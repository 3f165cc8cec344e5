package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackReader;
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
    RulePackRegistry registry = registry(testPacks(file, parameters.path("testPacks")));
    RuleContext context = RuleContext.of(registry, JurisdictionCode.of(parameters.path("jurisdiction").asText()),
        LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(switch (parameters.path("policy").asText("DEFAULT")) {
          case "DEFAULT" -> VerificationPolicy.DEFAULT;
          case "ALLOW_UNVERIFIED" -> VerificationPolicy.ALLOW_UNVERIFIED;
          default -> throw new AssertionError("unknown policy " + parameters.path("policy"));
        });
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
    assertTrue(array.isArray(), "expected an array, got " + array);
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * The files of a group's test packs: each {@code id@version} must be listed in {@code packs} and
   * have a {@code dataFiles} entry of kind pack whose file lies in the conformance folder.
   */
  private static List<Path> testPacks(VectorFile file, JsonNode refs) {
    if (refs.isMissingNode()) {
      return List.of();
    }
    Path folder = Path.of(System.getProperty("anxiao.conformance.dir")).toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (String ref : texts(refs)) {
      assertTrue(texts(file.root().path("packs")).contains(ref), "test pack " + ref + " is not listed in packs");
      JsonNode entry = null;
      for (JsonNode e : file.root().path("dataFiles")) {
        if ("pack".equals(e.path("kind").asText()) && ref.equals(e.path("pack").asText())) {
          entry = e;
        }
      }
      assertTrue(entry != null, "test pack " + ref + " has no dataFiles entry");
      Path path = folder.getParent().resolve(entry.path("path").asText()).normalize();
      assertTrue(path.startsWith(folder), "test pack " + ref + " is not a file of the conformance folder: " + path);
      out.add(path);
    }
    return out;
  }

  private static RulePackRegistry registry(List<Path> testPacks) {
    if (testPacks.isEmpty()) {
      return RulePackRegistry.standard();
    }
    RulePackRegistry.Builder builder = RulePackRegistry.builder().addClassPath(RulePackRegistry.class.getClassLoader());
    testPacks.forEach(p -> builder.add(RulePackReader.read(p)));
    return builder.build();
  }
}
