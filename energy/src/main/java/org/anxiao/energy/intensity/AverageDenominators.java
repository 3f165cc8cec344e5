package org.anxiao.energy.intensity;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The denominators of an intensity averaged over its period, day by day (期间平均值): floor area in
 * m², and students, staff and the persons of per-person intensities (on the result's
 * {@link PopulationBasis}). Averages may be fractional.
 *
 * <p>Invariants: every value finite and zero or more. Immutable and thread-safe.
 *
 * @param floorArea  average floor area, m²
 * @param students   average students
 * @param staff      average staff
 * @param population average persons on the population basis
 */
public record AverageDenominators(double floorArea, double students, double staff, double population) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param floorArea  average floor area, m²
   * @param students   average students
   * @param staff      average staff
   * @param population average persons
   */
  public AverageDenominators {
    check("floorArea", floorArea);
    check("students", students);
    check("staff", staff);
    check("population", population);
  }

  private static void check(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
  }
}
