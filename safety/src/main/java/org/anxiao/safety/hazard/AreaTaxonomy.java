package org.anxiao.safety.hazard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;

/**
 * A hazard-area taxonomy (隐患排查方面): the areas a register files hazards under, each with its tasks and
 * responsible parties — the structure parameter {@code areas} of a pack of kind
 * {@code anxiao.safety.hazard-areas}. The bundled default is Minhang's ten areas (闵行区校园安全专项整治
 * 工作实施方案, 2022, §四(一)); no national taxonomy exists. Immutable and thread-safe.
 *
 * @param areas the areas in the source's order, codes unique, at least one
 */
public record AreaTaxonomy(List<HazardArea> areas) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param areas the areas in the source's order, codes unique, at least one
   * @throws InvalidValueException for no area or an area code given twice
   */
  public AreaTaxonomy {
    areas = Bounds.list("areas", areas);
    if (areas.isEmpty()) {
      throw new InvalidValueException("areas", "[]", "a taxonomy has at least one area");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < areas.size(); i++) {
      if (!codes.add(areas.get(i).code())) {
        throw new InvalidValueException("areas[" + i + "].code", areas.get(i).code(), "is listed twice");
      }
    }
  }

  /**
   * {@return the area with {@code code}, if listed}
   *
   * @param code an area code
   */
  public Optional<HazardArea> area(String code) {
    Bounds.code("code", code);
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * {@return the task with {@code code} in any area, if listed}
   *
   * @param code a task code, e.g. {@code 2.3}
   */
  public Optional<AreaTask> task(String code) {
    Bounds.code("code", code);
    return areas.stream().flatMap(a -> a.tasks().stream()).filter(t -> t.code().equals(code)).findFirst();
  }
}
