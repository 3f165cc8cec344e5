package org.anxiao.safety.fire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.campus.Building;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * What a major-fire-hazard determination (重大火灾隐患判定) is asked about: the premises (a building,
 * whose crowded-place status core determines), the premises types the caller declares besides
 * (易燃易爆危险品场所, 重要场所), the elements found (their clause numbers in the edition in force on
 * the determination date) and the exclusions the caller claims (by code).
 *
 * <p>The determination depends on the sets only: the order of the lists and repeats do not matter.
 * {@link PremisesType#CROWDED} is not declared here (core's crowded-place rule, or the building's own
 * declaration, decides it) and {@link PremisesType#OTHER} is never declared (it is what remains).
 * Immutable and thread-safe.
 *
 * @param building         the premises
 * @param declaredPremises premises types the caller declares: {@code FLAMMABLE_EXPLOSIVE}, {@code IMPORTANT}
 * @param elements         clause numbers of the elements found, e.g. {@code 6.9}, {@code 7.3.1}
 * @param exclusions       codes of the exclusions claimed, e.g. {@code OPERATION_STOPPED}
 */
public record HazardCase(Building building, Set<PremisesType> declaredPremises, List<String> elements,
    List<String> exclusions) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param building         the premises
   * @param declaredPremises premises types the caller declares
   * @param elements         clause numbers of the elements found
   * @param exclusions       codes of the exclusions claimed
   */
  public HazardCase {
    Require.nonNull("building", building);
    List<PremisesType> declared = Bounds.list("declaredPremises", Require.nonNull("declaredPremises", declaredPremises));
    for (int i = 0; i < declared.size(); i++) {
      PremisesType t = declared.get(i);
      Require.thatElement(t != PremisesType.CROWDED && t != PremisesType.OTHER, "declaredPremises", i, "", t,
          "only FLAMMABLE_EXPLOSIVE or IMPORTANT is declared: CROWDED follows from the building, OTHER from none");
    }
    EnumSet<PremisesType> set = EnumSet.noneOf(PremisesType.class);
    set.addAll(declared);
    declaredPremises = Collections.unmodifiableSet(set);
    elements = Bounds.list("elements", elements);
    for (int i = 0; i < elements.size(); i++) {
      Bounds.code("elements[" + i + "]", elements.get(i));
    }
    exclusions = Bounds.list("exclusions", exclusions);
    for (int i = 0; i < exclusions.size(); i++) {
      Bounds.code("exclusions[" + i + "]", exclusions.get(i));
    }
  }

  /**
   * {@return a case with no declared premises types and no exclusions}
   *
   * @param building the premises
   * @param elements clause numbers of the elements found
   */
  public static HazardCase of(Building building, List<String> elements) {
    return new HazardCase(building, Set.of(), elements, List.of());
  }

  /** {@return the elements found, each once, in text order} */
  @JsonIgnore
  public Set<String> elementSet() {
    return Collections.unmodifiableSet(new TreeSet<>(elements));
  }

  /** {@return the exclusions claimed, each once, in text order} */
  @JsonIgnore
  public Set<String> exclusionSet() {
    return Collections.unmodifiableSet(new TreeSet<>(exclusions));
  }
}
