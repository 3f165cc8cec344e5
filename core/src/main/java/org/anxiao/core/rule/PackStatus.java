package org.anxiao.core.rule;

import org.anxiao.core.internal.Require;

/**
 * A pack's status on a given date.
 *
 * @param header the pack
 * @param state  in force, superseded by a newer version, expired or not yet in force
 */
public record PackStatus(PackHeader header, State state) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param header the pack
   * @param state  in force, superseded by a newer version, expired or not yet in force
   */
  public PackStatus {
    Require.nonNull("header", header);
    Require.nonNull("state", state);
  }

  /** Status of a pack on a date. */
  public enum State {
    /** In force and the newest version of its id. */
    IN_FORCE,
    /** In force by its dates, but a newer version of the same id is too. */
    SUPERSEDED,
    /** Its last day has passed. */
    EXPIRED,
    /** Its first day has not come. */
    FUTURE
  }
}
