package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.safety.defence.AlarmCoverage;
import org.anxiao.safety.defence.DefenceFacts;
import org.anxiao.safety.defence.DefenceMeasureResult;
import org.anxiao.safety.defence.DefenceMeasures;

/**
 * Runs {@code conformance/safety/defence.json}: video retention and one-button alarm coverage
 * (Minhang §四(一)9). Input {@code videoRetentionDays}, {@code alarmWorking} and {@code alarmRequired}
 * (integers, each optional); expected {@code retentionMet} and {@code coverageMet} (present exactly
 * when assessed), {@code compliant}, {@code findings} (codes) and {@code rules}. The context is the
 * group's ({@link VectorOutcomes#context}).
 */
final class DefenceVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.defence", DefenceVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");

  private DefenceVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      DefenceMeasures measures = DefenceMeasures.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, measures.rules().packs());
      Optional<Integer> days = input.has("videoRetentionDays")
          ? Optional.of(input.path("videoRetentionDays").asInt()) : Optional.empty();
      Optional<AlarmCoverage> coverage = input.has("alarmRequired")
          ? Optional.of(new AlarmCoverage(input.path("alarmWorking").asInt(), input.path("alarmRequired").asInt()))
          : Optional.empty();
      return measures.assess(SUBJECT, new DefenceFacts(days, coverage));
    }, (DefenceMeasureResult r, JsonNode expected) -> {
      assertEquals(verdict(expected, "retentionMet"), r.retentionMet(), "retentionMet");
      assertEquals(verdict(expected, "coverageMet"), r.coverageMet(), "coverageMet");
      assertEquals(expected.path("compliant").asBoolean(), r.compliant(), "compliant");
      List<String> codes = new ArrayList<>();
      r.findings().forEach(f -> codes.add(f.code().value()));
      assertEquals(VectorOutcomes.texts(expected.path("findings")), codes, "findings");
      VectorOutcomes.checkRules(expected, r.rules());
    });
  }

  private static Optional<Boolean> verdict(JsonNode expected, String field) {
    return expected.has(field) ? Optional.of(expected.path(field).asBoolean()) : Optional.empty();
  }
}
