package org.anxiao.logistics.dormitory;

import org.anxiao.core.text.LocalizedText;

/**
 * A role on night duty in a dormitory building (夜间值班岗位): the dormitory keeper (宿管员), the teacher
 * on duty (值班教师), the security guard (保安员, 闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)8:
 * 寄宿制学校夜间……开展日常守护、巡逻) and any other staff on duty.
 */
public enum DutyRole {
  /** 宿管员 — dormitory keeper. */
  DORMITORY_KEEPER("宿管员", "dormitory keeper"),
  /** 值班教师 — teacher on duty. */
  DUTY_TEACHER("值班教师", "teacher on duty"),
  /** 保安员 — security guard. */
  SECURITY_GUARD("保安员", "security guard"),
  /** 其他值班人员 — other staff on duty. */
  OTHER("其他值班人员", "other staff on duty");

  private final LocalizedText label;

  DutyRole(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the bilingual label, e.g. 宿管员 / dormitory keeper} */
  public LocalizedText label() {
    return label;
  }
}
