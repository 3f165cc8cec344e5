package org.anxiao.safety.defence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;

/**
 * A defence checklist scored by core's {@link org.anxiao.core.scorecard.Scorecards}, with the
 * evidence given for each item (技防物防检查评分及佐证). Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}, whose inputs cover the evidence references too.
 *
 * <p>Invariants: one evidenced response per response of the scorecard, same items; the rules hold
 * the scorecard's. Immutable and thread-safe.
 *
 * @param calculator the calculator that scored it
 * @param scorecard  the scorecard (total, percent, grade, sections, findings)
 * @param responses  the answers with their evidence, in checklist order
 * @param rules      the rule values read (the checklist record, and for a facility table its weights)
 */
public record DefenceScorecard(CalculatorId calculator, Scorecard scorecard, List<EvidencedResponse> responses,
    List<AppliedRule> rules) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param calculator the calculator that scored it
   * @param scorecard  the scorecard
   * @param responses  the answers with their evidence, one per scored response
   * @param rules      the rule values read, including the scorecard's
   */
  public DefenceScorecard {
    Require.nonNull("calculator", calculator);
    Require.nonNull("scorecard", scorecard);
    responses = Bounds.list("responses", responses);
    rules = Bounds.list("rules", rules);
    Require.that(responses.size() == scorecard.responses().size(), "responses", responses.size(),
        "must hold one answer per item scored ({})", scorecard.responses().size());
    for (int i = 0; i < responses.size(); i++) {
      Require.thatElement(responses.get(i).itemId().equals(scorecard.responses().get(i).itemId()), "responses", i,
          ".itemId", responses.get(i).itemId(), "must follow the scorecard's item order");
    }
    Require.that(rules.containsAll(scorecard.rulesApplied()), "rules", rules.size(), "must hold the scorecard's rules");
  }

  /** {@return the ids of the items scored (not 不适用) without any evidence, in checklist order} */
  public List<String> unevidenced() {
    return responses.stream()
        .filter(r -> r.response().status() == ItemResponse.Status.SCORED && r.evidence().isEmpty())
        .map(EvidencedResponse::itemId)
        .toList();
  }

  /**
   * {@return the evidence given for {@code itemId}}
   *
   * @param itemId an item of the checklist
   * @throws org.anxiao.core.error.UnknownCodeException when the checklist has no such item
   */
  public List<EvidenceRef> evidence(String itemId) {
    Bounds.code("itemId", itemId);
    return responses.stream().filter(r -> r.itemId().equals(itemId)).findFirst()
        .orElseThrow(() -> new org.anxiao.core.error.UnknownCodeException("itemId", itemId,
            "item of checklist " + scorecard.checklistId()))
        .evidence();
  }

  @Override
  public Subject subject() {
    return scorecard.subject();
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  public List<Finding> findings() {
    return scorecard.findings();
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(scorecard.inputs(), responses);
  }

  /** The inputs as the assessment's digest covers them: the scorecard's and the evidence. */
  record Inputs(Object scorecard, List<EvidencedResponse> responses) {}

  /** Responses in checklist order, and their ids, for the two calculators that build this record. */
  static List<EvidencedResponse> inOrder(Scorecard card, List<EvidencedResponse> given) {
    Set<String> seen = new HashSet<>();
    return card.responses().stream().map(r -> given.stream().filter(g -> g.itemId().equals(r.itemId()))
        .filter(g -> seen.add(g.itemId())).findFirst().orElseThrow()).toList();
  }
}
