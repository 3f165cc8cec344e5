package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * Where a hazard stands in its closed loop (隐患闭环管理): {@code REPORTED → GRADED → RECTIFYING →
 * AWAITING_ACCEPTANCE → CLOSED} (验收销号). A failed acceptance returns to {@code RECTIFYING}; a closed
 * hazard can be reopened. Ordered along the loop.
 */
public enum HazardState {
  /** 已上报: found and recorded, not yet graded. */
  REPORTED(LocalizedText.of("已上报", "reported")),
  /** 已定级: graded, responsibility and deadline to be set. */
  GRADED(LocalizedText.of("已定级", "graded")),
  /** 整改中: being rectified under its plan and deadline. */
  RECTIFYING(LocalizedText.of("整改中", "rectifying")),
  /** 待验收: rectification reported done, awaiting acceptance. */
  AWAITING_ACCEPTANCE(LocalizedText.of("待验收", "awaiting acceptance")),
  /** 已销号: accepted and closed. */
  CLOSED(LocalizedText.of("已销号", "closed"));

  private final LocalizedText label;

  HazardState(LocalizedText label) {
    this.label = label;
  }

  /** {@return the state's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return true for every state but {@link #CLOSED}} */
  public boolean open() {
    return this != CLOSED;
  }
}
