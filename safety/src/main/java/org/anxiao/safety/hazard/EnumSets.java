package org.anxiao.safety.hazard;

import java.util.EnumSet;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/** Mutable copies of sets of plan elements, with null elements named. */
final class EnumSets {
  private EnumSets() {}

  /** A modifiable copy of {@code value}; a null set or element is refused naming {@code field}. */
  static EnumSet<PlanElement> copy(String field, Set<PlanElement> value) {
    Bounds.size(field, value);
    EnumSet<PlanElement> copy = EnumSet.noneOf(PlanElement.class);
    int i = 0;
    for (PlanElement e : value) {
      copy.add(Require.nonNullElement(field, i++, e));
    }
    return copy;
  }
}
