package org.anxiao.safety.risk;

/**
 * Which end of the risk scale gets number 1 and letter A (风险等级编号方向). Provinces number the four
 * levels in opposite directions — some call 重大风险 level 1 (A), others level 4 (D) — so the number
 * and the letter are display only; {@link RiskLevel}'s order is the model.
 */
public enum LevelNumbering {
  /** 重大风险 is 1 (A), 低风险 is 4 (D). */
  HIGHEST_FIRST,
  /** 低风险 is 1 (A), 重大风险 is 4 (D). */
  LOWEST_FIRST
}
