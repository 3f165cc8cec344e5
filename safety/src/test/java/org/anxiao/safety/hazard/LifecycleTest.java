package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.ACCEPTED;
import static org.anxiao.safety.hazard.HazardFixtures.DEADLINE;
import static org.anxiao.safety.hazard.HazardFixtures.FOUND;
import static org.anxiao.safety.hazard.HazardFixtures.GRADED;
import static org.anxiao.safety.hazard.HazardFixtures.STARTED;
import static org.anxiao.safety.hazard.HazardFixtures.SUBMITTED;
import static org.anxiao.safety.hazard.HazardFixtures.accepted;
import static org.anxiao.safety.hazard.HazardFixtures.graded;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.anxiao.safety.hazard.HazardFixtures.started;
import static org.anxiao.safety.hazard.HazardFixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.safety.hazard.HazardEvent.AcceptanceFailed;
import org.anxiao.safety.hazard.HazardEvent.DeadlineExtended;
import org.anxiao.safety.hazard.HazardEvent.FlaggedHardToResolve;
import org.anxiao.safety.hazard.HazardEvent.Reopened;
import org.junit.jupiter.api.Test;

/**
 * The hazard lifecycle (隐患闭环): REPORTED → GRADED → RECTIFYING → AWAITING_ACCEPTANCE → CLOSED, with
 * failed acceptance, reopening and the hard-to-resolve flag, replayed on chosen days; and the illegal
 * steps, each refused naming {@code history[i]}.
 */
class LifecycleTest {
  private static final Hazard CLOSED = HazardFixtures.closedGeneral("H-1");

