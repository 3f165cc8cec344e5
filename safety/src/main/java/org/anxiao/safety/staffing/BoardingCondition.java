package org.anxiao.safety.staffing;

/** When a {@link RequirementPart} counts: always, or only for a school with (or without) boarders. */
public enum BoardingCondition {
  /** Always. */
  ALWAYS,
  /** Only when the school has boarders (寄宿制). */
  BOARDING,
  /** Only when it has none (走读). */
  NON_BOARDING;

  /**
   * {@return true when a part under this condition counts for a school that does or does not board}
   *
   * @param boarding whether the school has boarders
   */
  public boolean holds(boolean boarding) {
    return switch (this) {
      case ALWAYS -> true;
      case BOARDING -> boarding;
      case NON_BOARDING -> !boarding;
    };
  }
}
