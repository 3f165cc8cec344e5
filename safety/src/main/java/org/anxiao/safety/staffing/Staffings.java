package org.anxiao.safety.staffing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * The staffing engine (人员配备核对): applies the staffing packs in force for a school's jurisdiction
 * and date to the school and its roster. The rules are data ({@link StaffingRule}); this class holds
 * no figure of its own.
 *
 * <p>For each topic with a pack in force and each of its requirements that applies (the school
 * enrols one of its stages; a DAY or PEAK requirement only while the school is in session):
 * <ol>
 *   <li>each part whose boarding condition holds reads its basis from the {@link StaffingCase} and
 *       takes the covering tier's minimum plus its increment's extra (0 when no tier covers it);</li>
 *   <li>the parts are summed, multiplied by the boarding multiplier when the school has boarders and
 *       raised to {@code atLeast};</li>
 *   <li>the roster's head-count for the slot and post is the actual (for {@link Post#CLASS}, the
 *       school's classes in the requirement's stages); the shortfall is
 *       {@code max(0, required − actual)}.</li>
 * </ol>
 * Every value read passes the context's {@link VerificationPolicy}: the {@code requirements}
 * parameter, and any requirement or tier with its own clause or verification (recorded as
 * {@code requirements[i]}, {@code requirements[i].parts[j].tiers[k]}). A requirement needing a value
 * the policy does not permit is not assessed and is reported as skipped
 * ({@link StaffingAssessment#skipped()}), never guessed. Findings are bilingual.
 *
 * <p>Resolve once per jurisdiction and date, then assess as often as needed. Immutable and thread-safe.
 */
public final class Staffings implements Calculator {
  /** The calculator id, {@code anxiao.safety.staffing}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.staffing");
  /** A requirement the roster falls short of. */
  public static final FindingCode SHORTFALL = FindingCode.of("SAFETY.STAFFING.SHORTFALL");
  /** A requirement not assessed: a value it needs is below the verification policy. */
  public static final FindingCode SKIPPED = FindingCode.of("SAFETY.STAFFING.SKIPPED");
  /** Every requirement assessed is met. */
  public static final FindingCode ADEQUATE = FindingCode.of("SAFETY.STAFFING.ADEQUATE");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(Staffings.class, "messages");

  private final Map<StaffingTopic, BoundRules<StaffingRule>> rules;
  private final VerificationPolicy policy;

  private Staffings(Map<StaffingTopic, BoundRules<StaffingRule>> rules, VerificationPolicy policy) {
    this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
    this.policy = policy;
  }

  /**
   * {@return the engine for {@code context} over every topic with a pack in force there; topics
   * without one are left out ({@link #topics()})}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws RulePackException when the packs in force do not bind, or two are ambiguous
   */
  public static Staffings in(RuleContext context) {
    Require.nonNull("context", context);
    Map<StaffingTopic, BoundRules<StaffingRule>> bound = new EnumMap<>(StaffingTopic.class);
    for (StaffingTopic t : StaffingTopic.values()) {
      context.find(t.kind()).ifPresent(rules -> bound.put(t, rules));
    }
    return new Staffings(bound, context.policy());
  }

  /**
   * {@return the engine for {@code context} over {@code topics}, each of which must have a pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @param topics  the topics, at least one
   * @throws RulePackException {@code RULE_NOT_FOUND} when a topic has no pack in force
   */
  public static Staffings in(RuleContext context, Set<StaffingTopic> topics) {
    Require.nonNull("context", context);
    List<StaffingTopic> list = Bounds.list("topics", topics);
    Require.that(!list.isEmpty(), "topics", "[]", "must name at least one topic");
    Map<StaffingTopic, BoundRules<StaffingRule>> bound = new EnumMap<>(StaffingTopic.class);
    for (StaffingTopic t : list) {
      bound.put(t, context.bind(t.kind()));
    }
    return new Staffings(bound, context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return StaffingTopic.kinds();
  }

  /** {@return the topics with a pack in force, in topic order} */
  public Set<StaffingTopic> topics() {
    return rules.keySet();
  }

  /**
   * {@return the bound rule of {@code topic}, if it has a pack in force}
   *
   * @param topic the topic
   */
  public Optional<BoundRules<StaffingRule>> rules(StaffingTopic topic) {
    return Optional.ofNullable(rules.get(Require.nonNull("topic", topic)));
  }

  /**
   * {@return the staffing of {@code school} against {@code roster}}
   *
   * @param school the school, in session or not, with its dormitory rooms
   * @param roster head-counts by slot and post
   */
  public StaffingAssessment assess(StaffingCase school, Roster roster) {
    Require.nonNull("school", school);
    Require.nonNull("roster", roster);
    Subject subject = Subject.of(SubjectKind.SCHOOL, school.school().id());
    List<StaffingLine> lines = new ArrayList<>();
    List<SkippedRequirement> skipped = new ArrayList<>();
    Set<PackRef> packs = new LinkedHashSet<>();
    for (Map.Entry<StaffingTopic, BoundRules<StaffingRule>> e : rules.entrySet()) {
      packs.addAll(e.getValue().packs());
      RuleValue<StaffingRules> value = e.getValue().value().requirements();
      List<Requirement> requirements = value.value().requirements();
      for (int i = 0; i < requirements.size(); i++) {
        Requirement r = requirements.get(i);
        if (!r.appliesTo(school.school().stages()) || (r.slot().whilePupilsOnCampus() && !school.inSession())) {
          continue;
        }
        Optional<StaffingLine> line = assess(e.getKey(), value, i, school, roster);
        if (line.isPresent()) {
          lines.add(line.get());
        } else {
          skipped.add(new SkippedRequirement(e.getKey(), r.id(), r.slot(), r.post(), refusal(value, i, school)));
        }
      }
    }
    Set<AppliedRule> all = new LinkedHashSet<>();
    lines.forEach(l -> all.addAll(l.rules()));
    List<Finding> findings = findings(subject, lines, skipped);
    return new StaffingAssessment(subject, school, roster, lines, skipped, List.copyOf(all), List.copyOf(packs),
        findings);
  }

  /** The line of requirement {@code i}, or empty when a value it needs is below the policy. */
  private Optional<StaffingLine> assess(StaffingTopic topic, RuleValue<StaffingRules> value, int i,
      StaffingCase school, Roster roster) {
    if (!policy.permits(value.verification())) {
      return Optional.empty();
    }
    RuleTrace trace = RuleTrace.under(policy);
    Requirement r = trace.use(value).requirements().get(i);
    Optional<AppliedRule> own = own(value, "requirements[" + i + "]", r.id(), r.clause(), r.verification());
    if (own.isPresent()) {
      if (!policy.permits(own.get().verification())) {
        return Optional.empty();
      }
      trace.record(own.get());
    }
    long sum = 0;
    for (int j = 0; j < r.parts().size(); j++) {
      RequirementPart part = r.parts().get(j);
      if (!part.when().holds(school.boarding())) {
        continue;
      }
      long basis = school.basis(part.basis(), part.stages());
      Optional<Integer> k = part.tierFor(basis);
      if (k.isEmpty()) {
        continue;
      }
      Tier tier = part.tiers().get(k.get());
      Optional<AppliedRule> t = own(value, "requirements[" + i + "].parts[" + j + "].tiers[" + k.get() + "]",
          tier.text(), tier.clause(), tier.verification());
      if (t.isPresent()) {
        if (!policy.permits(t.get().verification())) {
          return Optional.empty();
        }
        trace.record(t.get());
      }
      sum += tier.required(basis);
    }
    long required = Math.max(school.boarding() ? sum * r.boardingMultiplier() : sum, r.atLeast());
    long actual = r.post() == Post.CLASS ? school.classes(r.appliesTo()) : roster.count(r.slot(), r.post());
    return Optional.of(new StaffingLine(topic, r.id(), r.slot(), r.post(), required, actual,
        Math.max(0, required - actual), trace.applied()));
  }

  /** The first value of requirement {@code i} the policy refuses (the parameter, the requirement or a tier). */
  private AppliedRule refusal(RuleValue<StaffingRules> value, int i, StaffingCase school) {
    if (!policy.permits(value.verification())) {
      return value.applied();
    }
    Requirement r = value.value().requirements().get(i);
    Optional<AppliedRule> own = own(value, "requirements[" + i + "]", r.id(), r.clause(), r.verification());
    if (own.isPresent() && !policy.permits(own.get().verification())) {
      return own.get();
    }
    for (int j = 0; j < r.parts().size(); j++) {
      RequirementPart part = r.parts().get(j);
      long basis = school.basis(part.basis(), part.stages());
      Optional<Integer> k = part.tierFor(basis);
      if (part.when().holds(school.boarding()) && k.isPresent()) {
        Tier tier = part.tiers().get(k.get());
        Optional<AppliedRule> t = own(value, "requirements[" + i + "].parts[" + j + "].tiers[" + k.get() + "]",
            tier.text(), tier.clause(), tier.verification());
        if (t.isPresent() && !policy.permits(t.get().verification())) {
          return t.get();
        }
      }
    }
    throw new IllegalStateException("no refused value for requirement " + r.id());
  }

  /** The applied rule of a requirement or tier with its own clause or verification; empty when it has neither. */
  private static Optional<AppliedRule> own(RuleValue<StaffingRules> value, String parameter, String text,
      Optional<String> clause, Optional<Verification> verification) {
    if (clause.isEmpty() && verification.isEmpty()) {
      return Optional.empty();
    }
    AppliedRule p = value.applied();
    Citation c = p.citation();
    Citation narrowed = new Citation(c.issuer(), c.document(), c.title(), clause.or(c::clause), c.year(), c.url());
    return Optional.of(new AppliedRule(p.pack(), p.parameter() + "/" + parameter, text, Optional.empty(),
        verification.orElse(p.verification()), narrowed));
  }

  private static List<Finding> findings(Subject subject, List<StaffingLine> lines, List<SkippedRequirement> skipped) {
    List<Finding> findings = new ArrayList<>();
    for (StaffingLine l : lines) {
      if (l.isShort()) {
        findings.add(Finding.builder().code(SHORTFALL).severity(Severity.HIGH).subject(subject)
            .message(MESSAGES.format(SHORTFALL, l.topic().label().zh(), l.topic().label().en(), l.post().label().zh(),
                l.post().label().en(), l.slot().label().zh(), l.slot().label().en(), l.required(), l.actual(),
                l.shortfall(), l.requirement()))
            .rules(l.rules()).build());
      }
    }
    for (SkippedRequirement s : skipped) {
      findings.add(Finding.builder().code(SKIPPED).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(SKIPPED, s.topic().label().zh(), s.topic().label().en(), s.requirement(),
              s.refused().pack().toString() + "/" + s.refused().parameter(), s.refused().verification()))
          .build());
    }
    if (findings.isEmpty()) {
      findings.add(Finding.builder().code(ADEQUATE).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(ADEQUATE, lines.size())).build());
    }
    return List.copyOf(findings);
  }

  @Override
  public String toString() {
    return ID + " " + rules.keySet() + " " + policy;
  }
}
