package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A proportional spot-check sample (按比例抽查, 闵行 2022 §四(三)1), per responsible department
 * ({@link SpotChecks}). Immutable and thread-safe.
 *
 * @param asOf         the day the outcomes are taken on
 * @param proportion   the proportion drawn, in (0, 1]
 * @param seed         the seed of the draw
 * @param byDepartment the sample per department, every department with an eligible hazard
 */
public record SpotCheckSample(LocalDate asOf, BigDecimal proportion, String seed,
    SortedMap<String, DepartmentSample> byDepartment) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param asOf         the as-of day
   * @param proportion   the proportion
   * @param seed         the seed
   * @param byDepartment the samples
   */
  public SpotCheckSample {
    Bounds.date("asOf", asOf);
    SpotChecks.checkProportion(proportion);
    Bounds.code("seed", seed);
    byDepartment = Bounds.codeMap("byDepartment", byDepartment);
    Require.nonNull("byDepartment", byDepartment);
  }
}
