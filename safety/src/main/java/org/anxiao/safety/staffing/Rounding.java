package org.anxiao.safety.staffing;

/**
 * How "+k per further n" counts a part of n (取整方式). Stated by the pack for every increment: no
 * default. Rounding up is the safer reading (a part of n asks for one more), and the shipped packs
 * take it unless their source says otherwise.
 */
public enum Rounding {
  /** 进一法 — a started n counts: ⌈excess ÷ n⌉. */
  UP,
  /** 去尾法 — only a full n counts: ⌊excess ÷ n⌋. */
  DOWN
}
