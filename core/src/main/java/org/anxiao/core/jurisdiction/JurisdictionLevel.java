package org.anxiao.core.jurisdiction;

import org.anxiao.core.internal.Require;

/**
 * Level of an administrative division (行政区划级别). Ordered from widest to narrowest; the
 * four-level roll-up of 鲁教安字〔2018〕1号 (province → city → county → school) walks this order.
 */
public enum JurisdictionLevel {
  /** 国家 — the whole country, code {@code CN}. */
  NATION,
  /** 省级 — province, autonomous region or municipality (code ends in {@code 0000}). */
  PROVINCE,
  /** 地级 — prefecture-level city (code ends in {@code 00}). */
  PREFECTURE,
  /** 县级 — district, county or county-level city. */
  COUNTY;

  /**
   * {@return true when this level is strictly wider than {@code other}}
   *
   * @param other the level to compare with
   */
  public boolean isWiderThan(JurisdictionLevel other) {
    return ordinal() < Require.nonNull("other", other).ordinal();
  }
}
