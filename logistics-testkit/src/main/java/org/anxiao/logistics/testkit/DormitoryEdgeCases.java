package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.logistics.dormitory.DormitoryOccupancy;
import org.anxiao.logistics.dormitory.DormitoryRoom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Dormitory rooms and days at the thresholds of the shipped dormitory packs, read through
 * {@link DormitoryOccupancy#rules()} (not retyped): occupants exactly at the design-capacity reading of
 * {@code cn.dormitory-design-capacity} ({@code maxOccupancyRate} × beds, 1 × beds as shipped, UNVERIFIED: read with
 * the caller's consent) and one over; and the first day of Shandong's one safety officer per room
 * ({@code sd.dormitory-safety-officers-2018}, in force from its {@code validFrom}, 2018-03-27) and the day before,
 * when no pack there asks for one.
 */
public final class DormitoryEdgeCases {
  /** Shandong, where sd.dormitory-safety-officers-2018 applies (and the national cn.dormitory-design-capacity). */
  public static final JurisdictionCode SHANDONG = JurisdictionCode.of("370000");
  /** The day the packs are read on, long after both came into force. */
  public static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private DormitoryEdgeCases() {}

  /**
   * {@return the occupancy calculator for Shandong on {@code day} under {@code policy}, on the shipped packs}
   *
   * @param day    the day the packs are read on
   * @param policy the verification policy
   */
  public static DormitoryOccupancy shandong(LocalDate day, VerificationPolicy policy) {
    return DormitoryOccupancy.in(RuleContext.standard(SHANDONG, day).withPolicy(policy));
  }

  /** {@return the shipped maximum occupancy rate of cn.dormitory-design-capacity, read with ALLOW_UNVERIFIED} */
  public static BigDecimal maxOccupancyRate() {
    return shandong(DAY, VerificationPolicy.ALLOW_UNVERIFIED).rules().value().maxOccupancyRate().orElseThrow().value();
  }

  /**
   * {@return the most occupants {@code beds} beds may hold under the shipped rate: ⌊rate × beds⌋}
   *
   * @param beds the design capacity, at least 1
   */
  public static int mostOccupants(int beds) {
    return maxOccupancyRate().multiply(BigDecimal.valueOf(beds)).setScale(0, RoundingMode.FLOOR).intValueExact();
  }

  /**
   * {@return rooms {@code r0} of 1 to {@link DormitoryRoom#MAX_DESIGN_CAPACITY} beds holding exactly
   * {@link #mostOccupants} pupils or one more (within the physical bound), with a safety officer}
   */
  public static Gen<DormitoryRoom> roomsAtTheDesignCapacity() {
    return integers().between(1, DormitoryRoom.MAX_DESIGN_CAPACITY).zip(integers().between(0, 1), (beds, over) ->
        DormitoryGenerators.room("r0", beds,
            Math.min(mostOccupants(beds) + over, DormitoryRoom.MAX_OCCUPANCY_MULTIPLE * beds), true));
  }

  /** {@return the first day of sd.dormitory-safety-officers-2018, from the pack that gives safetyOfficerPerRoom} */
  public static LocalDate safetyOfficersFrom() {
    return RulePackRegistry.standard().pack(shandong(DAY, VerificationPolicy.DEFAULT).rules().value()
        .safetyOfficerPerRoom().orElseThrow().applied().pack()).validFrom();
  }

  /** {@return the first day Shandong asks for a safety officer per room, or the day before} */
  public static Gen<LocalDate> daysAroundSafetyOfficers() {
    LocalDate from = safetyOfficersFrom();
    return Generate.pick(List.of(from.minusDays(1), from));
  }

  /** {@return occupied rooms (1 to all beds taken) without a safety officer} */
  public static Gen<DormitoryRoom> occupiedRoomsWithoutOfficer() {
    return integers().between(1, DormitoryRoom.MAX_DESIGN_CAPACITY)
        .flatMap(beds -> integers().between(1, beds).map(o -> DormitoryGenerators.room("r0", beds, o, false)));
  }
}
