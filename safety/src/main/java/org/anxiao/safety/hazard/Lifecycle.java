package org.anxiao.safety.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.safety.hazard.HazardEvent.AcceptanceFailed;
import org.anxiao.safety.hazard.HazardEvent.Accepted;
import org.anxiao.safety.hazard.HazardEvent.DeadlineExtended;
import org.anxiao.safety.hazard.HazardEvent.FlaggedHardToResolve;
import org.anxiao.safety.hazard.HazardEvent.Graded;
import org.anxiao.safety.hazard.HazardEvent.RectificationStarted;
import org.anxiao.safety.hazard.HazardEvent.Reopened;
import org.anxiao.safety.hazard.HazardEvent.SubmittedForAcceptance;

/**
 * The hazard state machine: replays a history into a {@link HazardStatus}, refusing an illegal step
 * with an {@link IllegalTransitionException} naming {@code history[i]}. Stateless.
 */
final class Lifecycle {
  private Lifecycle() {}

  /** The wire type of an event, as {@link HazardEvent}'s discriminator. */
  static String typeOf(HazardEvent event) {
    if (event instanceof Graded) {
      return "GRADED";
    } else if (event instanceof RectificationStarted) {
      return "RECTIFICATION_STARTED";
    } else if (event instanceof DeadlineExtended) {
      return "DEADLINE_EXTENDED";
    } else if (event instanceof FlaggedHardToResolve) {
      return "FLAGGED_HARD_TO_RESOLVE";
    } else if (event instanceof SubmittedForAcceptance) {
      return "SUBMITTED_FOR_ACCEPTANCE";
    } else if (event instanceof Accepted) {
      return "ACCEPTED";
    } else if (event instanceof AcceptanceFailed) {
      return "ACCEPTANCE_FAILED";
    }
    return "REOPENED";
  }

  /**
   * Replays {@code history} (all of it, checking every step) and returns the status on {@code asOf}:
   * events dated after {@code asOf} are checked but not applied.
   */
  static HazardStatus replay(LocalDate found, List<HazardEvent> history, LocalDate asOf) {
    Replay r = new Replay(found);
    HazardStatus at = null;
    for (int i = 0; i < history.size(); i++) {
      HazardEvent e = history.get(i);
      if (at == null && e.date().isAfter(asOf)) {
        at = r.status(asOf);
      }
      r.apply("history[" + i + "]", e);
    }
    return at != null ? at : r.status(asOf);
  }

  /** The running state of one replay. */
  private static final class Replay {
    private final LocalDate found;
    private LocalDate last;
    private HazardState state = HazardState.REPORTED;
    private Optional<HazardGrade> grade = Optional.empty();
    private Optional<LocalDate> deadline = Optional.empty();
    private Optional<LocalDate> closed = Optional.empty();
    private boolean hard;
    private Optional<RectificationPlan> plan = Optional.empty();

    Replay(LocalDate found) {
      this.found = found;
      this.last = found;
    }

    HazardStatus status(LocalDate asOf) {
      return new HazardStatus(asOf, state, grade, found, deadline, closed, hard, plan);
    }

    void apply(String at, HazardEvent e) {
      if (e.date().isBefore(found)) {
        throw new IllegalTransitionException(at + ".date", e, state, "is before the day the hazard was found, " + found);
      }
      if (e.date().isBefore(last)) {
        throw new IllegalTransitionException(at + ".date", e, state,
            "is before the previous event's date " + last + ": events are in date order");
      }
      if (e instanceof Graded g) {
        require(at, e, HazardState.REPORTED);
        grade = Optional.of(g.grade());
        state = HazardState.GRADED;
      } else if (e instanceof RectificationStarted s) {
        require(at, e, HazardState.GRADED);
        deadline = Optional.of(s.deadline());
        plan = s.plan();
        state = HazardState.RECTIFYING;
      } else if (e instanceof DeadlineExtended x) {
        require(at, e, HazardState.RECTIFYING);
        LocalDate old = deadline.orElseThrow();
        if (!x.deadline().isAfter(old)) {
          throw new IllegalTransitionException(at + ".deadline", e, state,
              "an extension's deadline must be later than the deadline in force, " + old);
        }
        deadline = Optional.of(x.deadline());
      } else if (e instanceof FlaggedHardToResolve) {
        require(at, e, HazardState.RECTIFYING);
        hard = true;
      } else if (e instanceof SubmittedForAcceptance) {
        require(at, e, HazardState.RECTIFYING);
        state = HazardState.AWAITING_ACCEPTANCE;
      } else if (e instanceof Accepted a) {
        require(at, e, HazardState.AWAITING_ACCEPTANCE);
        closed = Optional.of(a.date());
        hard = false;
        state = HazardState.CLOSED;
      } else if (e instanceof AcceptanceFailed) {
        require(at, e, HazardState.AWAITING_ACCEPTANCE);
        state = HazardState.RECTIFYING;
      } else {
        Reopened o = (Reopened) e;
        require(at, e, HazardState.CLOSED);
        closed = Optional.empty();
        deadline = Optional.of(o.deadline());
        state = HazardState.RECTIFYING;
      }
      last = e.date();
    }

    private void require(String at, HazardEvent e, HazardState from) {
      if (state != from) {
        throw new IllegalTransitionException(at, e, state, typeOf(e) + " is allowed only in state " + from);
      }
    }
  }
}
