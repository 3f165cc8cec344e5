package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.DormitoryFixtures.ALL;
import static org.anxiao.logistics.dormitory.DormitoryFixtures.room;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.junit.jupiter.api.Test;

/** Bad input names its field; each bound is tested at, below and above. */
class DormitoryBoundariesTest {
  private static String field(Runnable r) {
    InvalidValueException e = assertThrows(InvalidValueException.class, r::run);
    return e.field().orElse("");
  }

  @Test
  void designCapacityIsOneToAHundredBeds() {
    assertEquals("designCapacity", field(() -> room("r", -1, 0, false)));
    assertEquals("designCapacity", field(() -> room("r", 0, 0, false)));
    assertEquals(1, room("r", 1, 0, false).designCapacity());
    assertEquals(100, room("r", 100, 0, false).designCapacity());
    assertEquals("designCapacity", field(() -> room("r", 101, 0, false)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> room("r", -4, 0, false));
    assertEquals("-4", e.value().orElseThrow());
    assertTrue(e.getMessage().contains("1 to 100"), e.getMessage());
  }

  @Test
  void occupantsAreZeroToTwiceTheDesignCapacity() {
    assertEquals("occupants", field(() -> room("r", 4, -1, false)));
    assertEquals(0, room("r", 4, 0, false).occupants());
    assertEquals(8, room("r", 4, 8, false).occupants());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> room("r", 4, 9, false));
    assertEquals("occupants", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("2 times the design capacity"), e.getMessage());
    assertEquals(200, room("r", 100, 200, false).occupants());
    assertEquals("occupants", field(() -> room("r", 100, 201, false)));
  }

  @Test
  void roomFieldsAreChecked() {
    assertThrows(AnxiaoException.class, () -> room(" ", 4, 4, false));
    assertThrows(AnxiaoException.class, () -> new DormitoryRoom("r", 4, 4, Optional.of("a\nb"), ALL));
    assertThrows(AnxiaoException.class, () -> new DormitoryRoom("r", 4, 4, Optional.of(" "), ALL));
    Set<Responsibility> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThrows(AnxiaoException.class, () -> new DormitoryRoom("r", 4, 4, Optional.empty(), withNull));
    Set<Responsibility> given = EnumSet.of(Responsibility.WATER);
    DormitoryRoom r = new DormitoryRoom("r", 4, 4, Optional.empty(), given);
    given.add(Responsibility.FIRE_PREVENTION);
    assertEquals(Set.of(Responsibility.WATER), r.responsibilities());
    assertThrows(UnsupportedOperationException.class, () -> r.responsibilities().add(Responsibility.FIRE_PREVENTION));
    assertFalse(r.hasSafetyOfficer());
    assertTrue(room("r", 4, 4, true).hasSafetyOfficer());
  }

