package org.anxiao.logistics.greening;

import org.anxiao.core.text.LocalizedText;

/**
 * Whether a campus is newly built or existing (新建 / 既有), which selects the greening minimum of the
 * pack: standards commonly set a higher minimum for new schools than for existing ones.
 */
public enum CampusStatus {
  /** 新建（含改扩建）学校 — a new school (or one rebuilt or extended). */
  NEW("新建学校", "new school"),
  /** 既有学校 — an existing school. */
  EXISTING("既有学校", "existing school");

  private final LocalizedText label;

  CampusStatus(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the status's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
