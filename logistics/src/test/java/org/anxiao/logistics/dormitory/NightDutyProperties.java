package org.anxiao.logistics.dormitory;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/**
 * Properties: more patrol rounds never add a finding; more rooms checked never add one; the room-check share
 * lies in [0, 1].
 */
class NightDutyProperties {
  private static final NightDuties MINHANG = NightFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED);

  private static Map<String, Integer> codes(NightDutyCheck r) {
    Map<String, Integer> out = new HashMap<>();
    r.findings().forEach(f -> out.merge(f.code().toString(), 1, Integer::sum));
    return out;
  }

  private static boolean noMore(Map<String, Integer> more, Map<String, Integer> fewer) {
    return more.entrySet().stream().allMatch(e -> e.getValue() <= fewer.getOrDefault(e.getKey(), 0));
  }

  @Test
  void moreRoundsNeverAddAFinding() {
    qt().withExamples(200).forAll(integers().between(0, 6), integers().between(1, 4), integers().between(0, 2),
        integers().between(0, 30)).check((rounds, extra, keepers, checked) -> {
          NightDutyCheck fewer = MINHANG.check(NightFixtures.night(keepers, rounds, 30, checked, List.of()));
          NightDutyCheck more = MINHANG.check(NightFixtures.night(keepers, rounds + extra, 30, checked, List.of()));
          return noMore(codes(more), codes(fewer));
        });
  }

  @Test
  void moreRoomsCheckedNeverAddAFindingAndTheShareIsAFraction() {
    qt().withExamples(200).forAll(integers().between(1, 500), integers().between(0, 500), integers().between(1, 50))
        .check((occupied, checked, extra) -> {
          int c = Math.min(checked, occupied);
          int c2 = Math.min(c + extra, occupied);
          NightDutyCheck fewer = MINHANG.check(NightFixtures.night(1, 2, occupied, c, List.of()));
          NightDutyCheck more = MINHANG.check(NightFixtures.night(1, 2, occupied, c2, List.of()));
          var share = fewer.roomCheckShare().orElseThrow();
          return noMore(codes(more), codes(fewer)) && share.signum() >= 0
              && share.compareTo(java.math.BigDecimal.ONE) <= 0 && fewer.roomsNotChecked() == (c < occupied);
        });
  }
}
