package org.anxiao.core.school;

import java.util.EnumSet;
import java.util.Set;
import org.anxiao.core.text.LocalizedText;

/**
 * The kind of school (学校类型) and the stages it may enrol. A nine-year school (九年一贯制) spans
 * primary and junior secondary, a complete secondary school (完全中学) junior and senior secondary.
 */
public enum SchoolType {
  /** 托育机构. */
  NURSERY("托育机构", "nursery", EnumSet.of(SchoolStage.NURSERY)),
  /** 幼儿园 (may include a nursery class, 托班). */
  KINDERGARTEN("幼儿园", "kindergarten", EnumSet.of(SchoolStage.NURSERY, SchoolStage.KINDERGARTEN)),
  /** 小学. */
  PRIMARY("小学", "primary school", EnumSet.of(SchoolStage.PRIMARY)),
  /** 初级中学. */
  JUNIOR_SECONDARY("初级中学", "junior secondary school", EnumSet.of(SchoolStage.JUNIOR_SECONDARY)),
  /** 高级中学. */
  SENIOR_SECONDARY("高级中学", "senior secondary school", EnumSet.of(SchoolStage.SENIOR_SECONDARY)),
  /** 九年一贯制学校. */
  NINE_YEAR("九年一贯制学校", "nine-year school", EnumSet.of(SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY)),
  /** 十二年一贯制学校. */
  TWELVE_YEAR("十二年一贯制学校", "twelve-year school",
      EnumSet.of(SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY, SchoolStage.SENIOR_SECONDARY)),
  /** 完全中学. */
  COMPLETE_SECONDARY("完全中学", "complete secondary school",
      EnumSet.of(SchoolStage.JUNIOR_SECONDARY, SchoolStage.SENIOR_SECONDARY)),
  /** 中等职业学校. */
  VOCATIONAL("中等职业学校", "secondary vocational school", EnumSet.of(SchoolStage.VOCATIONAL_SECONDARY)),
  /** 特殊教育学校 (may run classes at any school stage). */
  SPECIAL("特殊教育学校", "special education school", EnumSet.of(SchoolStage.SPECIAL_EDUCATION,
      SchoolStage.KINDERGARTEN, SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY,
      SchoolStage.SENIOR_SECONDARY, SchoolStage.VOCATIONAL_SECONDARY)),
  /** 高等学校. */
  HIGHER("高等学校", "higher education institution", EnumSet.of(SchoolStage.HIGHER_EDUCATION));

  private final LocalizedText label;
  private final Set<SchoolStage> stages;

  SchoolType(String zh, String en, EnumSet<SchoolStage> stages) {
    this.label = LocalizedText.of(zh, en);
    this.stages = java.util.Collections.unmodifiableSet(EnumSet.copyOf(stages));
  }

  /** {@return the stages a school of this type may enrol} */
  public Set<SchoolStage> stages() {
    return stages;
  }

  /** {@return the type's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
