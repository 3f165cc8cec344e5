package org.anxiao.core.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;

/**
 * Scoring of weighted checklists (检查评分): one engine for every checklist, which are data.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>item score: the given score (≤ the item's maximum), or the maximum less the deductions and
 *       never below zero (扣完为止);</li>
 *   <li>section subtotal: {@code Σ w·s × sectionPoints / Σ w·max} over applicable items — items
 *       marked not applicable (不适用) drop out and the others are re-normalised; a section with no
 *       applicable item drops out of the total;</li>
 *   <li>total: {@code Σ subtotal × checklistMax / Σ sectionPoints} over applicable sections;</li>
 *   <li>grade: the highest band whose minimum the total reaches; if any veto item failed, the veto
 *       grade (default: the lowest) however high the total, or the grade by score when that is
 *       lower — a failed veto item never raises a grade.</li>
 * </ol>
 * Divisions use {@link MathContext#DECIMAL64} (16 significant digits, half-even), so that the total
 * lies in {@code [0, max]} and never rises when an item's score falls.
 *
 * <p>Every item must have a response: a missing one is an error, never assumed full or zero.
 *
 * <p>The common path resolves the checklist in force and scores with it:
 * {@code Scorecards.in(RuleContext.forSchool(school, date), KIND).score(subject, responses)}, where
 * {@code KIND} is a {@link #checklistKind checklist kind}. A caller's own checklist is scored with the
 * static {@link #score(Checklist, Subject, Collection, VerificationPolicy)}. Immutable and thread-safe.
 */
public final class Scorecards implements Calculator {
  /** The calculator id, {@code anxiao.core.scorecard}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.core.scorecard");
  /** Code of a finding for an item below its maximum. */
  public static final FindingCode ITEM_SHORTFALL = FindingCode.of("CORE.SCORECARD.ITEM_SHORTFALL");
  /** Code of a finding for a failed veto item. */
  public static final FindingCode VETO = FindingCode.of("CORE.SCORECARD.VETO");
  /** The name of the {@code structure} parameter that carries a checklist in a pack. */
  public static final String CHECKLIST_PARAMETER = "checklist";

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MessageCatalog MESSAGES = MessageCatalog.load(Scorecards.class, "messages");
  private static final ParameterSpec<Checklist> CHECKLIST =
      ParameterSpec.structure(CHECKLIST_PARAMETER, Checklist.class);
  private static final java.util.concurrent.ConcurrentMap<String, RuleKind<RuleValue<Checklist>>> CHECKLIST_KINDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final RuleKind<RuleValue<Checklist>> kind;
  private final Checklist checklist;
  private final VerificationPolicy policy;

  private Scorecards(RuleKind<RuleValue<Checklist>> kind, Checklist checklist, VerificationPolicy policy) {
    this.kind = kind;
    this.checklist = checklist;
    this.policy = policy;
  }

  /**
   * {@return a rule kind whose packs carry one checklist in the {@code structure} parameter
   * {@value #CHECKLIST_PARAMETER}} Each family of checklists (a district's 排查表, a 六T sheet…) has
   * its own kind id, so that packs of different families never compete for one jurisdiction. The
   * checklist is bound when the pack is registered: one that does not bind is refused there. One id
   * gives one kind object, whoever asks; register it with the registry ({@code
   * RulePackRegistry.Builder.kind}, or contribute it through the vocabulary service so that the
   * standard registry knows it).
   *
   * @param id the kind's id, e.g. {@code anxiao.example.self-inspection}
   */
  public static RuleKind<RuleValue<Checklist>> checklistKind(String id) {
    Bounds.code("id", id);
    return CHECKLIST_KINDS.computeIfAbsent(id, Scorecards::newChecklistKind);
  }

