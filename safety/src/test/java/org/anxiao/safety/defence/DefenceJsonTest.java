package org.anxiao.safety.defence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.scorecard.ItemResponse;
import org.junit.jupiter.api.Test;

/** The defence models on the wire: strict reader, round trips, bad values refused naming the field. */
class DefenceJsonTest {
  private static <T> T roundTrip(T value, Class<T> type) {
    return AnxiaoJson.strict().read(AnxiaoJson.strict().write(value), type);
  }

  @Test
  void modelsRoundTrip() {
    DefenceFacts both = DefenceFacts.of(30, 11, 12);
    assertEquals(both, roundTrip(both, DefenceFacts.class));
    DefenceFacts one = new DefenceFacts(Optional.of(29), Optional.empty());
    assertEquals(one, roundTrip(one, DefenceFacts.class));
    EvidencedResponse r = EvidencedResponse.of(ItemResponse.scored("tech-video-retained", "10"),
        new EvidenceRef(EvidenceKind.VIDEO, "nvr/playback-2026-02-01.mp4"),
        new EvidenceRef(EvidenceKind.REGISTER, "台账-2026-03"));
    assertEquals(r, roundTrip(r, EvidencedResponse.class));
    FacilityTable table = DefenceFixtures.shippedFacilities().rules().value().table().value();
    assertEquals(table, roundTrip(table, FacilityTable.class));
  }

  @Test
  void theStrictReaderRefusesBadValuesNamingTheField() {
    AnxiaoException over = assertThrows(AnxiaoException.class,
        () -> AnxiaoJson.strict().read("{\"working\":13,\"required\":12}", AlarmCoverage.class));
    assertTrue(over.field().orElse("").contains("working"), over.getMessage());
    AnxiaoException kind = assertThrows(AnxiaoException.class,
        () -> AnxiaoJson.strict().read("{\"kind\":\"SKETCH\",\"reference\":\"a\"}", EvidenceRef.class));
    assertTrue(kind.field().orElse("").contains("kind"), kind.getMessage());
    assertThrows(AnxiaoException.class,
        () -> AnxiaoJson.strict().read("{\"kind\":\"PHOTO\",\"reference\":\"a\",\"extra\":1}", EvidenceRef.class));
    AnxiaoException ob = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(
        "{\"id\":\"a\",\"title\":{\"zh\":\"甲\",\"en\":\"a\"},\"obligation\":\"MUST\"}", Facility.class));
    assertTrue(ob.field().orElse("").contains("obligation"), ob.getMessage());
  }

  @Test
  void theCalculatorsAreSharedAcrossThreads() throws Exception {
    DefenceMeasures m = DefenceFixtures.minhangMeasures();
    List<Integer> days = java.util.stream.IntStream.range(0, 200).boxed().toList();
    List<Boolean> parallel = days.parallelStream()
        .map(d -> m.assess(DefenceFixtures.SCHOOL, new DefenceFacts(Optional.of(d), Optional.empty()))
            .retentionMet().orElseThrow())
        .toList();
    for (int d = 0; d < 200; d++) {
      assertEquals(d >= 30, parallel.get(d), "day " + d);
    }
  }
}
