package org.anxiao.core.fire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.campus.Building;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;

/**
 * Whether a building is a crowded place (人员密集场所), on what basis, and the rule values consulted.
 * Immutable and thread-safe.
 *
 * @param building the building determined (the input)
 * @param crowded  true when it is a crowded place
 * @param basis    declared by the caller, or derived from the building's use by a rule pack
 * @param rules    the rule values consulted, in order (empty when declared)
 * @param packs    the packs in force, narrowest first (empty when declared)
 */
public record CrowdedPlaceDetermination(Building building, boolean crowded, Basis basis, List<AppliedRule> rules,
    List<PackRef> packs) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param building the building determined (the input)
   * @param crowded  true when it is a crowded place
   * @param basis    declared by the caller, or derived from the building's use by a rule pack
   * @param rules    the rule values consulted, in order (empty when declared)
   * @param packs    the packs in force, narrowest first (empty when declared)
   */
  public CrowdedPlaceDetermination {
    Require.nonNull("building", building);
    Require.nonNull("basis", basis);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }

  /**
   * {@return the citation of the rule value that decided; empty when the caller declared the answer} When a
   * wider reading admitted the use (public assembly places, laboratories), that is the switch which
   * turned the reading on — e.g. Zhejiang's 二(二) for a laboratory — not the list naming the use;
   * otherwise it is the last value consulted.
   */
  @JsonIgnore
  public Optional<Citation> citation() {
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    int decisive = crowded && rules.size() > 1 ? rules.size() - 2 : rules.size() - 1;
    return Optional.of(rules.get(decisive).citation());
  }

  /** {@return the building's id} */
  @JsonIgnore
  public String buildingId() {
    return building.id();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return CrowdedPlaces.ID;
  }

  @Override
  @JsonIgnore
  public Subject subject() {
    return Subject.of(SubjectKind.BUILDING, building.id());
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return building;
  }

  /** Where the answer came from. */
  public enum Basis {
    /** The caller declared it ({@link Building#crowdedPlace()}). */
    DECLARED,
    /** Derived from the building's use by the rule pack in force. */
    RULE
  }
}