  @Test
  void aDormitoryHasRoomsWithUniqueIds() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Dormitory.of("d", "楼", List.of(room("a", 4, 4, true), room("b", 4, 4, true), room("a", 6, 1, true))));
    assertEquals("rooms[2].id", e.field().orElseThrow());
    assertEquals("a", e.value().orElseThrow());
    assertEquals("rooms", field(() -> Dormitory.of("d", "楼", List.of())));
    assertThrows(AnxiaoException.class, () -> Dormitory.of("d", " ", List.of(room("a", 4, 4, true))));
    assertThrows(AnxiaoException.class, () -> new Dormitory("9", "d", "楼", List.of(room("a", 4, 4, true))));
    Dormitory d = Dormitory.of("d", "楼", List.of(room("a", 4, 3, true), room("b", 6, 5, true)));
    assertEquals(10, d.designCapacity());
    assertEquals(8, d.occupants());
    assertEquals(4, d.room("a").orElseThrow().designCapacity());
    assertTrue(d.room("c").isEmpty());
    assertEquals("1.0", d.schemaVersion());
  }

  @Test
  void resultRecordsCheckTheirComponents() {
    assertEquals("designCapacity", field(() -> new RoomOccupancy("a", 0, 0, BigDecimal.ZERO, false, false, Set.of())));
    assertEquals("occupants", field(() -> new RoomOccupancy("a", 1, -1, BigDecimal.ZERO, false, false, Set.of())));
    assertEquals("designCapacity", field(() -> new RoomOccupancy("a", 101, 0, BigDecimal.ZERO, false, false, Set.of())));
    assertEquals("occupants", field(() -> new RoomOccupancy("a", 2, 5, BigDecimal.ZERO, false, false, Set.of())));
    assertEquals(4, new RoomOccupancy("a", 2, 4, BigDecimal.ONE, true, false, Set.of()).occupants());
    assertEquals(100, new RoomOccupancy("a", 100, 0, BigDecimal.ZERO, false, false, Set.of()).designCapacity());
    assertEquals("rate", field(() -> new RoomOccupancy("a", 1, 0, new BigDecimal("-0.0001"), false, false, Set.of())));
    RoomOccupancy line = new RoomOccupancy("a", 1, 0, BigDecimal.ZERO, false, false, EnumSet.of(Responsibility.WATER));
    assertEquals(Set.of(Responsibility.WATER), line.missingResponsibilities());
    Dormitory d = Dormitory.of("d", "楼", List.of(room("a", 1, 0, true)));
    Subject s = Subject.of(SubjectKind.BUILDING, "d");
    List<AppliedRule> none = List.of();
    assertEquals("rooms", field(() -> new DormitoryOccupancyResult(s, d, List.of(), 1, 0, BigDecimal.ZERO, List.of(),
        none, List.of(), List.of())));
    assertEquals("designCapacity", field(() -> new DormitoryOccupancyResult(s, d, List.of(line), 0, 0, BigDecimal.ZERO,
        List.of(), none, List.of(), List.of())));
    assertEquals("occupants", field(() -> new DormitoryOccupancyResult(s, d, List.of(line), 1, -1, BigDecimal.ZERO,
        List.of(), none, List.of(), List.of())));
    assertEquals("rate", field(() -> new DormitoryOccupancyResult(s, d, List.of(line), 1, 0, new BigDecimal("-1"),
        List.of(), none, List.of(), List.of())));
    DormitoryOccupancyResult ok = new DormitoryOccupancyResult(s, d, new ArrayList<>(List.of(line)), 1, 0,
        BigDecimal.ZERO, List.of(), none, List.of(), List.of());
    assertEquals(1, ok.rooms().size());
    assertEquals("skipped[0]", field(() -> new DormitoryOccupancyResult(s, d, List.of(line), 1, 0, BigDecimal.ZERO,
        List.of(" "), none, List.of(), List.of())));
    org.anxiao.core.scorecard.GradeBand band = new org.anxiao.core.scorecard.GradeBand("X",
        org.anxiao.core.text.LocalizedText.of("甲", "x"), BigDecimal.ZERO);
    assertEquals(100_000, new RoomRank(100_000, "a", BigDecimal.ONE, band).rank());
    assertEquals("rank", field(() -> new RoomRank(100_001, "a", BigDecimal.ONE, band)));
    assertEquals("rank", field(() -> new RoomRank(0, "a", BigDecimal.ONE,
        new org.anxiao.core.scorecard.GradeBand("X", org.anxiao.core.text.LocalizedText.of("甲", "x"), BigDecimal.ZERO))));
  }

  @Test
  void responsibilitiesFollowTheClauseOrderWithLabels() {
    assertEquals(List.of("用电", "用水", "设施维护", "防火", "防盗"),
        EnumSet.allOf(Responsibility.class).stream().map(r -> r.label().zh()).toList());
    assertEquals("theft prevention", Responsibility.THEFT_PREVENTION.label().en());
  }
}
