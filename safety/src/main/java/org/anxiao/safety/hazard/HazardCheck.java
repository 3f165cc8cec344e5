package org.anxiao.safety.hazard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * What {@link HazardChecks} found for one hazard on the day checked. Immutable and thread-safe.
 *
 * @param hazardId     the hazard's id
 * @param status       the hazard's status on the day checked
 * @param planRequired true when the hazard is open and graded major, so its plan must be complete
 * @param missing      the plan elements a required plan lacks (all of them when there is no plan); empty
 *                     when none is required
 */
public record HazardCheck(String hazardId, HazardStatus status, boolean planRequired, Set<PlanElement> missing) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param hazardId     the hazard's id
   * @param status       the hazard's status on the day checked
   * @param planRequired true when the plan must be complete
   * @param missing      the plan elements lacking; empty unless {@code planRequired}
   */
  public HazardCheck {
    Bounds.code("hazardId", hazardId);
    Require.nonNull("status", status);
    Set<PlanElement> copy = EnumSets.copy("missing", missing);
    Require.that(planRequired || copy.isEmpty(), "missing", copy, "is empty when no plan is required");
    missing = Collections.unmodifiableSet(copy);
  }

  /** {@return true when no plan is required or the required plan lacks nothing} */
  @JsonIgnore
  public boolean planComplete() {
    return missing.isEmpty();
  }

  /** {@return the Minhang outcome on the day checked; empty while open without a deadline} */
  @JsonIgnore
  public Optional<MinhangOutcome> outcome() {
    return status.outcome();
  }

  /** {@return true when open after its deadline on the day checked} */
  @JsonIgnore
  public boolean overdue() {
    return status.overdue();
  }
}
