package org.anxiao.logistics.dormitory;

import static org.quicktheories.QuickTheory.qt;

import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.NightDutyGenerators;
import org.junit.jupiter.api.Test;

/** The kit's night-duty logs: valid ones checked, more rooms checked than occupied refused, the log round-trips. */
class NightDutyKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);

  @Test
  void validLogsAreChecked() {
    NightDuties minhang = NightFixtures.minhang(VerificationPolicy.ALLOW_UNVERIFIED);
    qt().withExamples(100).forAll(NightDutyGenerators.logs()).checkAssert(minhang::check);
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
