package org.anxiao.logistics.greening;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A campus's greening areas (校园绿化面积), all in any area unit: the site area (用地面积), the green space
 * on the ground (绿地面积), the vegetation cover (绿化覆盖面积: the vertical projection of trees, shrubs and
 * grass), the roof greening (屋顶绿化面积) and the vertical greening (垂直绿化面积). Invariants: every area
 * is an area ({@code UNIT_MISMATCH} naming the field otherwise) of 0 or more, and no part exceeds the site
 * area ({@code INVALID_VALUE} naming the part). Immutable.
 *
 * @param campusId         the campus's id (the subject)
 * @param status           new or existing school, which selects the pack's minimum
 * @param siteArea         the site area
 * @param greenSpace       the green space on the ground, at most the site area
 * @param greenCover       the vegetation cover, at most the site area
 * @param roofGreening     the roof greening, at most the site area
 * @param verticalGreening the vertical greening, at most the site area
 */
public record CampusGreening(String campusId, CampusStatus status, Quantity<Area> siteArea, Quantity<Area> greenSpace,
    Quantity<Area> greenCover, Quantity<Area> roofGreening, Quantity<Area> verticalGreening) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param campusId         the campus's id
   * @param status           new or existing
   * @param siteArea         the site area
   * @param greenSpace       the green space
   * @param greenCover       the vegetation cover
   * @param roofGreening     the roof greening
   * @param verticalGreening the vertical greening
   */
  public CampusGreening {
    Bounds.code("campusId", campusId);
    Require.nonNull("status", status);
    BigDecimal site = ExactMeasures.squareMetres("siteArea", siteArea);
    part("greenSpace", greenSpace, site);
    part("greenCover", greenCover, site);
    part("roofGreening", roofGreening, site);
    part("verticalGreening", verticalGreening, site);
  }

  private static void part(String field, Quantity<Area> area, BigDecimal site) {
    BigDecimal m2 = ExactMeasures.squareMetres(field, area);
    Require.that(m2.compareTo(site) <= 0, field, m2.toPlainString() + " m2", "must not exceed the site area {} m2",
        site.toPlainString());
  }

  /** {@return the site area in m²} */
  public BigDecimal siteSquareMetres() {
    return ExactMeasures.squareMetres("siteArea", siteArea);
  }

  /** {@return the green space in m²} */
  public BigDecimal greenSpaceSquareMetres() {
    return ExactMeasures.squareMetres("greenSpace", greenSpace);
  }

  /** {@return the vegetation cover in m²} */
  public BigDecimal greenCoverSquareMetres() {
    return ExactMeasures.squareMetres("greenCover", greenCover);
  }

  /** {@return the roof greening in m²} */
  public BigDecimal roofSquareMetres() {
    return ExactMeasures.squareMetres("roofGreening", roofGreening);
  }

  /** {@return the vertical greening in m²} */
  public BigDecimal verticalSquareMetres() {
    return ExactMeasures.squareMetres("verticalGreening", verticalGreening);
  }
}
