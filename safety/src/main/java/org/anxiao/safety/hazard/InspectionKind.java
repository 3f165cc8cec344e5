package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * How a hazard was found (排查方式), 丽教办安〔2024〕10号 (自查、交叉互查、联合抽查、第三方、随机督查、
 * 专项检查、四不两直).
 */
public enum InspectionKind {
  /** 自查: the school's own inspection. */
  SELF(LocalizedText.of("自查", "self-inspection")),
  /** 交叉互查: schools inspect each other. */
  CROSS(LocalizedText.of("交叉互查", "cross-inspection")),
  /** 联合抽查: a joint random inspection by the authorities. */
  JOINT_RANDOM(LocalizedText.of("联合抽查", "joint random inspection")),
  /** 第三方: an inspection by a third-party service. */
  THIRD_PARTY(LocalizedText.of("第三方检查", "third-party inspection")),
  /** 随机督查: random supervision. */
  RANDOM_SUPERVISION(LocalizedText.of("随机督查", "random supervision")),
  /** 专项检查: a special (themed) inspection. */
  SPECIAL(LocalizedText.of("专项检查", "special inspection")),
  /** 四不两直: unannounced (不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场). */
  UNANNOUNCED(LocalizedText.of("四不两直", "unannounced inspection"));

  private final LocalizedText label;

  InspectionKind(LocalizedText label) {
    this.label = label;
  }

  /** {@return the kind's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
