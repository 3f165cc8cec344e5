package org.anxiao.logistics.supplies;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.school.School;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A school's size as a supplies quota reads it (学校规模): pupils enrolled, buildings, gross floor area
 * and site area. Invariants: counts 0 to {@value Bounds#MAX_COUNT}; both areas are areas (any area
 * unit; another dimension is {@code UNIT_MISMATCH} naming the field) and 0 or more. Immutable.
 *
 * @param pupils    pupils enrolled (在校学生数)
 * @param buildings buildings (建筑物栋数)
 * @param floorArea gross floor area of the buildings (建筑面积)
 * @param siteArea  site area (占地面积)
 */
public record SchoolSize(long pupils, long buildings, Quantity<Area> floorArea, Quantity<Area> siteArea) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param pupils    pupils enrolled
   * @param buildings buildings
   * @param floorArea gross floor area
   * @param siteArea  site area
   */
  public SchoolSize {
    Bounds.count("pupils", pupils);
    Bounds.count("buildings", buildings);
    ExactMeasures.squareMetres("floorArea", floorArea);
    ExactMeasures.squareMetres("siteArea", siteArea);
  }

  /**
   * {@return the size of {@code school}: its pupils, the buildings of all its campuses and the sum of
   * their gross floor areas, with the site area the caller gives (core's campus model has none)}
   *
   * @param school   the school
   * @param siteArea its site area
   */
  public static SchoolSize of(School school, Quantity<Area> siteArea) {
    Require.nonNull("school", school);
    long buildings = 0;
    BigDecimal floor = BigDecimal.ZERO;
    for (Campus c : school.campuses()) {
      for (Building b : c.buildings()) {
        buildings++;
        floor = floor.add(ExactMeasures.squareMetres("grossFloorArea", b.grossFloorArea()));
      }
    }
    return new SchoolSize(school.pupils(), buildings, AnxiaoUnits.of(floor, AnxiaoUnits.SQUARE_METER), siteArea);
  }

  /**
   * {@return the value of {@code basis} for this school: a count, or an area in m²}
   *
   * @param basis what a quota term counts
   */
  public BigDecimal basis(QuotaBasis basis) {
    Require.nonNull("basis", basis);
    return switch (basis) {
      case PUPILS -> BigDecimal.valueOf(pupils);
      case BUILDINGS -> BigDecimal.valueOf(buildings);
      case FLOOR_AREA -> ExactMeasures.squareMetres("floorArea", floorArea);
      case SITE_AREA -> ExactMeasures.squareMetres("siteArea", siteArea);
    };
  }
}
