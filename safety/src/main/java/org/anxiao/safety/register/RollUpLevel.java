package org.anxiao.safety.register;

import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;

/**
 * The levels a register rolls up to: school (校), district or county (县), city (市) and province (省),
 * the four-level connectivity of 鲁教安字〔2018〕1号 §三(三)2 (省、市、县（市、区）、校四级联通). A group's key is
 * the school's id, or the GB/T 2260 code of the school's division at that level, found from the
 * code's shape: the province is the first two digits and {@code 0000}; the city the first four and
 * {@code 00}, except in the four municipalities (北京 11, 天津 12, 上海 31, 重庆 50), whose districts sit
 * directly under the municipality (as in core's directory, 310112 闵行区 → 310000 上海市); the district
 * is the school's own code. A school registered at a wider level than the roll-up's (e.g. a 市直学校
 * under 331100) forms a group of its own code. Stateless.
 */
public enum RollUpLevel {
  /** 校: one group per school (unit id). */
  SCHOOL,
  /** 县（市、区）: one group per county-level division. */
  DISTRICT,
  /** 市: one group per prefecture-level city (the municipality itself for its districts). */
  CITY,
  /** 省: one group per province-level division. */
  PROVINCE;

  /**
   * {@return the code of the division at this level that holds {@code code}, or {@code code} itself when
   * it is at this level or wider}
   *
   * @param code a province, city or county code
   * @throws org.anxiao.core.error.InvalidValueException for {@link #SCHOOL}, which has no division
   */
  public JurisdictionCode division(JurisdictionCode code) {
    Require.nonNull("code", code);
    Require.that(this != SCHOOL, "level", this, "a school has no division code: its group is the unit id");
    Require.that(code.level() != JurisdictionLevel.NATION, "code", code, "must be a province, city or county code");
    String v = code.value();
    return switch (this) {
      case PROVINCE -> JurisdictionCode.of(v.substring(0, 2) + "0000");
      case CITY -> code.level() == JurisdictionLevel.PROVINCE || MUNICIPALITIES.contains(v.substring(0, 2))
          ? JurisdictionCode.of(v.substring(0, 2) + "0000") : JurisdictionCode.of(v.substring(0, 4) + "00");
      default -> code;
    };
  }

  private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("11", "12", "31", "50");
}
