package org.anxiao.safety.fire;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * An edition's circumstances in which a hazard is not judged major (不判定为重大火灾隐患的情形),
 * bound from the {@code exclusions} structure of a pack of kind {@code anxiao.safety.major-fire-hazard}.
 * Invariant: codes unique. Immutable and thread-safe.
 *
 * @param exclusions the circumstances, in clause order
 */
public record ExclusionCatalogue(List<Exclusion> exclusions) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param exclusions the circumstances
   */
  public ExclusionCatalogue {
    exclusions = Bounds.list("exclusions", exclusions);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < exclusions.size(); i++) {
      Require.thatElement(codes.add(exclusions.get(i).code()), "exclusions", i, ".code", exclusions.get(i).code(),
          "appears twice");
    }
  }

  /**
   * {@return the circumstance with {@code code}, if the edition has it}
   *
   * @param code the code
   */
  public Optional<Exclusion> exclusion(String code) {
    Bounds.code("code", code);
    return exclusions.stream().filter(e -> e.code().equals(code)).findFirst();
  }
}
