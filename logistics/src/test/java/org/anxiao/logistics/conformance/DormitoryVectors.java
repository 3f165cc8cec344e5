package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.logistics.dormitory.Dormitory;
import org.anxiao.logistics.dormitory.DormitoryOccupancy;
import org.anxiao.logistics.dormitory.DormitoryOccupancyResult;
import org.anxiao.logistics.dormitory.RoomOccupancy;

/**
 * Runs {@code conformance/logistics/dormitory-occupancy.json}. Group parameters: {@code jurisdiction},
 * {@code date}, {@code policy} ({@code DEFAULT} or {@code ALLOW_UNVERIFIED}), optional {@code testPacks}
 * and {@code packs} (the packs in force, narrowest first). Input {@code dormitory}, a dormitory document
 * bound by the strict wire reader (binding is part of the test, so a bad room is its error); expected per
 * room {@code id}, {@code rate} (numerically), {@code overCapacity}, {@code withoutSafetyOfficer},
 * {@code missingResponsibilities}, then {@code designCapacity}, {@code occupants}, {@code rate},
 * {@code skipped}, {@code rules} and {@code findings} (codes in order).
 */
final class DormitoryVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.dormitory-occupancy", DormitoryVectors::run,
      Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private DormitoryVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      DormitoryOccupancy calculator = DormitoryOccupancy.in(context(file, parameters));
      if (parameters.has("packs")) {
        assertEquals(texts(parameters.path("packs")), calculator.rules().packs().stream().map(PackRef::toString)
            .toList(), "packs in force");
      }
      return calculator.assess(VectorOutcomes.bind(test.path("input").path("dormitory"), Dormitory.class));
    }, (DormitoryOccupancyResult r, JsonNode expected) -> {
      JsonNode rooms = expected.path("rooms");
      assertEquals(rooms.size(), r.rooms().size(), "rooms");
      for (int i = 0; i < rooms.size(); i++) {
        JsonNode w = rooms.get(i);
        RoomOccupancy got = r.rooms().get(i);
        String at = "rooms[" + i + "]";
        assertEquals(w.path("id").asText(), got.roomId(), at + ".id");
        VectorOutcomes.assertDecimal(at + ".rate", w.path("rate"), got.rate());
        assertEquals(w.path("overCapacity").asBoolean(), got.overCapacity(), at + ".overCapacity");
        assertEquals(w.path("withoutSafetyOfficer").asBoolean(), got.withoutSafetyOfficer(), at + ".withoutSafetyOfficer");
        assertEquals(texts(w.path("missingResponsibilities")),
            got.missingResponsibilities().stream().map(Enum::name).toList(), at + ".missingResponsibilities");
      }
      assertEquals(expected.path("designCapacity").asLong(), r.designCapacity(), "designCapacity");
      assertEquals(expected.path("occupants").asLong(), r.occupants(), "occupants");
      VectorOutcomes.assertDecimal("rate", expected.path("rate"), r.rate());
      assertEquals(texts(expected.path("skipped")), r.skipped(), "skipped");
      assertEquals(texts(expected.path("rules")), r.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter())
          .toList(), "rules read");
      assertEquals(texts(expected.path("findings")), r.findings().stream().map(f -> f.code().toString()).toList(),
          "findings");
    });
  }

  static RuleContext context(VectorFile file, JsonNode parameters) {
    return RuleContext.of(ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks")),
        JurisdictionCode.of(parameters.path("jurisdiction").asText()), LocalDate.parse(parameters.path("date").asText()))
        .withPolicy(VectorOutcomes.policy(parameters));
  }

  private static List<String> texts(JsonNode array) {
    return VectorOutcomes.texts(array);
  }
}
