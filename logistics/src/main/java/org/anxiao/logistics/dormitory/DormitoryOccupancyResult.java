package org.anxiao.logistics.dormitory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * A dormitory's occupancy and room checks (学生公寓入住及管理核对结果), from {@link DormitoryOccupancy}:
 * per room the occupancy rate and the checks, for the building the total occupants over the total
 * design capacity, the checks not made because their rule value is below the verification policy,
 * the rule values read, the packs in force and bilingual findings. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject        the building
 * @param input          the dormitory assessed
 * @param rooms          one line per room, in the dormitory's order
 * @param designCapacity the building's design capacity in beds (Σ rooms)
 * @param occupants      the building's occupants (Σ rooms)
 * @param rate           occupants ÷ design capacity, 4 decimals {@code HALF_UP}
 * @param skipped        the parameters whose check was not made (below the policy), in reading order; each
 *                       has one {@code LOGISTICS.DORMITORY.NOT_CHECKED} finding citing the refused value
 * @param rules          the rule values read, in first-use order
 * @param packs          the packs in force, narrowest first
 * @param findings       the findings
 */
public record DormitoryOccupancyResult(Subject subject, Dormitory input, List<RoomOccupancy> rooms,
    long designCapacity, long occupants, BigDecimal rate, List<String> skipped, List<AppliedRule> rules,
    List<PackRef> packs, List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject        the building
   * @param input          the dormitory
   * @param rooms          the room lines, one per room
   * @param designCapacity the building's design capacity, at least 1
   * @param occupants      the building's occupants, at least 0
   * @param rate           the building's occupancy rate, at least 0
   * @param skipped        the parameters not checked
   * @param rules          the rule values read
   * @param packs          the packs in force
   * @param findings       the findings
   */
  public DormitoryOccupancyResult {
    Require.nonNull("subject", subject);
    Require.nonNull("input", input);
    rooms = Bounds.list("rooms", rooms);
    Require.that(rooms.size() == input.rooms().size(), "rooms", rooms.size(), "must hold one line per room ({})",
        input.rooms().size());
    Require.that(Bounds.count("designCapacity", designCapacity) >= 1, "designCapacity", designCapacity,
        "must be at least 1");
    Bounds.count("occupants", occupants);
    Require.nonNegative("rate", Bounds.decimal("rate", rate));
    skipped = Bounds.list("skipped", skipped);
    for (int i = 0; i < skipped.size(); i++) {
      Bounds.code("skipped[" + i + "]", skipped.get(i));
    }
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /**
   * {@return the line of room {@code roomId}, if the dormitory has it}
   *
   * @param roomId a room id
   */
  public Optional<RoomOccupancy> room(String roomId) {
    Bounds.code("roomId", roomId);
    return rooms.stream().filter(r -> r.roomId().equals(roomId)).findFirst();
  }

  /** {@return the ids of the rooms over the maximum occupancy rate, in room order} */
  public List<String> overCapacity() {
    return rooms.stream().filter(RoomOccupancy::overCapacity).map(RoomOccupancy::roomId).toList();
  }

  /** {@return the ids of the rooms lacking a required safety officer, in room order} */
  public List<String> withoutSafetyOfficer() {
    return rooms.stream().filter(RoomOccupancy::withoutSafetyOfficer).map(RoomOccupancy::roomId).toList();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return DormitoryOccupancy.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return input;
  }
}
