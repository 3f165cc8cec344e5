package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.logistics.dormitory.Dormitory;
import org.anxiao.logistics.dormitory.DormitoryRoom;
import org.anxiao.logistics.dormitory.Responsibility;
import org.quicktheories.core.Gen;

/**
 * Generators of dormitories (宿舍楼): rooms of 1 to {@link DormitoryRoom#MAX_DESIGN_CAPACITY} beds with 0 to
 * {@link DormitoryRoom#MAX_OCCUPANCY_MULTIPLE} × beds occupants (the physical bound), a safety officer in about half,
 * every responsibility assigned; and rooms beyond the bound, labelled {@code INVALID_VALUE} naming {@code occupants}.
 */
public final class DormitoryGenerators {
  private DormitoryGenerators() {}

  /**
   * {@return a room {@code id} of {@code beds} beds and {@code occupants} occupants, every responsibility assigned}
   *
   * @param id        the room's id
   * @param beds      the design capacity
   * @param occupants the pupils living in it
   * @param officer   whether it has a safety officer
   */
  public static DormitoryRoom room(String id, int beds, int occupants, boolean officer) {
    return new DormitoryRoom(id, beds, occupants, officer ? Optional.of("安全员" + id) : Optional.empty(),
        EnumSet.allOf(Responsibility.class));
  }

  /** {@return valid rooms with ids {@code r0}…, occupants within the physical bound} */
  public static Gen<DormitoryRoom> rooms() {
    return integers().between(1, DormitoryRoom.MAX_DESIGN_CAPACITY)
        .flatMap(beds -> integers().between(0, DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * beds)
            .zip(booleans().all(), integers().between(0, 999), (o, officer, n) -> room("r" + n, beds, o, officer)));
  }

  /** {@return lists of 1 to 12 valid rooms, ids made distinct ({@code r0}, {@code r1}, …)} */
  public static Gen<List<DormitoryRoom>> roomLists() {
    return lists().of(rooms()).ofSizeBetween(1, 12).map(DormitoryGenerators::renumbered);
  }

  /** {@return valid dormitories of 1 to 12 rooms} */
  public static Gen<Dormitory> dormitories() {
    return roomLists().map(rooms -> Dormitory.of("d1", "一号宿舍楼", rooms));
  }

  /** {@return a room at its physical bound: occupants exactly {@code MAX_OCCUPANCY_MULTIPLE × beds}} */
  public static Gen<DormitoryRoom> roomsAtTheBound() {
    return integers().between(1, DormitoryRoom.MAX_DESIGN_CAPACITY)
        .map(beds -> room("r0", beds, DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * beds, true));
  }

  /** {@return occupants above {@code MAX_OCCUPANCY_MULTIPLE × beds}: INVALID_VALUE naming occupants} */
  public static Gen<InvalidInput<DormitoryRoom>> overfullRooms() {
    return integers().between(1, DormitoryRoom.MAX_DESIGN_CAPACITY).zip(integers().between(1, 50), (beds, over) -> {
      int occupants = DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * beds + over;
      return InvalidInput.of(occupants + " occupants in " + beds + " beds", "INVALID_VALUE", "occupants",
          () -> room("r0", beds, occupants, true));
    });
  }

  private static List<DormitoryRoom> renumbered(List<DormitoryRoom> rooms) {
    List<DormitoryRoom> out = new ArrayList<>();
    for (int i = 0; i < rooms.size(); i++) {
      DormitoryRoom r = rooms.get(i);
      out.add(new DormitoryRoom("r" + i, r.designCapacity(), r.occupants(), r.safetyOfficer(), r.responsibilities()));
    }
    return out;
  }
}
