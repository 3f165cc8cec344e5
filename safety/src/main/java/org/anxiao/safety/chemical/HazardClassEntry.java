package org.anxiao.safety.chemical;

import java.util.EnumSet;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One reagent's hazard classes (危险类别) in a hazard-class pack: its CAS number and one or more
 * {@link HazardClass}es, without repeats. Immutable and thread-safe.
 *
 * @param cas     the reagent's CAS number
 * @param classes its classes, at least one, no repeats
 */
public record HazardClassEntry(CasNumber cas, List<HazardClass> classes) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param cas     the reagent's CAS number
   * @param classes its classes
   */
  public HazardClassEntry {
    Require.nonNull("cas", cas);
    classes = Bounds.list("classes", classes);
    Require.nonEmpty("classes", classes);
    Require.that(EnumSet.copyOf(classes).size() == classes.size(), "classes", classes, "must not repeat a class");
  }
}
