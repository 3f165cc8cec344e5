package org.anxiao.safety.staffing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.school.SchoolStage;

/**
 * One staffing requirement of a pack (配备要求): for a post and time slot, the sum of its parts'
 * counts, times {@code boardingMultiplier} when the school has boarders, and never below
 * {@code atLeast}. It applies to a school that enrols any of {@code appliesTo} (empty: every school).
 *
 * <p>Minhang's night rule (闵行区校园安全专项整治工作实施方案, 2022, 四(一)8): one part "1 per school",
 * boarding multiplier 2 (寄宿制学校夜间至少按照普通学校标准的双倍配置). Immutable.
 *
 * @param id                 the requirement's id within its pack (a code, e.g. {@code day})
 * @param post               what is counted
 * @param slot               when it holds
 * @param appliesTo          stages of the schools it applies to; empty for all
 * @param parts              the summands, at least one
 * @param boardingMultiplier the factor for a school with boarders, 1 or more; 0 (or absent) is read as 1
 * @param atLeast            a floor on the requirement, 0 or more
 * @param clause             the clause, when narrower than the parameter's; null is read as empty
 * @param verification       the requirement's verification, when it differs; null is read as empty
 */
public record Requirement(String id, Post post, TimeSlot slot, Set<SchoolStage> appliesTo, List<RequirementPart> parts,
    int boardingMultiplier, int atLeast, Optional<String> clause, Optional<Verification> verification) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id                 the requirement's id
   * @param post               what is counted
   * @param slot               when it holds
   * @param appliesTo          stages of the schools it applies to
   * @param parts              the summands
   * @param boardingMultiplier the factor for a boarding school
   * @param atLeast            a floor
   * @param clause             the clause
   * @param verification       the verification
   */
  public Requirement {
    Bounds.code("id", id);
    Require.nonNull("post", post);
    Require.nonNull("slot", slot);
    appliesTo = Bounds.enumSet("appliesTo", Require.noNullIn("appliesTo", appliesTo));
    parts = Bounds.list("parts", parts);
    Require.that(!parts.isEmpty(), "parts", "[]", "must list at least one part");
    boardingMultiplier = boardingMultiplier == 0 ? 1 : boardingMultiplier;
    Require.that(boardingMultiplier >= 1 && boardingMultiplier <= 100, "boardingMultiplier", boardingMultiplier,
        "must be between 1 and 100");
    Require.that(atLeast >= 0 && atLeast <= Bounds.MAX_COUNT, "atLeast", atLeast, "must be between 0 and {}",
        Bounds.MAX_COUNT);
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
    verification = Objects.requireNonNullElse(verification, Optional.empty());
  }

  /**
   * {@return true when the requirement applies to a school enrolling {@code stages}}
   *
   * @param stages the school's stages
   */
  public boolean appliesTo(Set<SchoolStage> stages) {
    Require.noNullIn("stages", stages);
    return appliesTo.isEmpty() || appliesTo.stream().anyMatch(stages::contains);
  }
}
