package org.anxiao.safety.defence;

import org.anxiao.core.text.LocalizedText;

/**
 * How strongly a standard asks for a facility: the modal verbs of GB/T 1.1-2020 (应 shall, 宜
 * should). In a compliance score the two weigh differently ({@link FacilityTableRule}).
 */
public enum Obligation {
  /** 应 — required. */
  REQUIRED("应", "shall"),
  /** 宜 — recommended. */
  RECOMMENDED("宜", "should");

  private final LocalizedText label;

  Obligation(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the modal verb in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
