package org.anxiao.safety.risk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A risk matrix (风险矩阵): likelihood L from 1 to {@code likelihoodLevels} against severity S from 1 to
 * {@code severityLevels}, each cell graded to a {@link RiskLevel} either by bands of the product
 * R = L × S ({@code bands}) or cell by cell ({@code cells}) — exactly one of the two. A matrix may
 * use fewer than four levels, and bands or cells may carry their own labels and colours.
 *
 * <p>Checked at construction, so a pack is refused when it is read: every cell of the grid gets
 * exactly one level. With bands, no two bands share a product and every product L × S the grid can
 * reach lies in a band (a band may also span products no cell reaches, e.g. 21–24 of a 5 × 5 grid);
 * with cells, each cell lies in the grid, none is listed twice and none is missing. The error names
 * the offending band or cell ({@code bands[2]}, {@code cells[7]}), which a pack reports as a JSON
 * pointer. Immutable and thread-safe.
 *
 * @param likelihoodLevels the number of likelihood levels, 1 to {@value #MAX_SIDE}
 * @param severityLevels   the number of severity levels, 1 to {@value #MAX_SIDE}
 * @param bands            bands of the product, when the matrix is graded by product
 * @param cells            every cell, when the matrix is listed cell by cell
 */
public record RiskMatrix(int likelihoodLevels, int severityLevels, Optional<List<RiskBand>> bands,
    Optional<List<RiskCell>> cells) {
  /** The most levels a side of the matrix may have. */
  public static final int MAX_SIDE = 10;
  /** The greatest product a band may name, {@code MAX_SIDE × MAX_SIDE}. */
  public static final int MAX_PRODUCT = MAX_SIDE * MAX_SIDE;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param likelihoodLevels the number of likelihood levels, 1 to {@value #MAX_SIDE}
   * @param severityLevels   the number of severity levels, 1 to {@value #MAX_SIDE}
   * @param bands            bands of the product, or empty
   * @param cells            every cell, or empty
   */
  public RiskMatrix {
    Require.that(likelihoodLevels >= 1 && likelihoodLevels <= MAX_SIDE, "likelihoodLevels", likelihoodLevels,
        "must be between 1 and " + MAX_SIDE);
    Require.that(severityLevels >= 1 && severityLevels <= MAX_SIDE, "severityLevels", severityLevels,
        "must be between 1 and " + MAX_SIDE);
    bands = Objects.requireNonNullElse(bands, Optional.<List<RiskBand>>empty()).map(b -> Bounds.list("bands", b));
    cells = Objects.requireNonNullElse(cells, Optional.<List<RiskCell>>empty()).map(c -> Bounds.list("cells", c));
    Require.that(bands.isPresent() != cells.isPresent(), "bands", bands.isPresent() ? "bands and cells" : "neither",
        "exactly one of bands and cells grades the matrix");
    if (bands.isPresent()) {
      checkBands(likelihoodLevels, severityLevels, bands.get());
    } else {
      checkCells(likelihoodLevels, severityLevels, cells.orElseThrow());
    }
  }

  /**
   * {@return a matrix graded by bands of the product}
   *
   * @param likelihoodLevels the number of likelihood levels
   * @param severityLevels   the number of severity levels
   * @param bands            the bands
   */
  public static RiskMatrix ofBands(int likelihoodLevels, int severityLevels, List<RiskBand> bands) {
    return new RiskMatrix(likelihoodLevels, severityLevels, Optional.of(Require.nonNull("bands", bands)),
        Optional.empty());
  }

  /**
   * {@return a matrix listed cell by cell}
   *
   * @param likelihoodLevels the number of likelihood levels
   * @param severityLevels   the number of severity levels
   * @param cells            every cell
   */
  public static RiskMatrix ofCells(int likelihoodLevels, int severityLevels, List<RiskCell> cells) {
    return new RiskMatrix(likelihoodLevels, severityLevels, Optional.empty(),
        Optional.of(Require.nonNull("cells", cells)));
  }

  private static void checkBands(int likelihoods, int severities, List<RiskBand> bands) {
    Require.that(!bands.isEmpty(), "bands", "[]", "must hold at least one band");
    for (int i = 0; i < bands.size(); i++) {
      RiskBand b = bands.get(i);
      for (int j = 0; j < i; j++) {
        RiskBand a = bands.get(j);
        Require.thatElement(b.to() < a.from() || b.from() > a.to(), "bands", i, "", b.from() + "–" + b.to(),
            "overlaps bands[" + j + "] (" + a.from() + "–" + a.to() + "): a product would be graded twice");
      }
    }
    for (int l = 1; l <= likelihoods; l++) {
      for (int s = 1; s <= severities; s++) {
        int product = l * s;
        if (bands.stream().noneMatch(b -> b.contains(product))) {
          throw new InvalidValueException("bands", product, "no band holds the product " + product + " of cell (L "
              + l + ", S " + s + "): every cell must be graded");
        }
      }
    }
  }

  private static void checkCells(int likelihoods, int severities, List<RiskCell> cells) {
    RiskCell[][] grid = new RiskCell[likelihoods][severities];
    for (int i = 0; i < cells.size(); i++) {
      RiskCell c = cells.get(i);
      Require.thatElement(c.likelihood() <= likelihoods, "cells", i, ".likelihood", c.likelihood(),
          "must not exceed likelihoodLevels (" + likelihoods + ")");
      Require.thatElement(c.severity() <= severities, "cells", i, ".severity", c.severity(),
          "must not exceed severityLevels (" + severities + ")");
      Require.thatElement(grid[c.likelihood() - 1][c.severity() - 1] == null, "cells", i, "",
          "(" + c.likelihood() + ", " + c.severity() + ")", "grades a cell a second time: each cell has one level");
      grid[c.likelihood() - 1][c.severity() - 1] = c;
    }
    for (int l = 1; l <= likelihoods; l++) {
      for (int s = 1; s <= severities; s++) {
        if (grid[l - 1][s - 1] == null) {
          throw new InvalidValueException("cells", "(" + l + ", " + s + ")", "cell (L " + l + ", S " + s
              + ") is not graded: every cell must be listed");
        }
      }
    }
  }

  /**
   * {@return the graded cell at likelihood {@code likelihood} and severity {@code severity}: its level, and
   * the label and colour of its band or cell, if any}
   *
   * @param likelihood L, 1 to {@link #likelihoodLevels()}
   * @param severity   S, 1 to {@link #severityLevels()}
   * @throws InvalidValueException naming {@code likelihood} or {@code severity} when outside the matrix
   */
  public RiskCell cell(int likelihood, int severity) {
    Require.that(likelihood >= 1 && likelihood <= likelihoodLevels, "likelihood", likelihood,
        "must be between 1 and " + likelihoodLevels + " (the matrix's likelihood levels)");
    Require.that(severity >= 1 && severity <= severityLevels, "severity", severity,
        "must be between 1 and " + severityLevels + " (the matrix's severity levels)");
    if (bands.isPresent()) {
      int product = likelihood * severity;
      RiskBand b = bands.get().stream().filter(x -> x.contains(product)).findFirst().orElseThrow();
      return new RiskCell(likelihood, severity, b.level(), b.label(), b.colour());
    }
    return cells.orElseThrow().stream().filter(c -> c.likelihood() == likelihood && c.severity() == severity)
        .findFirst().orElseThrow();
  }

  /** A display colour: {@code #RRGGBB}, upper-cased. */
  static Optional<String> colour(Optional<String> colour) {
    return colour.map(c -> {
      Require.that(Bounds.code("colour", c).matches("#[0-9A-Fa-f]{6}"), "colour", c, "must be #RRGGBB (hex)");
      return c.toUpperCase(java.util.Locale.ROOT);
    });
  }
}
