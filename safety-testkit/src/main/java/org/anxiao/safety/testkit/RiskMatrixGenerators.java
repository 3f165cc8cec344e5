package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.risk.RiskBand;
import org.anxiao.safety.risk.RiskMatrices;
import org.anxiao.safety.risk.RiskMatrix;
import org.anxiao.safety.risk.RiskMatrixGrade;
import org.quicktheories.core.Gen;

/**
 * Generators of risk-matrix inputs (风险矩阵, R = L × S): cells (L, S) inside a bound matrix (1 to its
 * likelihood levels and severity levels), cells whose product is at the edge of one of its bands
 * ({@code from} or {@code to}), and cells outside it labelled {@code INVALID_VALUE} naming
 * {@code likelihood} or {@code severity}. A cell is an {@code int[] {L, S}}.
 */
public final class RiskMatrixGenerators {
  private RiskMatrixGenerators() {}

  /**
   * {@return the matrix {@code matrices} grades with}
   *
   * @param matrices a bound calculator
   */
  public static RiskMatrix matrix(RiskMatrices matrices) {
    return matrices.rules().value().matrix().value();
  }

  /**
   * {@return the cells {L, S} inside the matrix}
   *
   * @param matrix the matrix
   */
  public static Gen<int[]> cells(RiskMatrix matrix) {
    return integers().between(1, matrix.likelihoodLevels()).zip(integers().between(1, matrix.severityLevels()),
        (l, s) -> new int[] {l, s});
  }

  /**
   * {@return the cells whose product L × S is a band's {@code from} or {@code to}, or one either side
   * of them (a banded matrix; for one listed cell by cell, every cell)}
   *
   * @param matrix the matrix
   */
  public static List<int[]> edgeCells(RiskMatrix matrix) {
    List<int[]> out = new ArrayList<>();
    for (int l = 1; l <= matrix.likelihoodLevels(); l++) {
      for (int s = 1; s <= matrix.severityLevels(); s++) {
        int r = l * s;
        boolean edge = matrix.bands().map(bands -> bands.stream()
            .anyMatch((RiskBand b) -> Math.abs(r - b.from()) <= 1 || Math.abs(r - b.to()) <= 1)).orElse(true);
        if (edge) {
          out.add(new int[] {l, s});
        }
      }
    }
    return out;
  }

  /**
   * {@return a cell from {@link #edgeCells}}
   *
   * @param matrix the matrix
   */
  public static Gen<int[]> edges(RiskMatrix matrix) {
    List<int[]> edges = edgeCells(matrix);
    return integers().between(0, edges.size() - 1).map(edges::get);
  }

  /**
   * {@return cells outside the matrix (L or S below 1 or above its side), labelled {@code INVALID_VALUE}
   * naming the first coordinate out of range, graded by {@code matrices}}
   *
   * @param matrices a bound calculator
   */
  public static Gen<InvalidInput<RiskMatrixGrade>> outside(RiskMatrices matrices) {
    RiskMatrix m = matrix(matrices);
    return integers().between(0, 3).zip(integers().between(1, m.likelihoodLevels()),
        integers().between(1, m.severityLevels()), integers().between(1, 50), (k, l, s, off) -> {
          int badL = k == 0 ? 1 - off : k == 1 ? m.likelihoodLevels() + off : l;
          int badS = k == 2 ? 1 - off : k == 3 ? m.severityLevels() + off : s;
          String field = k < 2 ? "likelihood" : "severity";
          return InvalidInput.<RiskMatrixGrade>of("cell (" + badL + ", " + badS + ") outside " + m.likelihoodLevels()
              + " × " + m.severityLevels(), "INVALID_VALUE", field, () -> matrices.grade(LecGenerators.SUBJECT, badL, badS));
        });
  }
}
