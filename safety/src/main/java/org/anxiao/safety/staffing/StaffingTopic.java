package org.anxiao.safety.staffing;

import java.util.Arrays;
import java.util.List;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.text.LocalizedText;

/**
 * A staffing question with its own rule kind (配备事项): each is answered by the narrowest pack in
 * force for the school's jurisdiction, all of kind shape {@link StaffingRule}.
 */
public enum StaffingTopic {
  /** 保安员配备 — security guards: GB/T 29315-2022 (CN), Minhang, Beijing, Hubei, Qingdao, Chongqing… */
  SECURITY_GUARDS("security-guards", "保安员配备", "security guards"),
  /** 卫生技术人员 — health staff of primary and secondary schools (学校卫生工作条例 art. 20). */
  HEALTH_STAFF("health-staff", "中小学卫生保健人员", "school health staff"),
  /** 托幼机构卫生保健人员 — kindergarten health staff (卫生部 教育部令第76号 art. 12). */
  KINDERGARTEN_HEALTH_STAFF("kindergarten-health-staff", "托幼机构卫生保健人员", "kindergarten health staff"),
  /** 心理健康教育教师 — mental-health teachers. */
  MENTAL_HEALTH_TEACHERS("mental-health-teachers", "心理健康教育教师", "mental-health teachers"),
  /** 公共安全教育教师 — public-safety-education teachers (Minhang 2022, 四(一)5). */
  SAFETY_EDUCATION_TEACHERS("safety-education-teachers", "公共安全教育教师", "safety-education teachers"),
  /** 学生安全员 — student safety officers (鲁教安字〔2018〕1号, 三(四)3). */
  STUDENT_SAFETY_OFFICERS("student-safety-officers", "学生安全员", "student safety officers"),
  /** 幼儿园教职工配备 — kindergarten staff ratios (教师〔2013〕1号). */
  KINDERGARTEN_STAFF("kindergarten-staff", "幼儿园教职工配备", "kindergarten staff"),
  /** 中小学教职工编制 — K-12 staff establishment (国办发〔2001〕74号). */
  STAFF_ESTABLISHMENT("staff-establishment", "中小学教职工编制", "K-12 staff establishment"),
  /** 幼儿园班额 — kindergarten class sizes (幼儿园工作规程 2016, art. 11), as the fewest classes. */
  KINDERGARTEN_CLASS_SIZE("kindergarten-class-size", "幼儿园班额", "kindergarten class size"),
  /** 中小学大班额 — oversized classes (大班额 ≥ 56, 超大班额 ≥ 66), as the fewest classes. */
  OVERSIZED_CLASSES("oversized-classes", "中小学大班额", "oversized classes");

  private final RuleKind<StaffingRule> kind;
  private final LocalizedText label;

  StaffingTopic(String name, String zh, String en) {
    this.kind = StaffingRule.kind(name);
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the topic's rule kind, {@code anxiao.safety.staffing.<name>}} */
  public RuleKind<StaffingRule> kind() {
    return kind;
  }

  /** {@return the topic's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return every topic's kind, in topic order} */
  public static List<RuleKind<?>> kinds() {
    return Arrays.stream(values()).<RuleKind<?>>map(StaffingTopic::kind).toList();
  }
}
