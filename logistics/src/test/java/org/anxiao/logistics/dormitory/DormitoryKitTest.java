package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.DormitoryEdgeCases;
import org.anxiao.logistics.testkit.DormitoryGenerators;
import org.junit.jupiter.api.Test;

/**
 * The kit's dormitories: valid ones assessed, the physical bound reached and refused beyond, the shipped design
 * capacity reached and passed, Shandong's safety officers from their first day, JSON round trip, roll-up.
 */
class DormitoryKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);
  private static final DormitoryOccupancy SHANDONG =
      DormitoryFixtures.occupancy(DormitoryFixtures.SHANDONG, VerificationPolicy.ALLOW_UNVERIFIED);

  @Test
  void roomsAtTheBoundAreAcceptedAndBeyondItRefused() {
    qt().withExamples(100).forAll(DormitoryGenerators.roomsAtTheBound()).checkAssert(r -> assertEquals(
        0, SHANDONG.assess(Dormitory.of("d", "楼", List.of(r))).rate()
            .compareTo(BigDecimal.valueOf(DormitoryRoom.MAX_OCCUPANCY_MULTIPLE))));
    LAWS.rejects(DormitoryGenerators.overfullRooms());
  }

  @Test
  void roomsAtTheDesignCapacityAreNotOverAndOneMoreIs() {
    assertEquals(0, BigDecimal.ONE.compareTo(DormitoryEdgeCases.maxOccupancyRate()), "the shipped reading, 1 × beds");
    qt().withExamples(100).forAll(DormitoryEdgeCases.roomsAtTheDesignCapacity()).checkAssert(r -> {
      DormitoryOccupancyResult result = SHANDONG.assess(Dormitory.of("d", "楼", List.of(r)));
      boolean over = r.occupants() > DormitoryEdgeCases.mostOccupants(r.designCapacity());
      assertEquals(over ? List.of("r0") : List.of(), result.overCapacity());
      assertEquals(over, result.findings().stream().anyMatch(f -> f.code().equals(DormitoryOccupancy.OVER_CAPACITY)));
    });
    LAWS.monotone(integers().between(0, 2 * DormitoryRoom.MAX_DESIGN_CAPACITY), occupants -> SHANDONG.assess(
        Dormitory.of("d", "楼", List.of(DormitoryGenerators.room("r0", DormitoryRoom.MAX_DESIGN_CAPACITY, occupants,
            true)))).overCapacity().size());
  }

  @Test
  void shandongAsksForASafetyOfficerPerRoomFromTheDayItsNoticeWasIssued() {
    assertEquals(LocalDate.of(2018, 3, 27), DormitoryEdgeCases.safetyOfficersFrom(), "鲁教安字〔2018〕1号's date");
    qt().withExamples(60).forAll(DormitoryEdgeCases.daysAroundSafetyOfficers(),
        DormitoryEdgeCases.occupiedRoomsWithoutOfficer()).checkAssert((day, room) -> {
          DormitoryOccupancyResult result = DormitoryEdgeCases.shandong(day, VerificationPolicy.DEFAULT)
              .assess(Dormitory.of("d", "楼", List.of(room)));
          boolean inForce = !day.isBefore(DormitoryEdgeCases.safetyOfficersFrom());
          assertEquals(inForce ? List.of("r0") : List.of(), result.withoutSafetyOfficer(), day.toString());
        });
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
