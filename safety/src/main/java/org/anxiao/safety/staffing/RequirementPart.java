package org.anxiao.safety.staffing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.school.SchoolStage;

/**
 * One summand of a {@link Requirement} (构成项): a basis, the boarding condition under which it
 * counts, the stages whose pupils or classes it counts (empty: all) and its tiers. The part's count
 * is the covering tier's requirement for the basis, or 0 when no tier covers it.
 *
 * <p>Invariants: at least one tier; tiers in rising order of {@code from}, none overlapping the next.
 * Immutable.
 *
 * @param basis  what the count grows with
 * @param when   when the part counts
 * @param stages the stages counted for {@code PUPILS} and {@code CLASSES}; empty for all
 * @param tiers  the ranges of the basis, rising, not overlapping
 */
public record RequirementPart(Basis basis, BoardingCondition when, Set<SchoolStage> stages, List<Tier> tiers) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param basis  what the count grows with
   * @param when   when the part counts
   * @param stages the stages counted
   * @param tiers  the ranges of the basis
   */
  public RequirementPart {
    Require.nonNull("basis", basis);
    Require.nonNull("when", when);
    stages = Bounds.enumSet("stages", Require.noNullIn("stages", stages));
    tiers = Bounds.list("tiers", tiers);
    Require.that(!tiers.isEmpty(), "tiers", "[]", "must list at least one tier");
    for (int i = 1; i < tiers.size(); i++) {
      Tier before = tiers.get(i - 1);
      long start = tiers.get(i).from();
      Require.thatElement(before.to().isPresent() && before.to().get() < start, "tiers", i, ".from", start,
          "must lie above the end of tiers[" + (i - 1) + "]: tiers rise and do not overlap");
    }
  }

  /**
   * {@return the covering tier's index for {@code basis}, if a tier covers it}
   *
   * @param basis the basis value
   */
  public Optional<Integer> tierFor(long basis) {
    Bounds.count("basis", basis);
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).covers(basis)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
