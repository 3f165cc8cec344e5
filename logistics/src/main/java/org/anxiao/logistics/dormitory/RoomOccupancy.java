package org.anxiao.logistics.dormitory;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One room's occupancy (寝室入住率) and the checks made on it by {@link DormitoryOccupancy}.
 *
 * @param roomId                  the room
 * @param designCapacity          its design capacity in beds, 1 to {@value DormitoryRoom#MAX_DESIGN_CAPACITY}
 * @param occupants               the pupils living in it, 0 to twice the design capacity
 * @param rate                    occupants ÷ design capacity, 4 decimals {@code HALF_UP}, 1 = full
 * @param overCapacity            whether the room holds more than the rule's maximum rate allows (false
 *                                when no maximum was read)
 * @param withoutSafetyOfficer    whether the rule asks for a safety officer and the occupied room names none
 * @param missingResponsibilities the required responsibilities not assigned (empty when none is required)
 */
public record RoomOccupancy(String roomId, int designCapacity, int occupants, BigDecimal rate, boolean overCapacity,
    boolean withoutSafetyOfficer, Set<Responsibility> missingResponsibilities) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param roomId                  the room
   * @param designCapacity          its design capacity, at least 1
   * @param occupants               its occupants, at least 0
   * @param rate                    its occupancy rate, at least 0
   * @param overCapacity            whether it is over the maximum
   * @param withoutSafetyOfficer    whether it lacks a required safety officer
   * @param missingResponsibilities the responsibilities missing
   */
  public RoomOccupancy {
    Bounds.code("roomId", roomId);
    Require.that(designCapacity >= 1 && designCapacity <= DormitoryRoom.MAX_DESIGN_CAPACITY, "designCapacity",
        designCapacity, "must be 1 to {} beds", DormitoryRoom.MAX_DESIGN_CAPACITY);
    Require.that(occupants >= 0 && occupants <= DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * designCapacity, "occupants",
        occupants, "must be 0 to {} times the design capacity", DormitoryRoom.MAX_OCCUPANCY_MULTIPLE);
    Require.nonNegative("rate", Bounds.decimal("rate", rate));
    Bounds.list("missingResponsibilities", missingResponsibilities);
    Set<Responsibility> copy = EnumSet.noneOf(Responsibility.class);
    copy.addAll(missingResponsibilities);
    missingResponsibilities = java.util.Collections.unmodifiableSet(copy);
  }
}
