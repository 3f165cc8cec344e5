package org.anxiao.safety.risk;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One band of a risk matrix (风险矩阵分级区间): the products R = L × S from {@code from} to {@code to}
 * inclusive grade to {@code level}, optionally shown with the caller's own label and colour. Immutable
 * and thread-safe.
 *
 * @param from   the least product of the band, 1 to {@value RiskMatrix#MAX_PRODUCT}
 * @param to     the greatest product of the band, from {@code from} to {@value RiskMatrix#MAX_PRODUCT}
 * @param level  the level of the band
 * @param label  the band's own name, if the matrix does not use the level's
 * @param colour the band's own display colour {@code #RRGGBB}, if the matrix does not use the level's
 */
public record RiskBand(int from, int to, RiskLevel level, Optional<LocalizedText> label, Optional<String> colour) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param from   the least product, 1 to {@value RiskMatrix#MAX_PRODUCT}
   * @param to     the greatest product, from {@code from} to {@value RiskMatrix#MAX_PRODUCT}
   * @param level  the level
   * @param label  the band's own name, if any
   * @param colour the band's own colour, if any
   */
  public RiskBand {
    Require.that(from >= 1 && from <= RiskMatrix.MAX_PRODUCT, "from", from,
        "must be between 1 and " + RiskMatrix.MAX_PRODUCT);
    Require.that(to >= from && to <= RiskMatrix.MAX_PRODUCT, "to", to,
        "must be between from (" + from + ") and " + RiskMatrix.MAX_PRODUCT);
    Require.nonNull("level", level);
    label = Objects.requireNonNullElse(label, Optional.empty());
    colour = RiskMatrix.colour(Objects.requireNonNullElse(colour, Optional.empty()));
  }

  /**
   * {@return a band without a label or colour of its own}
   *
   * @param from  the least product
   * @param to    the greatest product
   * @param level the level
   */
  public static RiskBand of(int from, int to, RiskLevel level) {
    return new RiskBand(from, to, level, Optional.empty(), Optional.empty());
  }

  /** True when the band holds {@code product}. */
  boolean contains(int product) {
    return product >= from && product <= to;
  }
}
