package org.anxiao.safety.staffing;

import org.anxiao.core.text.LocalizedText;

/**
 * What a staffing requirement counts (岗位): a staff post, student safety officers (学生安全员), who
 * are pupils, or classes (班级), for class-size caps. The roster ({@link Roster}) gives the head-count
 * on duty per {@link TimeSlot} and post; the classes come from the school.
 */
public enum Post {
  /** 保安员 — security guards from a licensed security company. */
  SECURITY_GUARD("保安员", "security guards"),
  /** 卫生专业技术人员或保健教师 — health staff (licensed health professionals and health teachers). */
  HEALTH_STAFF("卫生保健人员", "health staff"),
  /** 心理健康教育教师（专职或兼职） — mental-health teachers, full- or part-time. */
  MENTAL_HEALTH_TEACHER("心理健康教育教师", "mental-health teachers"),
  /** 公共安全教育教师（专职或兼职） — public-safety-education teachers, full- or part-time. */
  SAFETY_EDUCATION_TEACHER("公共安全教育教师", "public-safety-education teachers"),
  /** 学生安全员 — student safety officers (pupils named per class or dormitory room). */
  STUDENT_SAFETY_OFFICER("学生安全员", "student safety officers"),
  /** 幼儿园全园教职工 — all kindergarten staff. */
  KINDERGARTEN_STAFF("幼儿园教职工", "kindergarten staff"),
  /** 幼儿园保教人员（专任教师和保育员） — kindergarten teaching and care staff. */
  KINDERGARTEN_TEACHING_AND_CARE_STAFF("幼儿园保教人员", "kindergarten teaching and care staff"),
  /** 专任教师 — teachers. */
  TEACHER("专任教师", "teachers"),
  /** 保育员 — caregivers (kindergartens). */
  CAREGIVER("保育员", "caregivers"),
  /** 教职工（编制） — all staff, as counted against the staff establishment. */
  STAFF("教职工", "staff"),
  /**
   * 班级 — classes. Not a staff post: the actual is the school's classes in the requirement's stages,
   * never the roster's; a class-size cap c is stated as "at least ⌈pupils ÷ c⌉ classes".
   */
  CLASS("班级", "classes");

  private final LocalizedText label;

  Post(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the post's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
