package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.DormitoryFixtures.room;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties: the building rate is total occupants over total beds; adding an occupant never lowers a
 * room's or the building's rate; every rate lies in [0, 2], the physical bound.
 */
class DormitoryProperties {
  private static final DormitoryOccupancy SHANDONG =
      DormitoryFixtures.occupancy(DormitoryFixtures.SHANDONG, VerificationPolicy.ALLOW_UNVERIFIED);

  /** A room as (beds, occupants) with occupants at most twice the beds. */
  private static Gen<int[]> rooms() {
    return integers().between(1, 100).flatMap(beds -> integers().between(0, 2 * beds).map(o -> new int[] {beds, o}));
  }

  private static Dormitory dormitory(List<int[]> rooms) {
    List<DormitoryRoom> out = new ArrayList<>();
    for (int i = 0; i < rooms.size(); i++) {
      out.add(room("r" + i, rooms.get(i)[0], rooms.get(i)[1], i % 2 == 0));
    }
    return Dormitory.of("p", "性质楼", out);
  }

  @Test
  void theBuildingRateIsTotalOverTotal() {
    qt().withExamples(200).forAll(lists().of(rooms()).ofSizeBetween(1, 12)).checkAssert(rooms -> {
      long beds = rooms.stream().mapToLong(r -> r[0]).sum();
      long occupants = rooms.stream().mapToLong(r -> r[1]).sum();
      DormitoryOccupancyResult r = SHANDONG.assess(dormitory(rooms));
      assertEquals(BigDecimal.valueOf(occupants).divide(BigDecimal.valueOf(beds), 4, RoundingMode.HALF_UP), r.rate());
      assertEquals(beds, r.designCapacity());
      assertEquals(occupants, r.occupants());
    });
  }

  @Test
  void addingAnOccupantNeverLowersARate() {
    qt().withExamples(200).forAll(lists().of(rooms()).ofSizeBetween(1, 8), integers().between(0, 7))
        .checkAssert((rooms, pick) -> {
          int k = pick % rooms.size();
          int[] chosen = rooms.get(k);
          if (chosen[1] == 2 * chosen[0]) {
            return; // at the physical bound: no more room for anyone
          }
          List<int[]> more = new ArrayList<>(rooms);
          more.set(k, new int[] {chosen[0], chosen[1] + 1});
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
    qt().withExamples(200).forAll(lists().of(rooms()).ofSizeBetween(1, 12)).checkAssert(rooms -> {
      DormitoryOccupancyResult r = SHANDONG.assess(dormitory(rooms));
      assertTrue(r.rate().signum() >= 0 && r.rate().compareTo(bound) <= 0, r.rate().toPlainString());
      r.rooms().forEach(line -> assertTrue(line.rate().signum() >= 0 && line.rate().compareTo(bound) <= 0));
      r.rooms().forEach(line -> assertEquals(line.occupants() > line.designCapacity(), line.overCapacity()));
    });
  }
}
