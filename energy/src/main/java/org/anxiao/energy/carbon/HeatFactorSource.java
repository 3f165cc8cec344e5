package org.anxiao.energy.carbon;

import org.anxiao.core.text.LocalizedText;

/**
 * Where the factor of purchased heat in a Scope 2 figure came from (热力排放因子来源): the factor set's
 * own heat factor (Shanghai's 0.06 tCO₂/GJ, 沪环气〔2022〕34号), or, for a set that gives none (the MEE
 * electricity factors), the default of the emission-factor pack in force (national 0.11 tCO₂/GJ).
 */
public enum HeatFactorSource {
  /** The factor set's own {@code heat} ({@link GridFactorRule#heat()}). */
  FACTOR_SET("因子集自带热力因子", "the factor set's heat factor"),
  /** The default {@code heat} of {@link EmissionFactorRule}. */
  DEFAULT("默认热力因子", "the default heat factor");

  private final LocalizedText label;

  HeatFactorSource(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the source's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
