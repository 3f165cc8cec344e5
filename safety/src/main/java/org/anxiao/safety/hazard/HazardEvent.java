package org.anxiao.safety.hazard;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One dated event in a hazard's history (隐患闭环管理记录). A hazard's state is the replay of its events
 * ({@link Hazard#status(LocalDate)}); each event is legal only from certain states:
 *
 * <table class="striped">
 * <caption>Transitions</caption>
 * <tr><th>event</th><th>from</th><th>to</th></tr>
 * <tr><td>{@link Graded}</td><td>REPORTED</td><td>GRADED</td></tr>
 * <tr><td>{@link RectificationStarted}</td><td>GRADED</td><td>RECTIFYING</td></tr>
 * <tr><td>{@link DeadlineExtended}</td><td>RECTIFYING</td><td>RECTIFYING</td></tr>
 * <tr><td>{@link FlaggedHardToResolve}</td><td>RECTIFYING</td><td>RECTIFYING</td></tr>
 * <tr><td>{@link SubmittedForAcceptance}</td><td>RECTIFYING</td><td>AWAITING_ACCEPTANCE</td></tr>
 * <tr><td>{@link Accepted}</td><td>AWAITING_ACCEPTANCE</td><td>CLOSED</td></tr>
 * <tr><td>{@link AcceptanceFailed}</td><td>AWAITING_ACCEPTANCE</td><td>RECTIFYING</td></tr>
 * <tr><td>{@link Reopened}</td><td>CLOSED</td><td>RECTIFYING</td></tr>
 * </table>
 *
 * <p>On the wire each event carries a {@code type} discriminator: {@code GRADED},
 * {@code RECTIFICATION_STARTED}, {@code DEADLINE_EXTENDED}, {@code FLAGGED_HARD_TO_RESOLVE},
 * {@code SUBMITTED_FOR_ACCEPTANCE}, {@code ACCEPTED}, {@code ACCEPTANCE_FAILED}, {@code REOPENED}.
 * Events are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HazardEvent.Graded.class, name = "GRADED"),
    @JsonSubTypes.Type(value = HazardEvent.RectificationStarted.class, name = "RECTIFICATION_STARTED"),
    @JsonSubTypes.Type(value = HazardEvent.DeadlineExtended.class, name = "DEADLINE_EXTENDED"),
    @JsonSubTypes.Type(value = HazardEvent.FlaggedHardToResolve.class, name = "FLAGGED_HARD_TO_RESOLVE"),
    @JsonSubTypes.Type(value = HazardEvent.SubmittedForAcceptance.class, name = "SUBMITTED_FOR_ACCEPTANCE"),
    @JsonSubTypes.Type(value = HazardEvent.Accepted.class, name = "ACCEPTED"),
    @JsonSubTypes.Type(value = HazardEvent.AcceptanceFailed.class, name = "ACCEPTANCE_FAILED"),
    @JsonSubTypes.Type(value = HazardEvent.Reopened.class, name = "REOPENED")})
public sealed interface HazardEvent {
  /** {@return the day the event took place} */
  LocalDate date();

  /** {@return the same event without personal names (the event itself when it holds none)} */
  default HazardEvent withoutNames() {
    return this;
  }

