package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.NightDutyGenerators;
import org.junit.jupiter.api.Test;

/**
 * The kit's night-duty logs: valid ones checked, rounds at the shipped minimum judged exactly, more rooms checked than
 * occupied refused, the log round-trips.
 */
class NightDutyKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);

  @Test
  void validLogsAreChecked() {
    NightDuties minhang = NightFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED);
    qt().withExamples(100).forAll(NightDutyGenerators.logs()).checkAssert(minhang::check);
  }

  @Test
  void patrolRoundsAtTheShippedMinimumPassAndOneFewerDoesNot() {
    assertEquals(2, NightDutyGenerators.minimumPatrolRounds(), "sh.example.dormitory-night-checks' illustrative 2");
    NightDuties shanghai = NightDuties.in(NightFixtures.context(NightDutyGenerators.SHANGHAI, NightFixtures.DATE,
        VerificationPolicy.ALLOW_UNVERIFIED));
    qt().withExamples(60).forAll(NightDutyGenerators.nightsAtTheMinimumRounds()).checkAssert(night -> {
      NightDutyCheck c = shanghai.check(night);
      boolean tooFew = night.patrolRounds().size() < NightDutyGenerators.minimumPatrolRounds();
      assertEquals(tooFew, c.tooFewPatrols(), night.patrolRounds().size() + " rounds");
      assertEquals(tooFew, c.findings().stream().anyMatch(f -> f.code().equals(NightDuties.TOO_FEW_PATROLS)));
    });
    LAWS.monotone(integers().between(0, 17),
        rounds -> shanghai.check(NightFixtures.night(1, rounds, 10, 10, List.of())).tooFewPatrols() ? 0 : 1);
  }

  @Test
  void moreRoomsCheckedThanOccupiedIsRefused() {
    LAWS.rejects(NightDutyGenerators.moreCheckedThanOccupied());
  }

  @Test
  void theLogRoundTripsThroughJson() {
    LAWS.jsonRoundTrip(NightDutyGenerators.logs(), NightDutyLog.class, AnxiaoJson.strict().mapperCopy());
  }
}
