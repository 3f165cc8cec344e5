package org.anxiao.core.campus;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;

/**
 * Whether a building is a crowded place (人员密集场所), and on what basis.
 *
 * @param buildingId the building
 * @param crowded    true when it is a crowded place
 * @param basis      declared by the caller, or derived from the building's use by a rule pack
 * @param rules      the rule values used (empty when declared)
 */
public record CrowdedPlaceDetermination(String buildingId, boolean crowded, Basis basis, List<AppliedRule> rules) {
  public CrowdedPlaceDetermination {
    Require.nonBlank("buildingId", buildingId);
    Require.nonNull("basis", basis);
    rules = List.copyOf(Require.nonNull("rules", rules));
  }

  /** Where the answer came from. */
  public enum Basis {
    /** The caller declared it ({@link Building#crowdedPlace()}). */
    DECLARED,
    /** Derived from the building's use by the rule pack in force. */
    RULE
  }
}
