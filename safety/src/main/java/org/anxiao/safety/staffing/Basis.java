package org.anxiao.safety.staffing;

/**
 * What a requirement's count grows with (计算基数), read from a {@link StaffingCase}. Gates are those of
 * every campus of the school; an {@code EMERGENCY} gate (应急通道) is not a guard post.
 */
public enum Basis {
  /** 门岗数 — gates with a guard post, emergency gates excluded. */
  GATES,
  /** 高峰时段开放的门岗数 — gates open at the arrival and dismissal peaks. */
  GATES_AT_PEAK,
  /** 夜间使用的门岗数 — gates used at night. */
  GATES_AT_NIGHT,
  /** 在校生数 — pupils (of the part's stages, or all). */
  PUPILS,
  /** 非寄宿学生数 — pupils who do not board (all stages). */
  NON_BOARDING_PUPILS,
  /** 寄宿生数 — boarders. */
  BOARDERS,
  /** 班级数 — classes (of the part's stages, or all). */
  CLASSES,
  /** 学生宿舍间数 — dormitory rooms. */
  DORM_ROOMS,
  /** 每校 — one per school: the basis is 1. */
  SCHOOL,
  /** 师生总数 — staff plus pupils. */
  STAFF_AND_PUPILS
}
