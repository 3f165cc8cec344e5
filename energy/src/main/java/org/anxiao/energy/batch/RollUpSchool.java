package org.anxiao.energy.batch;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * One school of a roll-up (汇总学校), as a schools table holds it. Immutable and thread-safe.
 *
 * @param id         the school's id, as the readings name it
 * @param district   its county-level jurisdiction (区县), the first level it rolls up to
 * @param area       its floor area, m², greater than zero; taken as the same in every year of the batch
 * @param population its students and staff (学生与教职工), persons, greater than zero and, as every
 *                   count, at most 10 000 000
 */
public record RollUpSchool(String id, JurisdictionCode district, double area, long population) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id         the school's id
   * @param district   its district
   * @param area       floor area, m²
   * @param population students and staff
   */
  public RollUpSchool {
    Bounds.line("id", id);
    Require.nonNull("district", district);
    Require.that(Bounds.decimal("area", area) > 0, "area", area, "must be greater than zero");
    Require.that(Bounds.count("population", population) > 0, "population", population, "must be greater than zero");
  }
}
