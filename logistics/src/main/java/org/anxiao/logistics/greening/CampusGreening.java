package org.anxiao.logistics.greening;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A campus's greening areas (校园绿化面积), also the JSON document {@code campus-greening} ({@link #DOCUMENT},
 * schema {@value #SCHEMA_RESOURCE} in the logistics jar): the school and campus, new or existing, the site
 * area (用地面积), the green space on the ground (绿地面积), the vegetation cover (绿化覆盖面积: the vertical
 * projection of trees, shrubs and grass), the roof greening (屋顶绿化面积) and the vertical greening (垂直绿化面积).
 *
 * <p>Invariants: every area is an area ({@code UNIT_MISMATCH} naming the field otherwise) of 0 or more, and no
 * part exceeds the site area ({@code INVALID_VALUE} naming the part). Areas are held in square metres: one
 * given in another area unit is converted to m² exactly, so the record always writes {@code "unit": "m2"}, the
 * only area unit the schema admits. Read from JSON, an error names the JSON pointer of the offending node
 * (e.g. {@code /greenSpace} for a part larger than the site, {@code /siteArea/unit} for a mass, {@code /status}
 * for an unknown status). Immutable and thread-safe.
 *
 * @param schemaVersion    the wire-format version, {@code 1.x}
 * @param schoolId         the school's id (学校编号)
 * @param campusId         the campus's id (校区编号; the subject of the assessment)
 * @param status           new or existing school, which selects the pack's minimum
 * @param siteArea         the site area, m²
 * @param greenSpace       the green space on the ground, m², at most the site area
 * @param greenCover       the vegetation cover, m², at most the site area
 * @param roofGreening     the roof greening, m², at most the site area
 * @param verticalGreening the vertical greening, m², at most the site area
 */
public record CampusGreening(String schemaVersion, String schoolId, String campusId, CampusStatus status,
    Quantity<Area> siteArea, Quantity<Area> greenSpace, Quantity<Area> greenCover, Quantity<Area> roofGreening,
    Quantity<Area> verticalGreening) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/campus-greening.schema.json";
  /** The document type {@code campus-greening}. */
  public static final DocumentType<CampusGreening> DOCUMENT = DocumentType.of("campus-greening",
      CampusGreening.class, CampusGreening.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain; an area in another
   * area unit than m² is converted to m² exactly.
   *
   * @param schemaVersion    the wire-format version
   * @param schoolId         the school's id
   * @param campusId         the campus's id
   * @param status           new or existing
   * @param siteArea         the site area
   * @param greenSpace       the green space
   * @param greenCover       the vegetation cover
   * @param roofGreening     the roof greening
   * @param verticalGreening the vertical greening
   */
  public CampusGreening {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("schoolId", schoolId);
    Bounds.code("campusId", campusId);
    Require.nonNull("status", status);
    BigDecimal site = ExactMeasures.squareMetres("siteArea", siteArea);
    siteArea = inSquareMetres(siteArea, site);
    greenSpace = part("greenSpace", greenSpace, site);
    greenCover = part("greenCover", greenCover, site);
    roofGreening = part("roofGreening", roofGreening, site);
    verticalGreening = part("verticalGreening", verticalGreening, site);
  }

  /**
   * {@return a record of the current wire-format version}
   *
   * @param schoolId         the school's id
   * @param campusId         the campus's id
   * @param status           new or existing
   * @param siteArea         the site area
   * @param greenSpace       the green space, at most the site area
   * @param greenCover       the vegetation cover, at most the site area
   * @param roofGreening     the roof greening, at most the site area
   * @param verticalGreening the vertical greening, at most the site area
   */
  public static CampusGreening of(String schoolId, String campusId, CampusStatus status, Quantity<Area> siteArea,
      Quantity<Area> greenSpace, Quantity<Area> greenCover, Quantity<Area> roofGreening,
      Quantity<Area> verticalGreening) {
    return new CampusGreening(DocumentType.CURRENT_VERSION, schoolId, campusId, status, siteArea, greenSpace,
        greenCover, roofGreening, verticalGreening);
  }

  private static Quantity<Area> part(String field, Quantity<Area> area, BigDecimal site) {
    BigDecimal m2 = ExactMeasures.squareMetres(field, area);
    Require.that(m2.compareTo(site) <= 0, field, m2.toPlainString() + " m2", "must not exceed the site area {} m2",
        site.toPlainString());
    return inSquareMetres(area, m2);
  }

  /** The area as given when in m², else the same area in m². */
  private static Quantity<Area> inSquareMetres(Quantity<Area> area, BigDecimal m2) {
    return area.getUnit().equals(AnxiaoUnits.SQUARE_METER) ? area : AnxiaoUnits.of(m2, AnxiaoUnits.SQUARE_METER);
  }

  /** {@return the record as compact JSON, in the {@code campus-greening} wire format} */
  public String toJson() {
    return AnxiaoJson.strict().write(this);
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
