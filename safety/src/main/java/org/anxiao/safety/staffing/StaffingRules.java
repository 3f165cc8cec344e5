package org.anxiao.safety.staffing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The requirements one staffing pack states (配备标准), the value of its parameter
 * {@code requirements}. Invariants: at least one requirement, ids unique. Immutable.
 *
 * @param requirements the requirements, in the pack's order (the order of the result's lines)
 */
public record StaffingRules(List<Requirement> requirements) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param requirements the requirements
   */
  public StaffingRules {
    requirements = Bounds.list("requirements", requirements);
    Require.that(!requirements.isEmpty(), "requirements", "[]", "must list at least one requirement");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < requirements.size(); i++) {
      Require.thatElement(ids.add(requirements.get(i).id()), "requirements", i, ".id", requirements.get(i).id(),
          "is listed twice");
    }
  }
}
