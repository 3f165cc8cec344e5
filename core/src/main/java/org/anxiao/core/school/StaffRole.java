package org.anxiao.core.school;

import org.anxiao.core.text.LocalizedText;

/** A staff role that staffing rules count (教职工岗位). */
public enum StaffRole {
  /** 专任教师. */
  TEACHER("专任教师", "teacher"),
  /** 保育员 (kindergartens). */
  CAREGIVER("保育员", "caregiver"),
  /** 保安员 — security guard, from a licensed security company. */
  SECURITY_GUARD("保安员", "security guard"),
  /** 卫生专业技术人员 — licensed health professional (school doctor, nurse). */
  HEALTH_PROFESSIONAL("卫生专业技术人员", "health professional"),
  /** 保健教师 — health teacher. */
  HEALTH_TEACHER("保健教师", "health teacher"),
  /** 心理健康教育教师 — mental-health teacher, full-time. */
  MENTAL_HEALTH_TEACHER("心理健康教育教师", "mental-health teacher"),
  /** 公共安全教育教师 — public-safety-education teacher. */
  SAFETY_EDUCATION_TEACHER("公共安全教育教师", "safety-education teacher"),
  /** 食堂从业人员 — canteen staff. */
  CANTEEN_STAFF("食堂从业人员", "canteen staff"),
  /** 宿舍管理员 — dormitory supervisor. */
  DORMITORY_SUPERVISOR("宿舍管理员", "dormitory supervisor"),
  /** 行政人员 — administrative staff. */
  ADMINISTRATIVE("行政人员", "administrative staff"),
  /** 其他. */
  OTHER("其他", "other");

  private final LocalizedText label;

  StaffRole(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the role's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
