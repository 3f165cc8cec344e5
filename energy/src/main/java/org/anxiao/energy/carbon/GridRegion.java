package org.anxiao.energy.carbon;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * The row of a grid-factor set a Scope 2 figure is taken from (电网区域): the national average, the
 * national average excluding market-traded non-fossil electricity (the residual mix of market-based
 * accounting), a regional grid, or a province by its GB/T 2260 code. Wire form: the code as a string,
 * e.g. {@code "310000"}.
 *
 * @param code the row key as packs write it: {@code CN}, {@code CN-RESIDUAL}, {@code GRID-EAST}, or a
 *             six-digit province code such as {@code 310000}
 */
public record GridRegion(@JsonValue String code) {
  private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("[0-9]{6}");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("CN|CN-RESIDUAL|GRID-[A-Z]+|[1-9][0-9]0000");
  /** 全国电力平均二氧化碳排放因子. */
  public static final GridRegion NATIONAL = new GridRegion("CN");
  /** 全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）: the residual mix. */
  public static final GridRegion NATIONAL_RESIDUAL = new GridRegion("CN-RESIDUAL");
  /** 华东区域电网 (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian). */
  public static final GridRegion EAST_CHINA = new GridRegion("GRID-EAST");

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code the row key
   */
  public GridRegion {
    Bounds.code("code", code);
    Require.that(CODE.matcher(code).matches(), "code", code,
        "must be CN, CN-RESIDUAL, GRID-<REGION> or a province code such as 310000");
  }

  /**
   * {@return the row {@code code}}
   *
   * @param code the row key: {@code CN}, {@code CN-RESIDUAL}, {@code GRID-<REGION>} or a province code
   */
  @JsonCreator
  public static GridRegion of(String code) {
    return new GridRegion(code);
  }

  /**
   * {@return the province row of {@code jurisdiction}: the first two digits of its code followed by 0000}
   *
   * @param jurisdiction a province, city or district code (not {@code CN})
   */
  public static GridRegion provinceOf(JurisdictionCode jurisdiction) {
    Require.nonNull("jurisdiction", jurisdiction);
    String code = jurisdiction.value();
    Require.that(SIX_DIGITS.matcher(code).matches(), "jurisdiction", code, "must be a six-digit GB/T 2260 code");
    return new GridRegion(code.substring(0, 2) + "0000");
  }

  @Override
  public String toString() {
    return code;
  }
}
