package org.anxiao.safety.staffing;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.Verification;

/**
 * One range of a basis and its minimum (分档): for a basis b with {@code from ≤ b ≤ to} (no upper end
 * when {@code to} is empty), {@code minimum} plus the {@code increment}'s extra, if any. GB/T
 * 29315-2022 as reported: {@code 0–99 → 1}, {@code 100–999 → 2}, {@code 1000– → 3 + 1 per further 500}.
 *
 * <p>A tier may carry its own clause and verification where they differ from the parameter's (the
 * 100–999 tier of GB/T 29315 is {@code UNVERIFIED}): the calculator checks that verification
 * against the policy before it uses the tier. Immutable.
 *
 * @param from         the least basis of the range, 0 or more
 * @param to           the greatest, at least {@code from}; empty for no upper end. Null is read as empty
 * @param minimum      the staff required anywhere in the range, 0 or more
 * @param increment    staff added with the basis inside the range; null is read as empty
 * @param clause       the clause, when narrower than the parameter's; null is read as empty
 * @param verification the tier's verification, when it differs; null is read as empty
 */
public record Tier(long from, Optional<Long> to, int minimum, Optional<Increment> increment, Optional<String> clause,
    Optional<Verification> verification) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param from         the least basis of the range
   * @param to           the greatest, empty for none
   * @param minimum      the staff required in the range
   * @param increment    staff added with the basis
   * @param clause       the clause, when narrower
   * @param verification the tier's verification, when it differs
   */
  public Tier {
    Bounds.count("from", from);
    to = Objects.requireNonNullElse(to, Optional.empty());
    to.ifPresent(t -> Require.that(t >= from && t <= Bounds.MAX_COUNT, "to", t,
        "must be between from ({}) and {}", from, Bounds.MAX_COUNT));
    Require.that(minimum >= 0 && minimum <= Bounds.MAX_COUNT, "minimum", minimum, "must be between 0 and {}",
        Bounds.MAX_COUNT);
    increment = Objects.requireNonNullElse(increment, Optional.empty());
    clause = Objects.requireNonNullElse(clause, Optional.empty());
    clause.ifPresent(c -> Bounds.nonBlankText("clause", c));
    verification = Objects.requireNonNullElse(verification, Optional.empty());
  }

  /**
   * {@return true when {@code basis} lies in this range}
   *
   * @param basis the basis value
   */
  public boolean covers(long basis) {
    Bounds.count("basis", basis);
    return basis >= from && to.map(t -> basis <= t).orElse(true);
  }

  /**
   * {@return the staff required for {@code basis} in this range: minimum plus the increment's extra}
   *
   * @param basis the basis value, 0 or more
   */
  public long required(long basis) {
    Bounds.count("basis", basis);
    return minimum + increment.map(i -> i.extra(basis)).orElse(0L);
  }

  /** {@return the tier as canonical text, as recorded in results} */
  String text() {
    return from + "-" + to.map(String::valueOf).orElse("") + ":" + minimum
        + increment.map(i -> "+" + i.add() + "/" + i.per().toPlainString() + ">" + i.above() + " " + i.rounding())
            .orElse("");
  }
}
