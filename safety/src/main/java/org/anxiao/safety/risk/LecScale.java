package org.anxiao.safety.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The value table of one LEC factor (分值表), as a pack gives it: each admissible score with its
 * meaning. Only listed scores are valid inputs unless the pack allows interpolation
 * ({@link LecRule#allowInterpolation()}), in which case any score between {@link #min()} and
 * {@link #max()} inclusive is. Immutable and thread-safe.
 *
 * @param entries the rows, at least one, no score listed twice (compared numerically: 0.5 and 0.50
 *                are the same score)
 */
public record LecScale(List<LecScaleEntry> entries) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param entries the rows, at least one, no score twice
   */
  public LecScale {
    entries = Bounds.list("entries", entries);
    Require.that(!entries.isEmpty(), "entries", "[]", "must list at least one score");
    for (int i = 0; i < entries.size(); i++) {
      for (int j = 0; j < i; j++) {
        Require.thatElement(entries.get(i).value().compareTo(entries.get(j).value()) != 0, "entries", i, ".value",
            entries.get(i).value().toPlainString(), "is listed twice (also at entries[" + j + "])");
      }
    }
  }

  /**
   * {@return the row listing {@code score} (numerically equal), if any}
   *
   * @param score the score
   */
  public Optional<LecScaleEntry> entry(BigDecimal score) {
    Bounds.decimal("score", score);
    return entries.stream().filter(e -> e.value().compareTo(score) == 0).findFirst();
  }

  /** {@return the least score listed} */
  public BigDecimal min() {
    return entries.stream().map(LecScaleEntry::value).min(BigDecimal::compareTo).orElseThrow();
  }

  /** {@return the greatest score listed} */
  public BigDecimal max() {
    return entries.stream().map(LecScaleEntry::value).max(BigDecimal::compareTo).orElseThrow();
  }
}
