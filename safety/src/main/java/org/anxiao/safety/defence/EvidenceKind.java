package org.anxiao.safety.defence;

import org.anxiao.core.text.LocalizedText;

/** Kind of evidence (佐证材料) behind a checklist answer. */
public enum EvidenceKind {
  /** 照片. */
  PHOTO("照片", "photo"),
  /** 文件、制度或证书. */
  DOCUMENT("文件", "document"),
  /** 台账或登记记录 (visitor, vehicle, inspection registers). */
  REGISTER("台账", "register"),
  /** 视频或录像片段. */
  VIDEO("视频", "video");

  private final LocalizedText label;

  EvidenceKind(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the kind's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
