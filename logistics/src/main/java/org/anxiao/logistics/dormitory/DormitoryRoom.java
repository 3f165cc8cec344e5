package org.anxiao.logistics.dormitory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A dormitory room (宿舍、寝室): its design capacity in beds (设计床位数), the pupils living in it, the
 * pupil named its safety officer (学生安全员, 鲁教安字〔2018〕1号 §三(四)3), if any, and the
 * responsibilities assigned for it (用电、用水、设施维护、防火、防盗, 沪教委后〔2024〕10号 §四2).
 *
 * <p>Physical bounds — input sanity, not policy numbers: the design capacity is 1 to
 * {@value #MAX_DESIGN_CAPACITY} beds, and the occupants 0 to {@value #MAX_OCCUPANCY_MULTIPLE} times the
 * design capacity. A value beyond them is a typing error ({@code INVALID_VALUE} naming the field);
 * crowding within them is a finding of {@link DormitoryOccupancy}, never an error. So a room's
 * occupancy rate lies in {@code [0, 2]}. Immutable.
 *
 * @param id               the room's id, unique in its building (e.g. {@code 3-101})
 * @param designCapacity   design capacity in beds, 1 to {@value #MAX_DESIGN_CAPACITY}
 * @param occupants        pupils living in the room, 0 to {@value #MAX_OCCUPANCY_MULTIPLE} × design capacity
 * @param safetyOfficer    the pupil named safety officer (a name or a student number), or empty
 * @param responsibilities the responsibilities assigned for the room (a copy is kept)
 */
public record DormitoryRoom(String id, int designCapacity, int occupants, Optional<String> safetyOfficer,
    Set<Responsibility> responsibilities) {
  /** The most beds a room may be designed for: an input-sanity bound. */
  public static final int MAX_DESIGN_CAPACITY = 100;
  /** The most occupants a room may hold, as a multiple of its design capacity: an input-sanity bound. */
  public static final int MAX_OCCUPANCY_MULTIPLE = 2;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id               the room's id
   * @param designCapacity   design capacity in beds
   * @param occupants        pupils living in the room
   * @param safetyOfficer    the safety officer, or empty
   * @param responsibilities the responsibilities assigned
   * @throws org.anxiao.core.error.InvalidValueException for a bound broken, naming the field
   */
  public DormitoryRoom {
    Bounds.code("id", id);
    Require.that(designCapacity >= 1 && designCapacity <= MAX_DESIGN_CAPACITY, "designCapacity", designCapacity,
        "must be 1 to {} beds", MAX_DESIGN_CAPACITY);
    Require.that(occupants >= 0, "occupants", occupants, "must not be negative");
    Require.that(occupants <= MAX_OCCUPANCY_MULTIPLE * designCapacity, "occupants", occupants,
        "must not exceed {} times the design capacity (a physical bound)", MAX_OCCUPANCY_MULTIPLE);
    Require.nonNull("safetyOfficer", safetyOfficer);
    safetyOfficer.ifPresent(s -> Bounds.line("safetyOfficer", s));
    Bounds.list("responsibilities", responsibilities);
    Set<Responsibility> copy = EnumSet.noneOf(Responsibility.class);
    copy.addAll(responsibilities);
    responsibilities = java.util.Collections.unmodifiableSet(copy);
  }

  /** {@return whether a safety officer is named} */
  public boolean hasSafetyOfficer() {
    return safetyOfficer.isPresent();
  }
}
