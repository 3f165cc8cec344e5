package org.anxiao.safety.hazard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Bounds;

/**
 * A major hazard's rectification plan (重大事故隐患治理方案), by the elements it settles: for each
 * {@link PlanElement} it covers, the plan's text for it (安全生产事故隐患排查治理暂行规定, 总局令第16号).
 * Which elements a plan must cover is rule data ({@link HazardManagementRule}); a plan may be
 * incomplete, and {@link HazardChecks} reports what it lacks. Immutable and thread-safe.
 *
 * @param elements the text the plan gives for each element it covers, at most one per element
 */
public record RectificationPlan(Map<PlanElement, String> elements) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param elements the text for each element covered, not blank
   */
  public RectificationPlan {
    Bounds.size("elements", elements);
    EnumMap<PlanElement, String> copy = new EnumMap<>(PlanElement.class);
    for (Map.Entry<PlanElement, String> e : elements.entrySet()) {
      if (e.getKey() == null) {
        throw new MissingValueException("elements key");
      }
      copy.put(e.getKey(), Bounds.line("elements." + e.getKey().name(), e.getValue()));
    }
    elements = Collections.unmodifiableMap(copy);
  }

  /** {@return the elements the plan covers} */
  public Set<PlanElement> covered() {
    return elements.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(elements.keySet()));
  }

  /**
   * {@return the elements of {@code required} the plan does not cover, in the enum's order}
   *
   * @param required the elements a plan must cover
   */
  public Set<PlanElement> missing(Set<PlanElement> required) {
    Set<PlanElement> missing = EnumSets.copy("required", required);
    missing.removeAll(elements.keySet());
    return Collections.unmodifiableSet(missing);
  }
}
