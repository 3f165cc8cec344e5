package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * The three outcomes a hazard is summarised under at the end of a campaign, 闵行区校园安全专项整治工作
 * 实施方案 (2022) §四(三): resolved, being resolved with a clear deadline, hard to resolve in the short
 * term. Derived from the hazard's state, never entered.
 */
public enum MinhangOutcome {
  /** 风险隐患已化解: closed. */
  RESOLVED(LocalizedText.of("风险隐患已化解", "resolved")),
  /** 风险隐患正在化解中，可明确完成时限: open, with a deadline, not flagged hard to resolve. */
  RESOLVING_WITH_DEADLINE(LocalizedText.of("风险隐患正在化解中，可明确完成时限", "being resolved, with a deadline")),
  /** 化解难度较大，难以短期内化解: open and flagged hard to resolve. */
  HARD_TO_RESOLVE(LocalizedText.of("化解难度较大，难以短期内化解", "hard to resolve in the short term"));

  private final LocalizedText label;

  MinhangOutcome(LocalizedText label) {
    this.label = label;
  }

  /** {@return the outcome's wording in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
