package org.anxiao.energy.testkit.province;

import java.util.Objects;

/**
 * A row of a synthetic province's schools table.
 *
 * @param id           the school's id, {@code <district code>-<4-digit number>}, e.g. {@code 310104-0007},
 *                     numbered from {@code 0001} within its district
 * @param jurisdiction the school's district, a 6-digit GB/T 2260 county-level code, e.g. {@code 310104}
 * @param area         the school's floor area in m², a whole number greater than zero
 * @param population   the school's students and staff (persons), greater than zero
 */
public record ProvinceSchool(String id, String jurisdiction, double area, int population) {
  /**
   * Checks the row.
   *
   * @param id           the school's id
   * @param jurisdiction the school's district code, six digits
   * @param area         floor area in m², greater than zero
   * @param population   students and staff, greater than zero
   * @throws IllegalArgumentException when the code is not six digits or a figure is not positive
   */
  public ProvinceSchool {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!jurisdiction.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("jurisdiction must be six digits: " + jurisdiction);
    }
    if (!(area > 0 && Double.isFinite(area))) {
      throw new IllegalArgumentException("area must be > 0 m²: " + area);
    }
    if (population <= 0) {
      throw new IllegalArgumentException("population must be > 0: " + population);
    }
  }
}
