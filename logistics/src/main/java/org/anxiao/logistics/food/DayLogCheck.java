package org.anxiao.logistics.food;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;

/**
 * The check of one day's food-safety log (食品安全日志检查结果): the findings — per meal (in
 * {@link MealType} order) and dish (in menu order) a sample missing, too light, kept too short, not
 * refrigerated, not labelled, then the meal without a leader; per delivery (as listed) too few checkers
 * and 索证索票 missing; per worker (as listed) a health certificate missing or expired; per routine the
 * rule requires (in {@link DailyRoutine} order) not recorded — each citing the rule value it rests on.
 * Becomes an {@code Assessment} with {@link #toAssessment(java.time.Instant)}. Immutable and thread-safe.
 *
 * @param subject  the canteen
 * @param log      the log checked (the input)
 * @param rules    the rule values read, in first-use order
 * @param packs    the packs in force
 * @param findings the findings, in the order above
 */
public record DayLogCheck(Subject subject, FoodSafetyDayLog log, List<AppliedRule> rules, List<PackRef> packs,
    List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject  the canteen
   * @param log      the log checked
   * @param rules    the rule values read
   * @param packs    the packs in force
   * @param findings the findings
   */
  public DayLogCheck {
    Require.nonNull("subject", subject);
    Require.nonNull("log", log);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /** {@return true when the log gave no finding} */
  @JsonIgnore
  public boolean compliant() {
    return findings.isEmpty();
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return FoodSafetyLogs.ID;
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return log;
  }
}
