package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.safety.risk.LecFactors;
import org.anxiao.safety.risk.LecGrade;
import org.anxiao.safety.risk.LecGradings;

/**
 * Runs {@code conformance/safety/lec.json}: the LEC method (作业条件危险性评价法). Input {@code likelihood},
 * {@code exposure}, {@code consequence} (decimal strings); expected {@code score} (D, exact),
 * {@code band}, {@code level} and {@code rules}. The context is the group's ({@link VectorOutcomes#context}).
 */
final class LecVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.lec", LecVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.OTHER, "conformance");

  private LecVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      LecGradings lec = LecGradings.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, lec.rules().packs());
      return lec.grade(SUBJECT, new LecFactors(decimal(input, "likelihood"), decimal(input, "exposure"),
          decimal(input, "consequence")));
    }, (LecGrade g, JsonNode expected) -> {
      VectorOutcomes.assertDecimal("score", expected.path("score"), g.score());
      assertEquals(expected.path("band").asText(), g.band().name(), "band");
      assertEquals(expected.path("level").asText(), g.level().name(), "level");
      VectorOutcomes.checkRules(expected, g.rules());
    });
  }

  /** The factor as written (the decimal grammar of the wire format); null when absent. */
  private static BigDecimal decimal(JsonNode input, String field) {
    return input.has(field) ? AnxiaoUnits.decimal(input.path(field).asText()) : null;
  }
}
