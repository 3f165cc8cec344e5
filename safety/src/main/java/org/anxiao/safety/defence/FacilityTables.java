package org.anxiao.safety.defence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.GradeBand;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.text.LocalizedText;

/**
 * Scores a campus against a facility table by key part (重点部位防范设施配置) — GB/T 29315-2022's, as
 * far as its {@code UNVERIFIED} pack holds it (two 应 rows so far), or a caller's pack of the same kind
 * — with 应 and 宜 weighted differently, through core's {@link Scorecards}.
 *
 * <p>The table becomes one checklist section: each facility an item of 1 point, weighted by the
 * pack's {@code requiredWeight} (应) or {@code recommendedWeight} (宜). So the score on 100 is
 * {@code 100 × Σ w·s / Σ w} over the facilities that apply (a score s from 0 to 1 each; not-applicable
 * ones drop out): with 应 2 and 宜 1, two 应 and one 宜 with only the 宜 missing give
 * {@code 100 × (2 + 2 + 0) / 5 = 80}. One grade band, {@code SCORED} (from 0): the standard grades
 * nothing.
 *
 * <p>Rules read, in order: {@code table}, {@code requiredWeight}, {@code recommendedWeight}, then the
 * checklist record. Under {@link VerificationPolicy#DEFAULT} the shipped {@code UNVERIFIED} pack is
 * refused ({@code RULE_UNVERIFIED}); pass {@link VerificationPolicy#ALLOW_UNVERIFIED} to use it.
 * Immutable and thread-safe.
 */
public final class FacilityTables implements Calculator {
  /** The calculator id, {@code anxiao.safety.facility-table}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.facility-table");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BoundRules<FacilityTableRule> rules;
  private final VerificationPolicy policy;

  private FacilityTables(BoundRules<FacilityTableRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the facility table in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static FacilityTables in(RuleContext context) {
    Require.nonNull("context", context);
    return new FacilityTables(context.bind(FacilityTableRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound facility-table rule
   * @param policy the verification policy applied to the rule's values
   */
  public static FacilityTables of(BoundRules<FacilityTableRule> rules, VerificationPolicy policy) {
    return new FacilityTables(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(FacilityTableRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<FacilityTableRule> rules() {
    return rules;
  }

  /**
   * {@return the scorecard of {@code responses} against the table, with their evidence}
   *
   * @param subject   what was inspected (a campus)
   * @param responses one answer per facility, each scored from 0 to 1 or not applicable
   * @throws org.anxiao.core.error.MissingValueException on a facility without a response
   * @throws org.anxiao.core.error.UnknownCodeException  on a response for a facility the table lacks
   * @throws org.anxiao.core.error.InvalidValueException on a duplicate response or a score above 1
   * @throws org.anxiao.core.error.RulePackException     {@code RULE_UNVERIFIED} when a value read is below the policy
   */
  public DefenceScorecard score(Subject subject, Collection<EvidencedResponse> responses) {
    Require.nonNull("subject", subject);
    List<EvidencedResponse> given = Bounds.list("responses", responses);
    FacilityTableRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    FacilityTable table = trace.use(rule.table());
    BigDecimal required = trace.use(rule.requiredWeight());
    BigDecimal recommended = trace.use(rule.recommendedWeight());
    AppliedRule tableRule = trace.applied().get(0);
    List<ChecklistItem> items = new ArrayList<>();
    for (KeyPartFacilities part : table.keyParts()) {
      for (Facility f : part.facilities()) {
        BigDecimal weight = f.obligation() == Obligation.REQUIRED ? required : recommended;
        LocalizedText title = LocalizedText.of(part.keyPart().zh() + "：" + f.title().zh() + "（" + f.obligation().label().zh()
            + "）", part.keyPart().en() + ": " + f.title().en() + " (" + f.obligation().label().en() + ")");
        items.add(new ChecklistItem(f.id(), title, BigDecimal.ONE, Optional.of(weight), false, f.clause()));
      }
    }
    Checklist checklist = Checklist.builder()
        .id(tableRule.pack().id())
        .title(LocalizedText.of("重点部位防范设施配置", "Facilities by key part"))
        .maxScore(HUNDRED)
        .addSections(new ChecklistSection("facilities", LocalizedText.of("防范设施", "facilities"), Optional.empty(), items))
        .addGrades(new GradeBand("SCORED", LocalizedText.of("已评分", "scored"), BigDecimal.ZERO))
        .pack(tableRule.pack())
        .source(tableRule.citation())
        .verification(tableRule.verification())
        .build();
    Scorecard card = Scorecards.score(checklist, subject, DefenceChecklists.answers(given), policy);
    card.rulesApplied().forEach(trace::record);
    return new DefenceScorecard(ID, card, DefenceScorecard.inOrder(card, given), trace.applied());
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
