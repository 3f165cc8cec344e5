package org.anxiao.logistics.dormitory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The dormitory room inspection (寝室检查和评比, 沪教委后〔2024〕10号 §四2) in force, scored by core's
 * {@link Scorecards}, and the ranking of rooms by score (寝室评比). The shipped pack
 * {@code sh.example.dormitory-inspection} (310000) is an illustrative example, {@code UNVERIFIED}: its
 * items follow the areas the clause names — 用电、用水、设施维护、防火、防盗 — but the clause gives no
 * points or grades, so its points and grades are Anxiao's example (the pack's note says so). Under the
 * default policy scoring it is refused ({@code RULE_UNVERIFIED}); a caller scores with its own pack, or
 * with {@link org.anxiao.core.rule.VerificationPolicy#ALLOW_UNVERIFIED}.
 *
 * <pre>{@code
 * DormitoryInspections inspections = DormitoryInspections.in(
 *     RuleContext.of(registry, shanghai, date).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
 * Scorecard card = inspections.score(Subject.of(SubjectKind.of("ROOM"), "3-101"), responses);
 * List<RoomRank> ranking = DormitoryInspections.rank(cards);
 * }</pre>
 * Immutable and thread-safe.
 */
public final class DormitoryInspections implements Calculator {
  /** The calculator id, {@code anxiao.logistics.dormitory-inspection}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.dormitory-inspection");
  /** The checklist kind, {@code anxiao.logistics.dormitory-inspection}. */
  public static final RuleKind<RuleValue<Checklist>> KIND =
      Scorecards.checklistKind("anxiao.logistics.dormitory-inspection");

  private final Scorecards scorecards;

  private DormitoryInspections(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  /**
   * {@return the scorer of the inspection checklist in force in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static DormitoryInspections in(RuleContext context) {
    Require.nonNull("context", context);
    return new DormitoryInspections(Scorecards.in(context, KIND));
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
   * {@return the scorecard of one room's inspection}
   *
   * @param room      the room inspected (its id is the room id the ranking uses)
   * @param responses one answer per item of the checklist
   * @throws org.anxiao.core.error.MissingValueException on an item without a response
   * @throws org.anxiao.core.error.UnknownCodeException  on a response for an item the checklist lacks
   * @throws org.anxiao.core.error.InvalidValueException on a duplicate or out-of-range response
   * @throws org.anxiao.core.error.RulePackException     {@code RULE_UNVERIFIED} when the pack is below the policy
   */
  public Scorecard score(Subject room, Collection<ItemResponse> responses) {
    Require.nonNull("room", room);
    return scorecards.score(room, Bounds.list("responses", responses));
  }

  /**
   * {@return the rooms ranked by total, highest first (寝室评比)} Ties keep one place (competition
   * ranking, 1, 1, 3) and are listed by room id (the scorecard subject's id) in ascending {@link
   * String#compareTo} order, so the ranking does not depend on the order given. Totals are compared
   * exactly. Only scorecards of one checklist are comparable: a card of another checklist than the
   * first card's is refused.
   *
   * @param cards the rooms' scorecards, one per room, all of one checklist
   * @throws org.anxiao.core.error.InvalidValueException for a card of another checklist than
   *     {@code cards[0]}'s, naming {@code cards[i].checklistId}; for a room scored twice, naming
   *     {@code cards[i].subject.id}
   */
  public static List<RoomRank> rank(Collection<Scorecard> cards) {
    List<Scorecard> given = Bounds.list("cards", cards);
    Set<String> ids = new HashSet<>();
    String checklist = given.isEmpty() ? "" : given.get(0).checklistId();
    for (int i = 0; i < given.size(); i++) {
      Scorecard card = given.get(i);
      Require.thatElement(card.checklistId().equals(checklist), "cards", i, ".checklistId", card.checklistId(),
          "must be the checklist of cards[0], " + checklist + ": rooms are ranked on one checklist");
      Require.thatElement(ids.add(card.subject().id()), "cards", i, ".subject.id", card.subject().id(),
          "room scored twice");
    }
    List<Scorecard> sorted = new ArrayList<>(given);
    sorted.sort(Comparator.comparing(Scorecard::total).reversed().thenComparing(c -> c.subject().id()));
    List<RoomRank> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Scorecard c = sorted.get(i);
      int place = i > 0 && c.total().compareTo(sorted.get(i - 1).total()) == 0 ? out.get(i - 1).rank() : i + 1;
      out.add(new RoomRank(place, c.subject().id(), c.total(), c.grade()));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return ID + " " + scorecards;
  }
}