  /**
   * The hazard is graded (定级), 总局令第16号 art. 3: general or major.
   *
   * @param date  the day it was graded
   * @param grade the grade
   */
  record Graded(LocalDate date, HazardGrade grade) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date  the day it was graded
     * @param grade the grade
     */
    public Graded {
      Bounds.date("date", date);
      Require.nonNull("grade", grade);
    }
  }

  /**
   * Rectification starts (开始整改) under an owner and a deadline, and — for a major hazard — a plan
   * (治理方案). The deadline is not before the event's day (so not before the day the hazard was
   * found). A plan is optional here: a major hazard without one, or with an incomplete one, is
   * reported by {@link HazardChecks}.
   *
   * @param date     the day rectification starts
   * @param deadline the last day of the rectification period (整改时限), inclusive
   * @param owner    the department or role in charge (整改责任部门/责任人)
   * @param plan     the rectification plan, if one is recorded (null is read as empty)
   */
  record RectificationStarted(LocalDate date, LocalDate deadline, Assignee owner, Optional<RectificationPlan> plan)
      implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date     the day rectification starts
     * @param deadline the last day of the rectification period, not before {@code date}
     * @param owner    the department or role in charge
     * @param plan     the rectification plan, if one is recorded (null is read as empty)
     */
    public RectificationStarted {
      Bounds.date("date", date);
      Bounds.date("deadline", deadline);
      Require.that(!deadline.isBefore(date), "deadline", deadline, "must not be before the event's date " + date);
      Require.nonNull("owner", owner);
      plan = Objects.requireNonNullElse(plan, Optional.empty());
    }

    @Override
    public HazardEvent withoutNames() {
      return new RectificationStarted(date, deadline, owner.withoutName(), plan);
    }
  }

  /**
   * The deadline is extended (延期), with a reason; the new deadline is later than the one in force.
   *
   * @param date     the day of the decision
   * @param deadline the new deadline, not before {@code date}
   * @param reason   why
   */
  record DeadlineExtended(LocalDate date, LocalDate deadline, String reason) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date     the day of the decision
     * @param deadline the new deadline, not before {@code date}
     * @param reason   why
     */
    public DeadlineExtended {
      Bounds.date("date", date);
      Bounds.date("deadline", deadline);
      Require.that(!deadline.isBefore(date), "deadline", deadline, "must not be before the event's date " + date);
      Bounds.nonBlankText("reason", reason);
    }
  }

  /**
   * The hazard is flagged hard to resolve in the short term (化解难度较大，难以短期内化解, 闵行 2022 §四(三)),
   * with the interim controls in place meanwhile (临时管控措施). Only while rectifying; the flag holds
   * until the hazard is closed.
   *
   * @param date            the day it was flagged
   * @param interimControls the interim controls
   */
  record FlaggedHardToResolve(LocalDate date, String interimControls) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date            the day it was flagged
     * @param interimControls the interim controls
     */
    public FlaggedHardToResolve {
      Bounds.date("date", date);
      Bounds.line("interimControls", interimControls);
    }
  }

  /**
   * Rectification is reported done and submitted for acceptance (申请验收), with evidence.
   *
   * @param date     the day it was submitted
   * @param evidence references to the evidence (photos, reports), at least one
   */
  record SubmittedForAcceptance(LocalDate date, List<String> evidence) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date     the day it was submitted
     * @param evidence references to the evidence, at least one
     */
    public SubmittedForAcceptance {
      Bounds.date("date", date);
      evidence = Lines.list("evidence", evidence, true);
    }
  }

  /**
   * The acceptance record (验收记录): who accepted (a department or role, optionally a name), when (the
   * event's date) and on what evidence. The only way to close a hazard (验收销号).
   *
   * @param date       the day of acceptance, which is the day the hazard closes
   * @param acceptedBy who accepted
   * @param evidence   references to the evidence examined, at least one
   */
  record Accepted(LocalDate date, Assignee acceptedBy, List<String> evidence) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date       the day of acceptance
     * @param acceptedBy who accepted
     * @param evidence   references to the evidence examined, at least one
     */
    public Accepted {
      Bounds.date("date", date);
      Require.nonNull("acceptedBy", acceptedBy);
      evidence = Lines.list("evidence", evidence, true);
    }

    @Override
    public HazardEvent withoutNames() {
      return new Accepted(date, acceptedBy.withoutName(), evidence);
    }
  }

  /**
   * Acceptance fails (验收不合格): back to rectifying, with the reason. The deadline in force stays.
   *
   * @param date   the day of the failed acceptance
   * @param reason why it failed
   */
  record AcceptanceFailed(LocalDate date, String reason) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date   the day of the failed acceptance
     * @param reason why it failed
     */
    public AcceptanceFailed {
      Bounds.date("date", date);
      Bounds.nonBlankText("reason", reason);
    }
  }

  /**
   * A closed hazard is reopened (重新整改): it returns to {@code RECTIFYING} — not to {@code GRADED} —
   * keeping its grade, owner and plan, under a new deadline; the closing day and the hard-to-resolve
   * flag are cleared. It closes again only through a new acceptance.
   *
   * @param date     the day it was reopened
   * @param deadline the new deadline, not before {@code date}
   * @param reason   why
   */
  record Reopened(LocalDate date, LocalDate deadline, String reason) implements HazardEvent {
    /**
     * Creates the event.
     *
     * @param date     the day it was reopened
     * @param deadline the new deadline, not before {@code date}
     * @param reason   why
     */
    public Reopened {
      Bounds.date("date", date);
      Bounds.date("deadline", deadline);
      Require.that(!deadline.isBefore(date), "deadline", deadline, "must not be before the event's date " + date);
      Bounds.nonBlankText("reason", reason);
    }
  }
}
