package org.anxiao.logistics.dormitory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;

/**
 * A dormitory building's night duty and inspection record (宿舍楼夜间值班与巡查记录) as a top-level JSON
 * document (document type {@code dormitory-night-duty}, schema {@value #SCHEMA_RESOURCE}): the building,
 * the night (its date and the duty window {@code dutyFrom}–{@code dutyUntil}, local time), the staff on duty
 * by role (宿管员、值班教师、保安员, a count each, no personal names), the patrol rounds (巡逻) by their start
 * time, the rooms checked (查寝) of the rooms occupied, and the incidents with whether each was reported.
 * Sources: 闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)6 (落实值班值守制度，发生突发事件第一时间报告)
 * and §四(一)8 (寄宿制学校夜间……开展日常守护、巡逻); 沪教委后〔2024〕10号 §四2 (切实加强安全保卫工作).
 *
 * <p>Invariants, each refused with {@code INVALID_VALUE} naming the field: {@code dutyFrom} falls on
 * {@code night}; {@code dutyUntil} is after {@code dutyFrom} and at most {@value #MAX_WINDOW_HOURS} hours
 * later (an input-sanity bound); a role appears once in {@code staff}; every patrol round lies in the
 * window (ends included) and after the one before (two at the same time are refused); every incident lies
 * in the window; {@code roomsChecked} is 0 to {@code roomsOccupied}, and both are counts (0 to
 * 10,000,000). Immutable.
 *
 * @param schemaVersion the wire-format version
 * @param buildingId    the dormitory building's id
 * @param night         the night's date (the evening it starts)
 * @param dutyFrom      the start of the duty window, on {@code night}
 * @param dutyUntil     the end of the duty window, after {@code dutyFrom}, at most 24 hours later
 * @param staff         the staff on duty by role, each role once
 * @param patrolRounds  the start time of each patrol round, in the window, strictly in order
 * @param roomsOccupied the rooms with pupils sleeping in them that night
 * @param roomsChecked  the occupied rooms checked (查寝), at most {@code roomsOccupied}
 * @param incidents     the incidents of the night, in the window
 */
public record NightDutyLog(String schemaVersion, String buildingId, LocalDate night, LocalDateTime dutyFrom,
    LocalDateTime dutyUntil, List<DutyPost> staff, List<LocalDateTime> patrolRounds, int roomsOccupied,
    int roomsChecked, List<NightIncident> incidents) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/dormitory-night-duty.schema.json";
  /** The document type {@code dormitory-night-duty}. */
  public static final DocumentType<NightDutyLog> DOCUMENT = DocumentType.of("dormitory-night-duty",
      NightDutyLog.class, NightDutyLog.class.getModule(), SCHEMA_RESOURCE);
  /** The longest duty window, in hours: an input-sanity bound, not a policy number. */
  public static final int MAX_WINDOW_HOURS = 24;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param buildingId    the building's id
   * @param night         the night's date
   * @param dutyFrom      the start of the duty window
   * @param dutyUntil     the end of the duty window
   * @param staff         the staff on duty by role
   * @param patrolRounds  the patrol rounds' start times
   * @param roomsOccupied the rooms occupied
   * @param roomsChecked  the rooms checked
   * @param incidents     the incidents
   * @throws org.anxiao.core.error.InvalidValueException for an invariant broken, naming the field
   */
  public NightDutyLog {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("buildingId", buildingId);
    Bounds.date("night", night);
    Require.nonNull("dutyFrom", dutyFrom);
    Require.nonNull("dutyUntil", dutyUntil);
    Require.that(dutyFrom.toLocalDate().equals(night), "dutyFrom", dutyFrom, "must fall on the night's date {}",
        night);
    Require.that(dutyUntil.isAfter(dutyFrom), "dutyUntil", dutyUntil, "must be after dutyFrom {}", dutyFrom);
    Require.that(!dutyUntil.isAfter(dutyFrom.plusHours(MAX_WINDOW_HOURS)), "dutyUntil", dutyUntil,
        "must be at most {} hours after dutyFrom", MAX_WINDOW_HOURS);
    staff = Bounds.list("staff", staff);
    Set<DutyRole> roles = EnumSet.noneOf(DutyRole.class);
    for (int i = 0; i < staff.size(); i++) {
      Require.thatElement(roles.add(staff.get(i).role()), "staff", i, ".role", staff.get(i).role(),
          "role given twice");
    }
    patrolRounds = Bounds.list("patrolRounds", patrolRounds);
    for (int i = 0; i < patrolRounds.size(); i++) {
      LocalDateTime t = patrolRounds.get(i);
      Require.thatElement(inWindow(t, dutyFrom, dutyUntil), "patrolRounds", i, "", t,
          "must lie in the duty window " + dutyFrom + " to " + dutyUntil);
      if (i > 0) {
        LocalDateTime before = patrolRounds.get(i - 1);
        Require.thatElement(!t.isEqual(before), "patrolRounds", i, "", t, "same time as the round before");
        Require.thatElement(t.isAfter(before), "patrolRounds", i, "", t,
            "must be after the round before (" + before + ")");
      }
    }
    Bounds.count("roomsOccupied", roomsOccupied);
    Bounds.count("roomsChecked", roomsChecked);
    Require.that(roomsChecked <= roomsOccupied, "roomsChecked", roomsChecked,
        "must not exceed roomsOccupied ({})", roomsOccupied);
    incidents = Bounds.list("incidents", incidents);
    for (int i = 0; i < incidents.size(); i++) {
      LocalDateTime t = incidents.get(i).time();
      Require.thatElement(inWindow(t, dutyFrom, dutyUntil), "incidents", i, ".time", t,
          "must lie in the duty window " + dutyFrom + " to " + dutyUntil);
    }
  }

  /**
   * {@return a night duty record in the current wire-format version}
   *
   * @param buildingId    the building's id
   * @param night         the night's date
   * @param dutyFrom      the start of the duty window, on {@code night}
   * @param dutyUntil     the end of the duty window
   * @param staff         the staff on duty by role
   * @param patrolRounds  the patrol rounds' start times, in order
   * @param roomsOccupied the rooms occupied
   * @param roomsChecked  the rooms checked
   * @param incidents     the incidents
   */
  public static NightDutyLog of(String buildingId, LocalDate night, LocalDateTime dutyFrom, LocalDateTime dutyUntil,
      List<DutyPost> staff, List<LocalDateTime> patrolRounds, int roomsOccupied, int roomsChecked,
      List<NightIncident> incidents) {
    return new NightDutyLog(DocumentType.CURRENT_VERSION, buildingId, night, dutyFrom, dutyUntil, staff, patrolRounds,
        roomsOccupied, roomsChecked, incidents);
  }

  /** {@return the staff on duty, the sum over the roles} */
  public int onDuty() {
    return staff.stream().mapToInt(DutyPost::count).sum();
  }

  /** {@return the duty window's length} */
  public Duration window() {
    return Duration.between(dutyFrom, dutyUntil);
  }

  private static boolean inWindow(LocalDateTime t, LocalDateTime from, LocalDateTime until) {
    return !t.isBefore(from) && !t.isAfter(until);
  }
}