  @Test
  void theStateOnEachDayIsTheReplayOfTheEventsUpToThatDay() {
    assertEquals(HazardState.REPORTED, CLOSED.state(FOUND));
    assertEquals(HazardState.REPORTED, CLOSED.state(GRADED.minusDays(1)));
    assertEquals(HazardState.GRADED, CLOSED.state(GRADED));
    assertEquals(HazardState.RECTIFYING, CLOSED.state(STARTED));
    assertEquals(HazardState.RECTIFYING, CLOSED.state(SUBMITTED.minusDays(1)));
    assertEquals(HazardState.AWAITING_ACCEPTANCE, CLOSED.state(SUBMITTED));
    assertEquals(HazardState.AWAITING_ACCEPTANCE, CLOSED.state(ACCEPTED.minusDays(1)));
    assertEquals(HazardState.CLOSED, CLOSED.state(ACCEPTED));
    assertEquals(HazardState.CLOSED, CLOSED.state(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void whatTheRegisterBridgeReadsOnADay() {
    HazardStatus s = CLOSED.status(STARTED);
    assertEquals(Optional.of(HazardGrade.GENERAL), s.grade());
    assertEquals(FOUND, s.foundDate());
    assertEquals(Optional.of(DEADLINE), s.deadline());
    assertEquals(Optional.empty(), s.closedDate());
    assertFalse(s.hardToResolve());
    assertEquals(Optional.of(MinhangOutcome.RESOLVING_WITH_DEADLINE), s.outcome());
    HazardStatus closed = CLOSED.status(ACCEPTED);
    assertEquals(Optional.of(ACCEPTED), closed.closedDate());
    assertEquals(Optional.of(MinhangOutcome.RESOLVED), closed.outcome());
    assertEquals(Optional.of(DEADLINE), closed.deadline(), "the deadline stays after closing");
    assertEquals(Optional.empty(), CLOSED.outcome(FOUND), "open without a deadline: no Minhang outcome");
    assertEquals(Optional.empty(), CLOSED.outcome(GRADED));
  }

  @Test
  void overdueIsOpenOnADayAfterTheDeadline() {
    Hazard open = hazard("H-2", List.of(graded(HazardGrade.GENERAL), started(Optional.empty())));
    assertFalse(open.overdue(DEADLINE), "the deadline day itself is in time");
    assertTrue(open.overdue(DEADLINE.plusDays(1)));
    assertFalse(open.overdue(STARTED));
    assertFalse(CLOSED.overdue(DEADLINE.plusDays(100)), "closed is never overdue");
    Hazard awaiting = hazard("H-3", List.of(graded(HazardGrade.GENERAL), started(Optional.empty()), submitted()));
    assertTrue(awaiting.overdue(DEADLINE.plusDays(1)), "awaiting acceptance is still open");
    Hazard reported = hazard("H-4", List.of());
    assertFalse(reported.overdue(LocalDate.of(2030, 1, 1)), "no deadline, never overdue");
  }

  @Test
  void hardToResolveHoldsUntilClosedAndDecidesTheOutcome() {
    Hazard hard = hazard("H-5", List.of(graded(HazardGrade.MAJOR), started(Optional.empty()),
        new FlaggedHardToResolve(LocalDate.of(2024, 3, 20), "设置警戒线，实验室停用")));
    assertFalse(hard.status(LocalDate.of(2024, 3, 19)).hardToResolve());
    assertTrue(hard.status(LocalDate.of(2024, 3, 20)).hardToResolve());
    assertEquals(Optional.of(MinhangOutcome.HARD_TO_RESOLVE), hard.outcome(LocalDate.of(2024, 3, 20)));
    Hazard closed = hard.with(new HazardEvent.SubmittedForAcceptance(LocalDate.of(2024, 6, 1), List.of("p.jpg")))
        .with(new HazardEvent.Accepted(LocalDate.of(2024, 6, 2), Assignee.of("安全管理中心"), List.of("r.pdf")));
    assertTrue(closed.status(LocalDate.of(2024, 6, 1)).hardToResolve(), "awaiting acceptance keeps the flag");
    assertFalse(closed.status(LocalDate.of(2024, 6, 2)).hardToResolve());
    assertEquals(Optional.of(MinhangOutcome.RESOLVED), closed.outcome(LocalDate.of(2024, 6, 2)));
  }

  @Test
  void failedAcceptanceReturnsToRectifyingAndReopeningToo() {
    Hazard h = hazard("H-6", List.of(graded(HazardGrade.GENERAL), started(Optional.empty()), submitted(),
        new AcceptanceFailed(LocalDate.of(2024, 3, 29), "门锁型号不符"),
        new DeadlineExtended(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 15), "更换门锁需采购"),
        new HazardEvent.SubmittedForAcceptance(LocalDate.of(2024, 4, 10), List.of("p2.jpg")),
        new HazardEvent.Accepted(LocalDate.of(2024, 4, 12), Assignee.of("安全管理中心"), List.of("r2.pdf")),
        new Reopened(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), "门锁损坏")));
    assertEquals(HazardState.RECTIFYING, h.state(LocalDate.of(2024, 3, 29)));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 15)), h.status(LocalDate.of(2024, 3, 29)).deadline());
    assertEquals(HazardState.CLOSED, h.state(LocalDate.of(2024, 8, 31)));
    HazardStatus reopened = h.status(LocalDate.of(2024, 9, 1));
    assertEquals(HazardState.RECTIFYING, reopened.state());
    assertEquals(Optional.empty(), reopened.closedDate());
    assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), reopened.deadline());
    assertEquals(Optional.of(HazardGrade.GENERAL), reopened.grade(), "the grade stands");
    assertTrue(h.overdue(LocalDate.of(2024, 10, 1)));
  }

  @Test
  void acceptingAReportedHazardIsIllegalAndNamesTheEvent() {
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> hazard("H-7", List.of(accepted())));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertEquals(Optional.of("history[0]"), e.field());
    assertEquals("ACCEPTED", e.event());
    assertEquals(HazardState.REPORTED, e.from());
    assertTrue(e.getMessage().contains("AWAITING_ACCEPTANCE"), e.getMessage());
  }

  @Test
  void closingWithoutAnAcceptanceRecordIsImpossible() {
    // From RECTIFYING straight to an acceptance: refused at history[2].
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> hazard("H-8", List.of(graded(HazardGrade.GENERAL), started(Optional.empty()), accepted())));
    assertEquals(Optional.of("history[2]"), e.field());
    assertEquals(HazardState.RECTIFYING, e.from());
  }

  @Test
  void eachEventOutsideItsStateIsRefused() {
    HazardEvent failed = new AcceptanceFailed(LocalDate.of(2024, 3, 29), "x");
    HazardEvent extended = new DeadlineExtended(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 30), "x");
    HazardEvent flagged = new FlaggedHardToResolve(LocalDate.of(2024, 3, 29), "x");
    HazardEvent reopened = new Reopened(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 30), "x");
    List<HazardEvent> graded = List.of(graded(HazardGrade.GENERAL));
    for (HazardEvent e : List.of(failed, extended, flagged, reopened, submitted())) {
      IllegalTransitionException x = assertThrows(IllegalTransitionException.class, () -> hazard("H", append(graded, e)));
      assertEquals(Optional.of("history[1]"), x.field(), e.toString());
      assertEquals(HazardState.GRADED, x.from());
    }
    assertThrows(IllegalTransitionException.class, () -> hazard("H", List.of(graded(HazardGrade.GENERAL),
        graded(HazardGrade.MAJOR))), "graded twice");
    assertThrows(IllegalTransitionException.class, () -> hazard("H", List.of(started(Optional.empty()))),
        "rectifying before grading");
    IllegalTransitionException twice = assertThrows(IllegalTransitionException.class, () -> hazard("H",
        List.of(graded(HazardGrade.GENERAL), started(Optional.empty()), started(Optional.empty()))));
    assertEquals("RECTIFICATION_STARTED", twice.event());
    assertThrows(IllegalTransitionException.class, () -> CLOSED.with(accepted()), "accepted twice");
    assertThrows(IllegalTransitionException.class, () -> CLOSED.with(new FlaggedHardToResolve(ACCEPTED, "x")),
        "flagged while closed");
  }

  @Test
  void eventsOutOfDateOrderOrBeforeTheFindingAreRefused() {
    IllegalTransitionException order = assertThrows(IllegalTransitionException.class, () -> hazard("H",
        List.of(graded(HazardGrade.GENERAL), new HazardEvent.RectificationStarted(GRADED.minusDays(1), DEADLINE,
            Assignee.of("总务处"), Optional.empty()))));
    assertEquals(Optional.of("history[1].date"), order.field());
    IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
        () -> hazard("H", List.of(new HazardEvent.Graded(FOUND.minusDays(1), HazardGrade.GENERAL))));
    assertEquals(Optional.of("history[0].date"), early.field());
    // Same day is in order.
    assertEquals(HazardState.GRADED, hazard("H", List.of(new HazardEvent.Graded(FOUND, HazardGrade.GENERAL))).state(FOUND));
  }

  @Test
  void aDeadlineBeforeTheFindingOrAnExtensionThatShortensAreRefused() {
    // The deadline may not precede its event's day, which may not precede the found day.
    InvalidValueException before = assertThrows(InvalidValueException.class, () -> new HazardEvent.RectificationStarted(
        FOUND, FOUND.minusDays(1), Assignee.of("总务处"), Optional.empty()));
    assertEquals(Optional.of("deadline"), before.field());
    assertEquals(FOUND, new HazardEvent.RectificationStarted(FOUND, FOUND, Assignee.of("总务处"), Optional.empty()).deadline());
    List<HazardEvent> rectifying = List.of(graded(HazardGrade.GENERAL), started(Optional.empty()));
    IllegalTransitionException same = assertThrows(IllegalTransitionException.class, () -> hazard("H",
        append(rectifying, new DeadlineExtended(LocalDate.of(2024, 3, 20), DEADLINE, "x"))));
    assertEquals(Optional.of("history[2].deadline"), same.field());
    assertEquals(Optional.of(DEADLINE.plusDays(1)), hazard("H", append(rectifying,
        new DeadlineExtended(LocalDate.of(2024, 3, 20), DEADLINE.plusDays(1), "x"))).status(LocalDate.of(2024, 3, 20)).deadline());
    assertThrows(InvalidValueException.class, () -> new DeadlineExtended(FOUND, FOUND.minusDays(1), "x"));
    assertThrows(InvalidValueException.class, () -> new Reopened(FOUND, FOUND.minusDays(1), "x"));
  }

  @Test
  void aStatusBeforeTheFindingIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CLOSED.status(FOUND.minusDays(1)));
    assertEquals(Optional.of("asOf"), e.field());
  }

  @Test
  void namesAreRedactedInTextAndDroppedOnRequest() {
    assertFalse(CLOSED.toString().contains("张三"), CLOSED.toString());
    assertFalse(CLOSED.toString().contains("李四"), CLOSED.toString());
    assertTrue(CLOSED.toString().contains("name redacted"));
    Hazard anonymous = CLOSED.withoutNames();
    HazardEvent.RectificationStarted s = (HazardEvent.RectificationStarted) anonymous.history().get(1);
    assertEquals(Optional.empty(), s.owner().name());
    assertEquals("总务处", s.owner().role());
    assertEquals(Optional.empty(), ((HazardEvent.Accepted) anonymous.history().get(3)).acceptedBy().name());
    Assignee role = Assignee.of("总务处");
    assertTrue(role == role.withoutName());
    assertEquals("总务处", role.toString());
    assertEquals(CLOSED.state(ACCEPTED), anonymous.state(ACCEPTED));
  }

  private static List<HazardEvent> append(List<HazardEvent> history, HazardEvent e) {
    java.util.ArrayList<HazardEvent> l = new java.util.ArrayList<>(history);
    l.add(e);
    return l;
  }
}
