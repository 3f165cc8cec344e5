package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.safety.risk.RiskMatrices;
import org.anxiao.safety.risk.RiskMatrixGrade;

/**
 * Runs {@code conformance/safety/risk-matrix.json}: the risk matrix (风险矩阵). Input {@code likelihood}
 * and {@code severity} (integers); expected {@code product}, {@code level}, {@code rules} and, where
 * the matrix gives a cell its own, {@code label} {@code {zh, en}} and {@code colour}. The context is
 * the group's ({@link VectorOutcomes#context}).
 */
final class RiskMatrixVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.safety.risk-matrix", RiskMatrixVectors::run, Set.of(),
      SafetyConformanceTest.SAFETY_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.OTHER, "conformance");

  private RiskMatrixVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    assertTrue(input.path("likelihood").isInt() && input.path("severity").isInt(), "likelihood and severity are integers");
    VectorOutcomes.expect(test, () -> {
      RiskMatrices matrices = RiskMatrices.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, matrices.rules().packs());
      return matrices.grade(SUBJECT, input.path("likelihood").asInt(), input.path("severity").asInt());
    }, (RiskMatrixGrade g, JsonNode expected) -> {
      assertEquals(expected.path("product").asInt(), g.product(), "product");
      assertEquals(expected.path("level").asText(), g.level().name(), "level");
      VectorOutcomes.checkRules(expected, g.rules());
      if (expected.has("label")) {
        assertEquals(expected.path("label").path("zh").asText(), g.label().zh(), "label.zh");
        assertEquals(expected.path("label").path("en").asText(), g.label().en(), "label.en");
      } else {
        assertEquals(g.level().label(), g.label(), "label: the level's own");
      }
      if (expected.has("colour")) {
        assertEquals(expected.path("colour").asText(), g.colour(), "colour");
      }
    });
  }
}
