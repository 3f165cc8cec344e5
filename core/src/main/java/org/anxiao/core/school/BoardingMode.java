package org.anxiao.core.school;

/** Whether pupils board (寄宿制). */
public enum BoardingMode {
  /** 走读 — no boarders. */
  NONE,
  /** 部分寄宿 — some pupils board. */
  PARTIAL,
  /** 全寄宿 — all pupils board. */
  FULL
}
