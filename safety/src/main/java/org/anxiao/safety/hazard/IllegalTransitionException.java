package org.anxiao.safety.hazard;

import org.anxiao.core.error.InvalidValueException;

/**
 * A hazard history that cannot be replayed (非法状态转换): an event from a state that does not allow it
 * (accepting a {@code REPORTED} hazard, closing without acceptance), an event dated before the one
 * before it or before the day the hazard was found, or a deadline before the found day or not later
 * than the deadline it extends. Its {@link #field()} is the event's path ({@code history[3]} or
 * {@code history[3].deadline}), its value the event, and it names the state the event met. The error
 * code stays {@code INVALID_VALUE}. Immutable and safe to share between threads.
 */
public final class IllegalTransitionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The event's wire type, e.g. {@code ACCEPTED}. */
  private final String event;
  /** The state the event met. */
  private final HazardState from;

  IllegalTransitionException(String field, HazardEvent event, HazardState from, String rule) {
    super(field, event, rule + " (event " + Lifecycle.typeOf(event) + " in state " + from + ")");
    this.event = Lifecycle.typeOf(event);
    this.from = from;
  }

  /** {@return the event's wire type, e.g. {@code ACCEPTED}} */
  public String event() {
    return event;
  }

  /** {@return the state the event met} */
  public HazardState from() {
    return from;
  }
}
