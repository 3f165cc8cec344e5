package org.anxiao.core.school;

import org.anxiao.core.text.LocalizedText;

/** A stage of education (学段). A school may span several stages; see {@link SchoolType}. */
public enum SchoolStage {
  /** 托育 — childcare under three. */
  NURSERY("托育", "nursery"),
  /** 幼儿园 — kindergarten, three to six. */
  KINDERGARTEN("幼儿园", "kindergarten"),
  /** 小学 — primary, grades 1–6 (1–5 in some places). */
  PRIMARY("小学", "primary"),
  /** 初中 — junior secondary, grades 7–9. */
  JUNIOR_SECONDARY("初中", "junior secondary"),
  /** 高中 — senior secondary (general), grades 10–12. */
  SENIOR_SECONDARY("高中", "senior secondary"),
  /** 中职 — secondary vocational. */
  VOCATIONAL_SECONDARY("中职", "secondary vocational"),
  /** 特殊教育 — special education. */
  SPECIAL_EDUCATION("特殊教育", "special education"),
  /** 高等教育 — higher education. */
  HIGHER_EDUCATION("高等教育", "higher education");

  private final LocalizedText label;

  SchoolStage(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the stage's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
