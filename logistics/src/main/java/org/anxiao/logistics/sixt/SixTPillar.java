package org.anxiao.logistics.sixt;

import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.text.LocalizedText;

/**
 * The six pillars of 六T site management (六T实务现场管理), in their customary order. The seeds ask for
 * 六T management of canteens and dormitories (沪教委后〔2024〕10号 §四1, §四2) but do not list the
 * pillars; the names are those of the 六T method itself. A 六T checklist has one section per pillar,
 * whose id is the pillar's {@link #sectionId()}.
 */
public enum SixTPillar {
  /** 天天处理 — sort out daily: remove what is not needed. */
  SORTING_OUT("sorting-out", "天天处理", "daily sorting-out"),
  /** 天天整合 — integrate daily: a fixed place for everything. */
  INTEGRATION("integration", "天天整合", "daily integration"),
  /** 天天清扫 — sweep daily. */
  SWEEPING("sweeping", "天天清扫", "daily sweeping"),
  /** 天天规范 — standardise daily. */
  STANDARDISATION("standardisation", "天天规范", "daily standardisation"),
  /** 天天检查 — check daily. */
  CHECKING("checking", "天天检查", "daily checking"),
  /** 天天改进 — improve daily. */
  IMPROVEMENT("improvement", "天天改进", "daily improvement");

  private final String sectionId;
  private final LocalizedText label;

  SixTPillar(String sectionId, String zh, String en) {
    this.sectionId = sectionId;
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the id of the pillar's section in a 六T checklist, e.g. {@code sorting-out}} */
  public String sectionId() {
    return sectionId;
  }

  /** {@return the bilingual label, e.g. 天天处理 / daily sorting-out} */
  public LocalizedText label() {
    return label;
  }

  /**
   * {@return the pillar whose section id is {@code sectionId}, if any}
   *
   * @param sectionId a checklist section id
   */
  public static Optional<SixTPillar> ofSection(String sectionId) {
    Bounds.code("sectionId", sectionId);
    for (SixTPillar p : values()) {
      if (p.sectionId.equals(sectionId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
