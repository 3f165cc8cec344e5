package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.greening.CampusGreening;
import org.anxiao.logistics.greening.CampusStatus;
import org.anxiao.logistics.greening.Greening;
import org.anxiao.logistics.greening.GreeningRule;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of campus greening (校园绿化) in m²: a site of 1–50 000 m² and four parts (green space, cover, roof,
 * vertical) each 0–100 % of it in per mille; campuses whose green space is at the new-school minimum of the shipped
 * Shanghai pack {@code sh.dgtj08-2438-2024.greening} (35 %, UNVERIFIED: read with the caller's consent) or 1 m²
 * either side; and a part larger than the site, labelled {@code INVALID_VALUE} naming the part. No shipped pack
 * states a factor at which roof or vertical greening counts ({@code roofToCoverage}, {@code verticalToCoverage},
 * {@code roofToGreenSpace}, {@code verticalToGreenSpace}), nor a coverage minimum or an existing-school minimum, so
 * there are no factor edges to sit on: in Shanghai roof and vertical greening count 0 (see {@link GreeningRule}).
 */
public final class GreeningGenerators {
  /** Shanghai, where the sh.dgtj08-2438-2024.greening pack applies. */
  public static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  /** The day the Shanghai pack is read on. */
  public static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private GreeningGenerators() {}

  /**
   * {@return {@code value} square metres}
   *
   * @param value the area in m²
   */
  public static Quantity<Area> m2(BigDecimal value) {
    return AnxiaoUnits.of(value, AnxiaoUnits.SQUARE_METER);
  }

  /**
   * {@return a campus of {@code site} m² with parts given as per mille of the site}
   *
   * @param status    new or existing
   * @param site      the site area in whole m², at least 1
   * @param perMilles green space, cover, roof and vertical greening in per mille of the site, 0–1000 each
   */
  public static CampusGreening campus(CampusStatus status, int site, int... perMilles) {
    return CampusGreening.of("sch", "main", status, m2(BigDecimal.valueOf(site)), part(site, perMilles[0]),
        part(site, perMilles[1]), part(site, perMilles[2]), part(site, perMilles[3]));
  }

  /** {@return valid campuses, new or existing, every part within the site} */
  public static Gen<CampusGreening> campuses() {
    Gen<int[]> parts = integers().between(0, 1000).zip(integers().between(0, 1000), integers().between(0, 1000),
        integers().between(0, 1000), (a, b, c, d) -> new int[] {a, b, c, d});
    return Generate.enumValues(CampusStatus.class).zip(integers().between(1, 50_000), parts,
        (status, site, p) -> campus(status, site, p));
  }

  /** {@return the Shanghai pack's rule, its UNVERIFIED values read with the caller's consent} */
  public static GreeningRule shanghaiRule() {
    return Greening.in(RuleContext.standard(SHANGHAI, DAY).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).rules().value();
  }

  /**
   * {@return new campuses of whole hectares whose ground green space is the Shanghai minimum for new schools
   * (minGreenSpaceRatioNew, 35 %) of the site, or 1 m² less or more; no roof or vertical greening}
   */
  public static Gen<CampusGreening> greenSpaceAtTheNewSchoolMinimum() {
    BigDecimal min = shanghaiRule().minGreenSpaceRatioNew().orElseThrow().value();
    return integers().between(1, 5).flatMap(ha -> {
      BigDecimal site = BigDecimal.valueOf(ha * 10_000L);
      BigDecimal at = site.multiply(min).setScale(0, RoundingMode.CEILING);
      return Boundaries.around(List.of(at), BigDecimal.ONE).map(green -> CampusGreening.of("sch", "main",
          CampusStatus.NEW, m2(site), m2(green), m2(site), m2(BigDecimal.ZERO), m2(BigDecimal.ZERO)));
    });
  }

  /** {@return a green space 1–1000 m² larger than the site: INVALID_VALUE naming greenSpace} */
  public static Gen<InvalidInput<CampusGreening>> partsAboveTheSite() {
    return integers().between(1, 50_000).zip(integers().between(1, 1000), (site, over) -> InvalidInput.of(
        "green space " + (site + over) + " m² on a " + site + " m² site", "INVALID_VALUE", "greenSpace",
        () -> CampusGreening.of("sch", "main", CampusStatus.NEW, m2(BigDecimal.valueOf(site)),
            m2(BigDecimal.valueOf(site + over)), m2(BigDecimal.ZERO), m2(BigDecimal.ZERO), m2(BigDecimal.ZERO))));
  }

  private static Quantity<Area> part(int site, int perMille) {
    return m2(BigDecimal.valueOf(site).multiply(BigDecimal.valueOf(perMille)).movePointLeft(3));
  }
}
