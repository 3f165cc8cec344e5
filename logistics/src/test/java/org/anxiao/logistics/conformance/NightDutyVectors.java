package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.rule.PackRef;
import org.anxiao.logistics.dormitory.NightDuties;
import org.anxiao.logistics.dormitory.NightDutyCheck;
import org.anxiao.logistics.dormitory.NightDutyLog;

/**
 * Runs {@code conformance/logistics/dormitory-night-duty.json}. Group parameters as for the occupancy vectors:
 * {@code jurisdiction}, {@code date}, {@code policy}, optional {@code testPacks} and {@code packs}. Input
 * {@code log}, a night duty record bound by the strict wire reader (binding is part of the test, so a bad
 * record is its error); expected {@code onDuty}, {@code patrolRounds}, {@code roomCheckShare} (numerically, or
 * null when no room is occupied), {@code noOneOnDuty}, {@code tooFewPatrols}, {@code roomsNotChecked},
 * {@code unreportedIncidents} (indexes), {@code skipped}, {@code rules} and {@code findings} (codes in order).
 */
final class NightDutyVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.dormitory-night-duty", NightDutyVectors::run,
      Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private NightDutyVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      NightDuties calculator = NightDuties.in(DormitoryVectors.context(file, parameters));
      if (parameters.has("packs")) {
        assertEquals(texts(parameters.path("packs")), calculator.rules().packs().stream().map(PackRef::toString)
            .toList(), "packs in force");
      }
      return calculator.check(VectorOutcomes.bind(test.path("input").path("log"), NightDutyLog.class));
    }, (NightDutyCheck r, JsonNode expected) -> {
      assertEquals(expected.path("onDuty").asInt(), r.onDuty(), "onDuty");
      assertEquals(expected.path("patrolRounds").asInt(), r.patrolRounds(), "patrolRounds");
      JsonNode share = expected.path("roomCheckShare");
      if (share.isNull()) {
        assertTrue(r.roomCheckShare().isEmpty(), "roomCheckShare: expected none, got " + r.roomCheckShare());
      } else {
        VectorOutcomes.assertDecimal("roomCheckShare", share, r.roomCheckShare().orElseThrow());
      }
      assertEquals(expected.path("noOneOnDuty").asBoolean(), r.noOneOnDuty(), "noOneOnDuty");
      assertEquals(expected.path("tooFewPatrols").asBoolean(), r.tooFewPatrols(), "tooFewPatrols");
      assertEquals(expected.path("roomsNotChecked").asBoolean(), r.roomsNotChecked(), "roomsNotChecked");
      List<Integer> unreported = new ArrayList<>();
      expected.path("unreportedIncidents").forEach(n -> unreported.add(n.asInt()));
      assertEquals(unreported, r.unreportedIncidents(), "unreportedIncidents");
      assertEquals(texts(expected.path("skipped")), r.skipped(), "skipped");
      assertEquals(texts(expected.path("rules")), r.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter())
          .toList(), "rules read");
      assertEquals(texts(expected.path("findings")), r.findings().stream().map(f -> f.code().toString()).toList(),
          "findings");
    });
  }

  private static List<String> texts(JsonNode array) {
    assertTrue(array.isArray(), "expected an array, got " + array);
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
