package org.anxiao.safety.hazard;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The accident-type list (事故类别) in force, bound from packs of kind {@code anxiao.safety.accident-types}.
 * Two national packs ship, picked by date: {@code cn.gb6441-1986.accident-types} (企业职工伤亡事故分类,
 * 20 types, codes 01–20, to 2026-06-30) and {@code cn.gb6441-2025.accident-types} (生产安全事故分类与
 * 编码, 27 basic types, codes {@code WSA10001}–{@code WSA10026} and {@code WSA10099} 其他, from
 * 2026-07-01), both {@code SECONDARY} (the lists as reprinted). A hazard's accident type is checked
 * against the list in force on the day it was found ({@link HazardChecks}). Crowd crush (踩踏) is
 * 其他伤害 (20) in 1986 and 其他 (WSA10099) in 2025. Immutable and thread-safe.
 *
 * @param accidentTypes the list
 */
public record AccidentTypeRule(RuleValue<AccidentTypeList> accidentTypes) {
  static final ParameterSpec<AccidentTypeList> ACCIDENT_TYPES =
      ParameterSpec.structure("accidentTypes", AccidentTypeList.class);

  /** The rule kind {@code anxiao.safety.accident-types}. */
  public static final RuleKind<AccidentTypeRule> KIND = RuleKind.of("anxiao.safety.accident-types",
      List.of(ACCIDENT_TYPES), b -> new AccidentTypeRule(b.get(ACCIDENT_TYPES)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param accidentTypes the list
   */
  public AccidentTypeRule {
    Require.nonNull("accidentTypes", accidentTypes);
  }
}
