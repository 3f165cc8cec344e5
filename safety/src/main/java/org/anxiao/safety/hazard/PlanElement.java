package org.anxiao.safety.hazard;

import org.anxiao.core.text.LocalizedText;

/**
 * One of the five things a major hazard's rectification plan (重大事故隐患治理方案) must settle, the
 * "五落实" of 安全生产事故隐患排查治理暂行规定 (国家安全生产监督管理总局令第16号, in force 2008-02-01):
 * responsibility, measures, funds, deadline and emergency plan. The article lists six contents (goals
 * and tasks, methods and measures, funds and materials, organisation and people, deadline and
 * requirements, safety measures and emergency plan); each maps to one element, as named on each
 * constant. Which elements a plan must have is rule data (the pack of kind
 * {@code anxiao.safety.hazard-management}, {@link HazardManagementRule#majorPlanElements()}), not this
 * enum.
 */
public enum PlanElement {
  /** 责任落实: the body and people in charge of the rectification (负责治理的机构和人员). */
  RESPONSIBILITY(LocalizedText.of("责任落实", "responsibility")),
  /** 措施落实: goals, tasks, methods and measures (治理的目标和任务、采取的方法和措施). */
  MEASURES(LocalizedText.of("措施落实", "measures")),
  /** 资金落实: funds and materials (经费和物资的落实). */
  FUNDS(LocalizedText.of("资金落实", "funds")),
  /** 时限落实: the deadline and its requirements (治理的时限和要求). */
  DEADLINE(LocalizedText.of("时限落实", "deadline")),
  /** 预案落实: safety measures and the emergency plan (安全措施和应急预案). */
  EMERGENCY_PLAN(LocalizedText.of("预案落实", "emergency plan"));

  private final LocalizedText label;

  PlanElement(LocalizedText label) {
    this.label = label;
  }

  /** {@return the element's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
