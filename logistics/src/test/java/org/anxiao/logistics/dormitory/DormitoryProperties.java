package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.logistics.testkit.DormitoryGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties: the building rate is total occupants over total beds; adding an occupant never lowers a
 * room's or the building's rate; every rate lies in [0, 2], the physical bound.
 */
class DormitoryProperties {
  private static final DormitoryOccupancy SHANDONG =
      DormitoryFixtures.occupancy(DormitoryFixtures.SHANDONG, VerificationPolicy.ALLOW_UNVERIFIED);

  private static Dormitory dormitory(List<DormitoryRoom> rooms) {
    return Dormitory.of("p", "性质楼", rooms);
  }

  @Test
  void theBuildingRateIsTotalOverTotal() {
    qt().withExamples(200).forAll(DormitoryGenerators.roomLists()).checkAssert(rooms -> {
      long beds = rooms.stream().mapToLong(DormitoryRoom::designCapacity).sum();
      long occupants = rooms.stream().mapToLong(DormitoryRoom::occupants).sum();
      DormitoryOccupancyResult r = SHANDONG.assess(dormitory(rooms));
      assertEquals(BigDecimal.valueOf(occupants).divide(BigDecimal.valueOf(beds), 4, RoundingMode.HALF_UP), r.rate());
      assertEquals(beds, r.designCapacity());
      assertEquals(occupants, r.occupants());
    });
  }

  @Test
  void addingAnOccupantNeverLowersARate() {
    qt().withExamples(200).forAll(DormitoryGenerators.roomLists(), integers().between(0, 11))
        .checkAssert((rooms, pick) -> {
          int k = pick % rooms.size();
          DormitoryRoom chosen = rooms.get(k);
          if (chosen.occupants() == DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * chosen.designCapacity()) {
            return; // at the physical bound: no more room for anyone
          }
          List<DormitoryRoom> more = new ArrayList<>(rooms);
          more.set(k, new DormitoryRoom(chosen.id(), chosen.designCapacity(), chosen.occupants() + 1,
              chosen.safetyOfficer(), chosen.responsibilities()));
          DormitoryOccupancyResult before = SHANDONG.assess(dormitory(rooms));
          DormitoryOccupancyResult after = SHANDONG.assess(dormitory(more));
          assertTrue(after.rate().compareTo(before.rate()) >= 0);
          assertTrue(after.rooms().get(k).rate().compareTo(before.rooms().get(k).rate()) > 0);
          assertTrue(!before.rooms().get(k).overCapacity() || after.rooms().get(k).overCapacity());
        });
  }

  @Test
  void ratesLieWithinThePhysicalBound() {
    BigDecimal bound = BigDecimal.valueOf(DormitoryRoom.MAX_OCCUPANCY_MULTIPLE);
    qt().withExamples(200).forAll(DormitoryGenerators.roomLists()).checkAssert(rooms -> {
      DormitoryOccupancyResult r = SHANDONG.assess(dormitory(rooms));
      assertTrue(r.rate().signum() >= 0 && r.rate().compareTo(bound) <= 0, r.rate().toPlainString());
      r.rooms().forEach(line -> assertTrue(line.rate().signum() >= 0 && line.rate().compareTo(bound) <= 0));
      r.rooms().forEach(line -> assertEquals(line.occupants() > line.designCapacity(), line.overCapacity()));
    });
  }
}