  private static RuleKind<RuleValue<Checklist>> newChecklistKind(String id) {
    return RuleKind.of(id, List.of(CHECKLIST), b -> {
      RuleValue<Checklist> v = b.get(CHECKLIST);
      AppliedRule applied = v.applied();
      Checklist bound = Checklist.builder().from(v.value())
          .pack(applied.pack())
          .source(applied.citation())
          .verification(applied.verification())
          .build();
      return new RuleValue<>(bound, checklistRule(bound).orElseThrow());
    });
  }

  /**
   * {@return the scorer for the checklist of {@code kind} in force in {@code context}, under its policy}
   *
   * @param context the registry, jurisdiction, date and policy
   * @param kind    the checklist's rule kind
   * @throws RulePackException when no pack of the kind is in force
   */
  public static Scorecards in(RuleContext context, RuleKind<RuleValue<Checklist>> kind) {
    Require.nonNull("context", context);
    Require.nonNull("kind", kind);
    return new Scorecards(kind, context.bind(kind).value().value(), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(kind);
  }

  /** {@return the checklist this scorer applies, with its pack, source and verification} */
  public Checklist checklist() {
    return checklist;
  }

  /**
   * Scores {@code responses} for {@code subject} against this scorer's checklist.
   *
   * @param subject   what was inspected (used in the findings)
   * @param responses one response per item of the checklist
   * @return the scorecard
   * @throws RulePackException {@link RulePackException#UNVERIFIED} when the checklist's pack is below the policy
   * @see #score(Checklist, Subject, Collection, VerificationPolicy)
   */
  public Scorecard score(Subject subject, Collection<ItemResponse> responses) {
    return score(checklist, subject, responses, policy);
  }

  /**
   * Scores {@code responses} against {@code checklist} under {@link VerificationPolicy#DEFAULT}: a
   * checklist from a pack marked {@code UNVERIFIED} is refused.
   *
   * @param checklist the checklist
   * @param responses one response per item of the checklist
   * @return the scorecard
   * @param subject what was inspected (used in the findings)
   * @throws MissingValueException on an item without a response
   * @throws InvalidValueException on a duplicate or out-of-range response
   * @throws UnknownCodeException  on a response for an item the checklist does not have
   * @throws RulePackException     {@link RulePackException#UNVERIFIED} for an unverified checklist
   */
  public static Scorecard score(Checklist checklist, Subject subject, Collection<ItemResponse> responses) {
    return score(checklist, subject, responses, VerificationPolicy.DEFAULT);
  }

  /**
   * Scores {@code responses} against {@code checklist}, accepting the checklist only if its pack's
   * verification passes {@code policy} (a checklist not taken from a pack is the caller's own and
   * always accepted). The checklist's record ({@code pack/checklist = id}) is read through a
   * {@link RuleTrace}, as every calculator reads its rules.
   *
   * @param checklist the checklist
   * @param subject   what was inspected (used in the findings)
   * @param responses one response per item of the checklist
   * @param policy    the verification policy the checklist's pack must pass
   * @return the scorecard
   */
  public static Scorecard score(Checklist checklist, Subject subject, Collection<ItemResponse> responses,
      VerificationPolicy policy) {
    Require.nonNull("checklist", checklist);
    Require.nonNull("subject", subject);
    Require.nonNull("policy", policy);
    RuleTrace trace = RuleTrace.under(policy);
    Optional<AppliedRule> record = checklistRule(checklist);
    if (record.isPresent()) {
      trace.record(record.get());
    } else {
      // A checklist that states its verification without a full pack record is held to it all the same.
      checklist.verification().filter(v -> !policy.permits(v)).ifPresent(v -> {
        throw new RulePackException(RulePackException.UNVERIFIED, "checklist " + checklist.id(), v,
            "is below the required verification " + policy.minimum()
            + "; pass VerificationPolicy.ALLOW_UNVERIFIED to score it anyway");
      });
    }
    Map<String, ItemResponse> byItem = index(checklist, responses);

    List<SectionScore> sections = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<String> vetoItems = new ArrayList<>();
    BigDecimal sumScores = BigDecimal.ZERO;
    BigDecimal sumPoints = BigDecimal.ZERO;
    for (ChecklistSection section : checklist.sections()) {
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal weightedMax = BigDecimal.ZERO;
      List<ItemScore> items = new ArrayList<>();
      for (ChecklistItem item : section.items()) {
        ItemResponse r = java.util.Objects.requireNonNull(byItem.get(item.id()), "index() answers every item");
        if (r.status() == ItemResponse.Status.NOT_APPLICABLE) {
          items.add(new ItemScore(item.id(), r.status(), Optional.empty(), item.maxScore(), item.effectiveWeight(), false));
          continue;
        }
        BigDecimal s = itemScore(item, r);
        weighted = weighted.add(item.effectiveWeight().multiply(s));
        weightedMax = weightedMax.add(item.weightedMax());
        items.add(new ItemScore(item.id(), r.status(), Optional.of(s), item.maxScore(), item.effectiveWeight(),
            r.vetoTriggered()));
        if (r.vetoTriggered()) {
          vetoItems.add(item.id());
        } else if (s.compareTo(item.maxScore()) < 0) {
          findings.add(shortfall(checklist, subject, item, s));
        }
      }
      boolean applicable = weightedMax.signum() > 0;
      BigDecimal points = section.effectiveMaxScore();
      BigDecimal subtotal = applicable ? weighted.multiply(points).divide(weightedMax, MC) : BigDecimal.ZERO;
      if (applicable) {
        sumScores = sumScores.add(subtotal);
        sumPoints = sumPoints.add(points);
      }
      sections.add(new SectionScore(section.id(), section.title(), applicable, subtotal, points, weighted,
          weightedMax, items));
    }
    if (sumPoints.signum() == 0) {
      throw new InvalidValueException("responses", "all NOT_APPLICABLE", "at least one item must apply");
    }
    BigDecimal max = checklist.effectiveMaxScore();
    BigDecimal total = sumScores.multiply(max).divide(sumPoints, MC);
    List<GradeBand> grades = checklist.sortedGrades();
    GradeBand byScore = grades.get(0);
    for (GradeBand g : grades) {
      if (total.compareTo(g.minScore()) >= 0) {
        byScore = g;
      }
    }
    GradeBand awarded = byScore;
    if (!vetoItems.isEmpty()) {
      GradeBand vetoGrade = checklist.vetoGrade()
          .flatMap(code -> grades.stream().filter(g -> g.code().equals(code)).findFirst())
          .orElse(grades.get(0));
      if (vetoGrade.minScore().compareTo(byScore.minScore()) < 0) {
        awarded = vetoGrade;
      }
      for (String id : vetoItems) {
        findings.add(veto(checklist, subject, checklist.item(id).orElseThrow(),
            java.util.Objects.requireNonNull(byItem.get(id), "index() answers every item"), awarded));
      }
    }
    return Scorecard.builder()
        .checklistId(checklist.id())
        .subject(subject)
        .responses(inChecklistOrder(checklist, byItem))
        .checklistDigest(checklist.pack().isPresent() ? Optional.empty()
            : Optional.of(AnxiaoJson.strict().digest(checklist)))
        .rulesApplied(trace.applied())
        .pack(checklist.pack())
        .total(total)
        .maxScore(max)
        .percent(total.multiply(HUNDRED).divide(max, MC))
        .grade(awarded)
        .gradeByScore(byScore)
        .vetoed(!vetoItems.isEmpty())
        .vetoItems(vetoItems)
        .sections(sections)
        .findings(findings)
        .build();
  }

  private static Map<String, ItemResponse> index(Checklist checklist, Collection<ItemResponse> responses) {
    Require.nonNull("responses", responses);
    Map<String, ItemResponse> byItem = new HashMap<>();
    int i = 0;
    for (ItemResponse r : responses) {
      Require.nonNullElement("responses", i, r);
      Optional<ChecklistItem> item = checklist.item(r.itemId());
      if (item.isEmpty()) {
        throw new UnknownCodeException("responses[" + i + "].itemId", r.itemId(), "item of checklist " + checklist.id());
      }
      if (byItem.put(r.itemId(), r) != null) {
        throw new InvalidValueException("responses[" + i + "].itemId", r.itemId(), "answered twice");
      }
      if (r.vetoTriggered() && !item.get().veto()) {
        throw new InvalidValueException("responses[" + i + "].vetoTriggered", true, "item " + r.itemId() + " is not a veto item");
      }
      i++;
    }
    for (ChecklistSection s : checklist.sections()) {
      for (ChecklistItem item : s.items()) {
        if (!byItem.containsKey(item.id())) {
          throw new MissingValueException("every item needs a response; use NOT_APPLICABLE where it does not apply",
              "responses[" + item.id() + "]");
        }
      }
    }
    return byItem;
  }

  /** The responses in the checklist's item order, so that the order given never changes the result. */
  private static List<ItemResponse> inChecklistOrder(Checklist checklist, Map<String, ItemResponse> byItem) {
    List<ItemResponse> ordered = new ArrayList<>(byItem.size());
    checklist.sections().forEach(s -> s.items().forEach(i -> ordered.add(byItem.get(i.id()))));
    return ordered;
  }

  private static BigDecimal itemScore(ChecklistItem item, ItemResponse r) {
    if (r.score().isPresent()) {
      BigDecimal s = r.score().get();
      if (s.compareTo(item.maxScore()) > 0) {
        throw new InvalidValueException("responses[" + item.id() + "].score", s.toPlainString(),
            "must not exceed the item's maximum " + item.maxScore().toPlainString());
      }
      return s;
    }
    BigDecimal deducted = r.deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal s = item.maxScore().subtract(deducted);
    return s.max(BigDecimal.ZERO); // floored at zero; a zero difference keeps its scale
  }

  private static Finding shortfall(Checklist checklist, Subject subject, ChecklistItem item, BigDecimal s) {
    return Finding.builder()
        .code(ITEM_SHORTFALL)
        .severity(item.veto() ? Severity.HIGH : Severity.LOW)
        .subject(subject)
        .measured(new Measure(s, "1"))
        .required(new Measure(item.maxScore(), "1"))
        .comparison(Comparison.AT_LEAST)
        .message(MESSAGES.format(ITEM_SHORTFALL, item.id(), item.title(), s.toPlainString(),
            item.maxScore().toPlainString()))
        .rules(rule(checklist, item))
        .build();
  }

  private static Finding veto(Checklist checklist, Subject subject, ChecklistItem item, ItemResponse r, GradeBand grade) {
    String reason = r.note().orElse("-");
    return Finding.builder()
        .code(VETO)
        .severity(Severity.CRITICAL)
        .subject(subject)
        .message(MESSAGES.format(VETO, item.id(), item.title(), reason, grade.title()))
        .rules(rule(checklist, item))
        .build();
  }

  /** The record of a checklist taken from a pack: {@code pack/checklist = id}, with its source and verification. */
  private static Optional<AppliedRule> checklistRule(Checklist checklist) {
    if (checklist.pack().isEmpty() || checklist.source().isEmpty() || checklist.verification().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AppliedRule(checklist.pack().get(), CHECKLIST_PARAMETER, checklist.id(), Optional.empty(),
        checklist.verification().get(), checklist.source().get()));
  }

  @Override
  public String toString() {
    return ID + " " + checklist.id() + checklist.pack().map(p -> " " + p).orElse("") + " " + policy;
  }

  private static List<AppliedRule> rule(Checklist checklist, ChecklistItem item) {
    if (checklist.pack().isEmpty() || checklist.source().isEmpty() || checklist.verification().isEmpty()) {
      return List.of();
    }
    return List.of(new AppliedRule(checklist.pack().get(), "checklist.items[" + item.id() + "].maxScore",
        item.maxScore().toPlainString(), Optional.empty(), checklist.verification().get(),
        checklist.source().get().atClause(item.clause())));
  }
}
