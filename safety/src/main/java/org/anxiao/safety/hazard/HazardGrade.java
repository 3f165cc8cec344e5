package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * The grade of a hazard (事故隐患分级), 安全生产事故隐患排查治理暂行规定 (国家安全生产监督管理总局令第16号,
 * in force 2008-02-01) art. 3. Ordered from the lesser to the graver.
 */
public enum HazardGrade {
  /** 一般事故隐患: low harm and difficulty; can be rectified at once after discovery. */
  GENERAL(LocalizedText.of("一般事故隐患", "general hazard")),
  /**
   * 重大事故隐患: needs full or partial suspension of use and time to rectify, or the unit cannot
   * remove it by itself; it needs a complete rectification plan (治理方案).
   */
  MAJOR(LocalizedText.of("重大事故隐患", "major hazard"));

  private final LocalizedText label;

  HazardGrade(LocalizedText label) {
    this.label = label;
  }

  /** {@return the grade's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
