package org.anxiao.core.finding;

/** What a finding or assessment is about. */
public enum SubjectKind {
  /** A jurisdiction (for roll-ups). */
  JURISDICTION,
  /** A school. */
  SCHOOL,
  /** A campus. */
  CAMPUS,
  /** A building. */
  BUILDING,
  /** A gate or guard post. */
  GATE,
  /** A key part (重点部位). */
  KEY_PART,
  /** An item of a checklist. */
  CHECKLIST_ITEM,
  /** Anything else the caller identifies. */
  OTHER
}
