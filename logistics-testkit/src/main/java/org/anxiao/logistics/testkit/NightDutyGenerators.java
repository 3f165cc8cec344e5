package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.logistics.dormitory.DutyPost;
import org.anxiao.logistics.dormitory.DutyRole;
import org.anxiao.logistics.dormitory.NightDuties;
import org.anxiao.logistics.dormitory.NightDutyLog;
import org.anxiao.logistics.dormitory.NightIncident;
import org.quicktheories.core.Gen;

/**
 * Generators of dormitory night-duty logs (宿舍夜间值守): the night of {@link #NIGHT}, on duty 21:00 to 06:00, 1–2
 * dormitory keepers, 0–17 patrol rounds every half hour from 21:30, 0–500 occupied rooms of which 0–all checked, and
 * 0–2 incidents inside the window; nights with patrol rounds at the minimum of the shipped pack
 * {@code sh.example.dormitory-night-checks} ({@code minimumPatrolRounds}, read through {@link NightDuties#rules()} in
 * Shanghai with the caller's consent — 2 as shipped, UNVERIFIED and illustrative) and one either side; and logs
 * checking more rooms than are occupied, labelled {@code INVALID_VALUE} naming {@code roomsChecked}.
 */
public final class NightDutyGenerators {
  /** The night of the generated logs. */
  public static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);
  /** The start of duty. */
  public static final LocalDateTime FROM = NIGHT.atTime(21, 0);
  /** The end of duty, the next morning. */
  public static final LocalDateTime UNTIL = NIGHT.plusDays(1).atTime(6, 0);

  /** Shanghai, where sh.example.dormitory-night-checks applies (and in its districts). */
  public static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");

  private NightDutyGenerators() {}

  /** {@return the shipped minimumPatrolRounds in Shanghai on {@link #NIGHT}, read with ALLOW_UNVERIFIED} */
  public static long minimumPatrolRounds() {
    return NightDuties.in(RuleContext.standard(SHANGHAI, NIGHT).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).rules()
        .value().minimumPatrolRounds().orElseThrow().value();
  }

  /**
   * {@return nights of one keeper, every one of 0–500 occupied rooms checked, no incident, and patrol rounds one
   * below, at or one above {@link #minimumPatrolRounds()} (none below 0)}
   */
  public static Gen<NightDutyLog> nightsAtTheMinimumRounds() {
    return Boundaries.aroundInts(List.of(Math.toIntExact(minimumPatrolRounds())), 0)
        .zip(integers().between(0, 500), (rounds, rooms) -> night(1, rounds, rooms, rooms, List.of()));
  }

  /**
   * {@return a night in building B3 with {@code keepers} keepers, {@code rounds} rounds, and checked of occupied rooms}
   *
   * @param keepers   dormitory keepers on duty, 0 or more
   * @param rounds    patrol rounds, 0–17, every half hour from 21:30
   * @param occupied  rooms occupied
   * @param checked   rooms checked, at most {@code occupied}
   * @param incidents incidents of the night
   */
  public static NightDutyLog night(int keepers, int rounds, int occupied, int checked, List<NightIncident> incidents) {
    List<LocalDateTime> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      times.add(FROM.plusMinutes(30L * (1 + i)));
    }
    return NightDutyLog.of("B3", NIGHT, FROM, UNTIL, List.of(new DutyPost(DutyRole.DORMITORY_KEEPER, keepers)), times,
        occupied, checked, incidents);
  }

  /** {@return incidents at a minute of the duty window, reported or not} */
  public static Gen<NightIncident> incidents() {
    return integers().between(0, 9 * 60).zip(integers().between(0, 1),
        (m, reported) -> new NightIncident(FROM.plusMinutes(m), "学生发烧", reported == 1));
  }

  /** {@return valid night-duty logs} */
  public static Gen<NightDutyLog> logs() {
    Gen<int[]> rooms = integers().between(0, 500).flatMap(o -> integers().between(0, o).map(c -> new int[] {o, c}));
    return integers().between(1, 2).zip(integers().between(0, 17), rooms, lists().of(incidents()).ofSizeBetween(0, 2),
        (k, r, oc, inc) -> night(k, r, oc[0], oc[1], inc));
  }

  /** {@return logs checking 1–50 more rooms than are occupied: INVALID_VALUE naming roomsChecked} */
  public static Gen<InvalidInput<NightDutyLog>> moreCheckedThanOccupied() {
    return integers().between(0, 500).zip(integers().between(1, 50), (o, over) -> InvalidInput.of(
        (o + over) + " rooms checked of " + o + " occupied", "INVALID_VALUE", "roomsChecked",
        () -> night(1, 2, o, o + over, List.of())));
  }
}
