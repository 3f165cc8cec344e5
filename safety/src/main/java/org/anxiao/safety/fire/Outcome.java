package org.anxiao.safety.fire;

/**
 * The outcome of a major-fire-hazard determination (判定结论), in the order the engine decides:
 * an exclusion claimed wins over everything; then a direct element; then a counting rule; else the
 * hazard is not major.
 */
public enum Outcome {
  /** 不判定为重大火灾隐患 — an exclusion of the edition was claimed (GB 35181-2017 5.1.3). */
  EXCLUDED,
  /** 重大火灾隐患 (直接判定) — at least one direct element was found. */
  MAJOR_BY_DIRECT_ELEMENT,
  /** 重大火灾隐患 (综合判定) — a counting rule that applied was met. */
  MAJOR_BY_COUNT,
  /** 不构成重大火灾隐患 — no direct element, and no counting rule that applied was met. */
  NOT_MAJOR;

  /** {@return true for a major fire hazard} */
  public boolean major() {
    return this == MAJOR_BY_DIRECT_ELEMENT || this == MAJOR_BY_COUNT;
  }
}
