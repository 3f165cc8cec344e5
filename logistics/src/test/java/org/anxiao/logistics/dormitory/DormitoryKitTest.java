package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.DormitoryGenerators;
import org.junit.jupiter.api.Test;

/** The kit's dormitories: valid ones assessed, the physical bound reached and refused beyond, JSON round trip, roll-up. */
class DormitoryKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);
  private static final DormitoryOccupancy SHANDONG =
      DormitoryFixtures.occupancy(DormitoryFixtures.SHANDONG, VerificationPolicy.ALLOW_UNVERIFIED);

  @Test
  void roomsAtTheBoundAreAcceptedAndBeyondItRefused() {
    qt().withExamples(100).forAll(DormitoryGenerators.roomsAtTheBound()).checkAssert(r -> assertEquals(
        0, SHANDONG.assess(Dormitory.of("d", "楼", java.util.List.of(r))).rate()
            .compareTo(BigDecimal.valueOf(DormitoryRoom.MAX_OCCUPANCY_MULTIPLE))));
    LAWS.rejects(DormitoryGenerators.overfullRooms());
  }

  @Test
  void theOccupantsRollUpOverRooms() {
    LAWS.rollUpIsSumOfParts(DormitoryGenerators.roomLists(),
        rooms -> BigDecimal.valueOf(SHANDONG.assess(Dormitory.of("d", "楼", rooms)).occupants()),
        r -> BigDecimal.valueOf(r.occupants()));
  }

  @Test
  void theDormitoryDocumentRoundTripsThroughJson() {
    LAWS.jsonRoundTrip(DormitoryGenerators.dormitories(), Dormitory.class, AnxiaoJson.strict().mapperCopy());
  }
}
