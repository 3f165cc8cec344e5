package org.anxiao.safety.risk;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One cell of a risk matrix listed explicitly (风险矩阵单元格): likelihood L and severity S grade to
 * {@code level}, optionally shown with the caller's own label and colour. Immutable and thread-safe.
 *
 * @param likelihood L, 1 to {@value RiskMatrix#MAX_SIDE}
 * @param severity   S, 1 to {@value RiskMatrix#MAX_SIDE}
 * @param level      the level of the cell
 * @param label      the cell's own name, if the matrix does not use the level's
 * @param colour     the cell's own display colour {@code #RRGGBB}, if the matrix does not use the level's
 */
public record RiskCell(int likelihood, int severity, RiskLevel level, Optional<LocalizedText> label,
    Optional<String> colour) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param likelihood L, 1 to {@value RiskMatrix#MAX_SIDE}
   * @param severity   S, 1 to {@value RiskMatrix#MAX_SIDE}
   * @param level      the level
   * @param label      the cell's own name, if any
   * @param colour     the cell's own colour, if any
   */
  public RiskCell {
    Require.that(likelihood >= 1 && likelihood <= RiskMatrix.MAX_SIDE, "likelihood", likelihood,
        "must be between 1 and " + RiskMatrix.MAX_SIDE);
    Require.that(severity >= 1 && severity <= RiskMatrix.MAX_SIDE, "severity", severity,
        "must be between 1 and " + RiskMatrix.MAX_SIDE);
    Require.nonNull("level", level);
    label = Objects.requireNonNullElse(label, Optional.empty());
    colour = RiskMatrix.colour(Objects.requireNonNullElse(colour, Optional.empty()));
  }

  /**
   * {@return a cell without a label or colour of its own}
   *
   * @param likelihood L
   * @param severity   S
   * @param level      the level
   */
  public static RiskCell of(int likelihood, int severity, RiskLevel level) {
    return new RiskCell(likelihood, severity, level, Optional.empty(), Optional.empty());
  }
}
