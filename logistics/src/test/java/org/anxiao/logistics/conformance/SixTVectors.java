package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.logistics.sixt.SixTPillar;
import org.anxiao.logistics.sixt.SixTScorecard;
import org.anxiao.logistics.sixt.SixTScorecards;
import org.anxiao.logistics.sixt.SixTSite;

/**
 * Runs {@code conformance/logistics/sixt.json}. Group parameters as for the dormitory vectors plus
 * {@code site} ({@code CANTEEN} or {@code DORMITORY}); input {@code responses} in the wire format of
 * {@link ItemResponse}; expected {@code total} and each pillar's score (numerically), {@code grade}
 * (code) and {@code rules}.
 */
final class SixTVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.sixt", SixTVectors::run, Set.of(),
      LogisticsConformanceTest.LOGISTICS_ARTIFACT);
  private static final Subject SUBJECT = Subject.of(SubjectKind.BUILDING, "conformance");

  private SixTVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      SixTScorecards sheet = SixTScorecards.in(DormitoryVectors.context(file, parameters),
          SixTSite.valueOf(parameters.path("site").asText()));
      List<ItemResponse> responses = new ArrayList<>();
      test.path("input").path("responses").forEach(r -> responses.add(VectorOutcomes.bind(r, ItemResponse.class)));
      return sheet.score(SUBJECT, responses);
    }, (SixTScorecard card, JsonNode expected) -> {
      VectorOutcomes.assertDecimal("total", expected.path("total"), card.total());
      assertEquals(expected.path("grade").asText(), card.scorecard().grade().code(), "grade");
      assertEquals(SixTPillar.values().length, expected.path("pillars").size(), "pillars");
      for (SixTPillar p : SixTPillar.values()) {
        VectorOutcomes.assertDecimal("pillars." + p.sectionId(), expected.path("pillars").path(p.sectionId()),
            card.pillar(p));
      }
      List<String> rules = new ArrayList<>();
      expected.path("rules").forEach(n -> rules.add(n.asText()));
      assertEquals(rules, card.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter()).toList(), "rules");
    });
  }
}
