package org.anxiao.core.campus;

/** Kind of gate (校门). */
public enum GateKind {
  /** 主校门. */
  MAIN,
  /** 侧门. */
  SIDE,
  /** 车辆出入口. */
  VEHICLE,
  /** 人行出入口. */
  PEDESTRIAN,
  /** 应急通道 — opened only in emergencies. */
  EMERGENCY
}
