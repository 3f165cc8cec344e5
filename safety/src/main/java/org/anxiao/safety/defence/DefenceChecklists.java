package org.anxiao.safety.defence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;

/**
 * The technical-defence and closed-management checklist (技防物防及封闭管理检查表) in force, scored by
 * core's {@link Scorecards} with evidence per item. The shipped pack {@code sh.minhang.defence-checklist-2022}
 * (310112, {@code OFFICIAL_TEXT}) holds the items of 闵行区教育局校园安全专项整治工作实施方案 (2022)
 * §四(一)7 (校园封闭管理) and §四(一)9 (校园技防、物防设施配备), one item per requirement, each 10 points,
 * the one-button alarm item a veto item (一票否决).
 *
 * <pre>{@code
 * DefenceChecklists minhang = DefenceChecklists.in(RuleContext.forSchool(school, date));
 * DefenceScorecard card = minhang.score(subject, responses);
 * }</pre>
 * Every item needs a response (not-applicable where it does not apply); the evidence is kept beside
 * the scorecard and never changes the score. Immutable and thread-safe.
 */
public final class DefenceChecklists implements Calculator {
  /** The calculator id, {@code anxiao.safety.defence-checklist}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.defence-checklist");
  /** The checklist kind, {@code anxiao.safety.defence-checklist}. */
  public static final RuleKind<RuleValue<Checklist>> KIND = Scorecards.checklistKind("anxiao.safety.defence-checklist");

  private final Scorecards scorecards;

  private DefenceChecklists(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  /**
   * {@return the scorer of the defence checklist in force in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static DefenceChecklists in(RuleContext context) {
    Require.nonNull("context", context);
    return new DefenceChecklists(Scorecards.in(context, KIND));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(KIND);
  }

  /** {@return the checklist in force, with its pack, source and verification} */
  public Checklist checklist() {
    return scorecards.checklist();
  }

  /**
   * {@return the scorecard of {@code responses}, with their evidence}
   *
   * @param subject   what was inspected (a school or campus)
   * @param responses one answer per item of the checklist
   * @throws org.anxiao.core.error.MissingValueException on an item without a response
   * @throws org.anxiao.core.error.UnknownCodeException  on a response for an item the checklist lacks
   * @throws org.anxiao.core.error.InvalidValueException on a duplicate or out-of-range response
   * @throws org.anxiao.core.error.RulePackException     {@code RULE_UNVERIFIED} when the pack is below the policy
   */
  public DefenceScorecard score(Subject subject, Collection<EvidencedResponse> responses) {
    Require.nonNull("subject", subject);
    List<EvidencedResponse> given = Bounds.list("responses", responses);
    Scorecard card = scorecards.score(subject, answers(given));
    return new DefenceScorecard(ID, card, DefenceScorecard.inOrder(card, given), card.rulesApplied());
  }

  static List<ItemResponse> answers(List<EvidencedResponse> given) {
    List<ItemResponse> out = new ArrayList<>(given.size());
    given.forEach(r -> out.add(r.response()));
    return out;
  }

  @Override
  public String toString() {
    return ID + " " + scorecards;
  }
}
