package org.anxiao.safety.hazard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * Where a hazard stands on a given day (隐患状态), the replay of its history up to and including that day
 * ({@link Hazard#status(LocalDate)}): the state, the grade, the deadline in force, the closing day,
 * the hard-to-resolve flag and the plan. Immutable and thread-safe.
 *
 * @param asOf          the day
 * @param state         the state on that day
 * @param grade         the grade, once graded
 * @param foundDate     the day the hazard was found
 * @param deadline      the deadline in force, once rectification has started (kept after closing)
 * @param closedDate    the day of the acceptance that closed it, while closed
 * @param hardToResolve true while open and flagged hard to resolve
 * @param plan          the rectification plan, if one was recorded
 */
public record HazardStatus(LocalDate asOf, HazardState state, Optional<HazardGrade> grade, LocalDate foundDate,
    Optional<LocalDate> deadline, Optional<LocalDate> closedDate, boolean hardToResolve,
    Optional<RectificationPlan> plan) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param asOf          the day
   * @param state         the state on that day
   * @param grade         the grade, once graded (null is read as empty)
   * @param foundDate     the day the hazard was found, not after {@code asOf}
   * @param deadline      the deadline in force (null is read as empty)
   * @param closedDate    the closing day, present exactly when {@code state} is {@code CLOSED}
   * @param hardToResolve true while open and flagged hard to resolve
   * @param plan          the rectification plan (null is read as empty)
   */
  public HazardStatus {
    Bounds.date("asOf", asOf);
    Require.nonNull("state", state);
    grade = Objects.requireNonNullElse(grade, Optional.empty());
    Bounds.date("foundDate", foundDate);
    Require.that(!foundDate.isAfter(asOf), "foundDate", foundDate, "must not be after asOf " + asOf);
    deadline = Objects.requireNonNullElse(deadline, Optional.empty());
    deadline.ifPresent(d -> Bounds.date("deadline", d));
    closedDate = Objects.requireNonNullElse(closedDate, Optional.empty());
    closedDate.ifPresent(d -> Bounds.date("closedDate", d));
    Require.that(closedDate.isPresent() == (state == HazardState.CLOSED), "closedDate", closedDate.orElse(null),
        "is present exactly when the state is CLOSED");
    Require.that(!hardToResolve || state.open(), "hardToResolve", true, "a closed hazard is not hard to resolve");
    plan = Objects.requireNonNullElse(plan, Optional.empty());
  }

  /** {@return true while not closed} */
  @JsonIgnore
  public boolean open() {
    return state.open();
  }

  /** {@return true when open after its deadline (the day after the deadline is the first overdue day)} */
  @JsonIgnore
  public boolean overdue() {
    return state.open() && deadline.isPresent() && asOf.isAfter(deadline.get());
  }

  /**
   * {@return the Minhang summary outcome (闵行 2022 §四(三)): closed → RESOLVED; open and flagged hard to
   * resolve → HARD_TO_RESOLVE; open with a deadline → RESOLVING_WITH_DEADLINE; open without a deadline
   * (not yet rectifying) → empty}
   */
  @JsonIgnore
  public Optional<MinhangOutcome> outcome() {
    if (!state.open()) {
      return Optional.of(MinhangOutcome.RESOLVED);
    }
    if (hardToResolve) {
      return Optional.of(MinhangOutcome.HARD_TO_RESOLVE);
    }
    return deadline.isPresent() ? Optional.of(MinhangOutcome.RESOLVING_WITH_DEADLINE) : Optional.empty();
  }

  /** {@return true when graded major (重大事故隐患)} */
  @JsonIgnore
  public boolean major() {
    return grade.isPresent() && grade.get() == HazardGrade.MAJOR;
  }

  /**
   * {@return true when no complete plan is needed (not graded major), or the plan covers every element of
   * {@code required}}
   *
   * @param required the elements a major hazard's plan must cover (from {@link HazardManagementRule})
   */
  public boolean planComplete(Set<PlanElement> required) {
    Set<PlanElement> needed = EnumSets.copy("required", required);
    if (!major()) {
      return true;
    }
    return plan.isPresent() && plan.get().missing(needed).isEmpty();
  }
}
