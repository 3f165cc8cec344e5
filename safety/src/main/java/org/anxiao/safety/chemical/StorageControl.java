package org.anxiao.safety.chemical;

import org.anxiao.core.text.LocalizedText;

/**
 * A storage control (管控措施) on a cabinet or a room. Which controls a cabinet of 剧毒 or 易制爆
 * chemicals needs, and which a chemistry laboratory or hazardous-chemical store needs, is pack data
 * (kind {@code anxiao.safety.chemical-storage}).
 */
public enum StorageControl {
  /** 双人双锁 — two locks, keys held by two people. */
  DUAL_LOCK("双人双锁", "two-person dual lock"),
  /** 台账 — a ledger of receipts and uses. */
  LEDGER("台账", "ledger"),
  /** 视频监控 — video surveillance. */
  VIDEO("视频监控", "video surveillance"),
  /** 入侵报警装置 — intrusion alarm. */
  INTRUSION_ALARM("入侵报警装置", "intrusion alarm"),
  /** 防盗安全门 — security door. */
  SECURITY_DOOR("防盗安全门", "security door"),
  /** 防盗保险柜 — safe. */
  SAFE("防盗保险柜", "safe");

  private final LocalizedText label;

  StorageControl(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the control's name, zh-CN and en} */
  public LocalizedText label() {
    return label;
  }
}
