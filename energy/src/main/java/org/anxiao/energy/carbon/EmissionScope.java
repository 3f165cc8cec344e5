package org.anxiao.energy.carbon;

import org.anxiao.core.text.LocalizedText;

/**
 * The scope an emission is reported in (排放范围), after the GHG Protocol and the NDRC public-building
 * guideline: direct emissions of fuels burnt on site, and indirect emissions of purchased
 * electricity and heat.
 */
public enum EmissionScope {
  /** 范围一: fuels burnt on site (natural gas, LPG, diesel, gasoline…). */
  SCOPE_1("范围一（直接排放）", "Scope 1 (direct)"),
  /** 范围二: purchased electricity and heat. */
  SCOPE_2("范围二（外购电力与热力）", "Scope 2 (purchased electricity and heat)");

  private final LocalizedText label;

  EmissionScope(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the scope's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
