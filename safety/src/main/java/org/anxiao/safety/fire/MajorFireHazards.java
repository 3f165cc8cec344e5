package org.anxiao.safety.fire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.campus.Building;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.fire.CrowdedPlaceDetermination;
import org.anxiao.core.fire.CrowdedPlaceRule;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * Determines whether a building has a major fire hazard (重大火灾隐患判定) under GB 35181, as an
 * engine over the dated element catalogue of the edition in force: GB 35181-2017 重大火灾隐患判定方法
 * to 2025-10-31, GB 35181-2025 重大火灾隐患判定规则 from 2025-11-01 (packs of kind
 * {@code anxiao.safety.major-fire-hazard}, {@link MajorFireHazardRule}).
 *
 * <p>The determination, in order:
 * <ol>
 *   <li>every element id must be in the catalogue in force on the date, every declared premises type
 *       one the edition knows, every exclusion claimed one the edition lists — else
 *       {@code UNKNOWN_CODE} naming the field and value (a 2017 id is never read against the 2025
 *       catalogue);</li>
 *   <li>the premises types: {@code CROWDED} when core's {@link CrowdedPlaces} says the building is a
 *       crowded place (人员密集场所: teaching buildings, libraries, canteens, dormitories,
 *       kindergartens, 消防法 art. 73), plus the caller's declared types; {@code OTHER} when none;</li>
 *   <li>an exclusion claimed (GB 35181-2017 5.1.3: expert review with measures taken, operation
 *       stopped, not enough to cause a major fire) → {@code EXCLUDED};</li>
 *   <li>a direct element found (GB 35181-2017 ch. 6) → {@code MAJOR_BY_DIRECT_ELEMENT};</li>
 *   <li>each counting rule (GB 35181-2017 ch. 8) that names one of the premises types counts the
 *       distinct composite elements found that it lists; a count at or above its threshold (含本数)
 *       meets it → {@code MAJOR_BY_COUNT}; else {@code NOT_MAJOR}.</li>
 * </ol>
 * A counting rule whose verification the policy does not permit is not read through the trace: it is
 * reported {@code SKIPPED_UNVERIFIED} ("not applied, unverified") with the count it would give, and a
 * {@code NOT_MAJOR} that rests on such a skip says so with a finding. Under the default policy the
 * GB 35181-2017 crowded-place rule (SECONDARY) applies and its three other rules (UNVERIFIED) are
 * skipped; {@link VerificationPolicy#ALLOW_UNVERIFIED} applies all four. Adding an element never
 * turns a major hazard into a non-major one, and the result depends on the sets given, not on order
 * or repeats.
 *
 * <p>GA 653-2006, the predecessor standard (whose composite counts were different, e.g. 2 elements),
 * is a different catalogue and is not modelled. Whether an element or an exclusion holds is the
 * caller's finding on site; the engine applies the counting. Immutable and thread-safe.
 */
public final class MajorFireHazards implements Calculator {
  /** The calculator id, {@code anxiao.safety.major-fire-hazard}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.major-fire-hazard");
  /** A direct element was found: a major fire hazard. */
  public static final FindingCode MAJOR_BY_DIRECT_ELEMENT = FindingCode.of("SAFETY.FIRE.MAJOR_BY_DIRECT_ELEMENT");
  /** A counting rule was met: a major fire hazard. */
  public static final FindingCode MAJOR_BY_COUNT = FindingCode.of("SAFETY.FIRE.MAJOR_BY_COUNT");
  /** NOT_MAJOR only because a counting rule whose threshold is reached was skipped as unverified. */
  public static final FindingCode UNVERIFIED_RULE_SKIPPED = FindingCode.of("SAFETY.FIRE.UNVERIFIED_RULE_SKIPPED");
  /** NOT_MAJOR under a catalogue the pack could not establish in full: no clearance. */
  public static final FindingCode CATALOGUE_INCOMPLETE = FindingCode.of("SAFETY.FIRE.CATALOGUE_INCOMPLETE");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(MajorFireHazards.class, "messages");

  private final BoundRules<MajorFireHazardRule> rules;
  private final CrowdedPlaces crowdedPlaces;
  private final VerificationPolicy policy;

  private MajorFireHazards(BoundRules<MajorFireHazardRule> rules, CrowdedPlaces crowdedPlaces,
      VerificationPolicy policy) {
    this.rules = rules;
    this.crowdedPlaces = crowdedPlaces;
    this.policy = policy;
  }

  /**
   * {@return the engine for {@code context}: binds the edition in force on its date and the
   * crowded-place rule of its jurisdiction}
   *
   * @param context the registry, jurisdiction, determination date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static MajorFireHazards in(RuleContext context) {
    Require.nonNull("context", context);
    return new MajorFireHazards(context.bind(MajorFireHazardRule.KIND), CrowdedPlaces.in(context), context.policy());
  }

  /**
   * {@return the engine over an already bound edition and crowded-place calculator, under {@code policy}}
   *
   * @param rules         the bound edition of GB 35181
   * @param crowdedPlaces the crowded-place calculator
   * @param policy        the verification policy applied to the edition's values
   */
  public static MajorFireHazards of(BoundRules<MajorFireHazardRule> rules, CrowdedPlaces crowdedPlaces,
      VerificationPolicy policy) {
    return new MajorFireHazards(Require.nonNull("rules", rules), Require.nonNull("crowdedPlaces", crowdedPlaces),
        Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(MajorFireHazardRule.KIND, CrowdedPlaceRule.KIND);
  }

  /** {@return the bound edition this engine applies} */
  public BoundRules<MajorFireHazardRule> rules() {
    return rules;
  }

  /** {@return the determination date: the date the edition was bound for} */
  public LocalDate date() {
    return rules.date();
  }

  /**
   * {@return the determination for {@code hazardCase}}
   *
   * @param hazardCase the building, declared premises types, elements found and exclusions claimed
   * @throws UnknownCodeException {@code UNKNOWN_CODE} for an element id not in the catalogue in force,
   *     a declared premises type the edition does not know, or an exclusion it does not list
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the catalogue, the
   *     premises types, the exclusions claimed or the crowded-place rule are below the policy's level
   */
  public MajorFireHazardDetermination determine(HazardCase hazardCase) {
    Require.nonNull("hazardCase", hazardCase);
    MajorFireHazardRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    CrowdedPlaceDetermination crowded = crowdedPlaces.determine(hazardCase.building());
    crowded.rules().forEach(trace::record);
    ElementCatalogue catalogue = trace.use(rule.catalogue());
    Set<PremisesType> known = trace.use(rule.premisesTypes());
    String inForce = catalogue.edition() + " (in force on " + rules.date() + ")";

    List<String> elements = hazardCase.elements();
    for (int i = 0; i < elements.size(); i++) {
      if (catalogue.element(elements.get(i)).isEmpty()) {
        throw new UnknownCodeException("elements[" + i + "]", elements.get(i), inForce + " element catalogue");
      }
    }
    Set<PremisesType> premises = EnumSet.noneOf(PremisesType.class);
    if (crowded.crowded()) {
      premises.add(PremisesType.CROWDED);
    }
    premises.addAll(hazardCase.declaredPremises());
    if (premises.isEmpty()) {
      premises.add(PremisesType.OTHER);
    }
    for (PremisesType type : premises) {
      if (!known.contains(type)) {
        throw new UnknownCodeException(type == PremisesType.CROWDED || type == PremisesType.OTHER ? "building"
            : "declaredPremises", type, inForce + " premises types " + known);
      }
    }
    List<Exclusion> excluded = new ArrayList<>();
    if (!hazardCase.exclusions().isEmpty()) {
      ExclusionCatalogue exclusions = trace.use(rule.exclusions());
      for (String code : hazardCase.exclusionSet()) {
        excluded.add(exclusions.exclusion(code).orElseThrow(() -> new UnknownCodeException(
            "exclusions[" + hazardCase.exclusions().indexOf(code) + "]", code, inForce + " exclusions")));
      }
    }

    Set<String> ids = hazardCase.elementSet();
    List<HazardElement> direct = catalogue.elements().stream()
        .filter(e -> e.kind() == ElementKind.DIRECT && ids.contains(e.id())).toList();
    List<String> composites = catalogue.compositeElements().stream().map(HazardElement::id).filter(ids::contains)
        .toList();
    List<RuleCount> counts = new ArrayList<>();
    for (RuleValue<CountingRule> value : rule.countingRules()) {
      counts.add(count(value, premises, composites, trace));
    }
    Outcome outcome = !excluded.isEmpty() ? Outcome.EXCLUDED
        : !direct.isEmpty() ? Outcome.MAJOR_BY_DIRECT_ELEMENT
        : counts.stream().anyMatch(c -> c.status() == CountStatus.MET) ? Outcome.MAJOR_BY_COUNT : Outcome.NOT_MAJOR;

    List<AppliedRule> applied = trace.applied();
    Building building = hazardCase.building();
    List<Finding> findings = findings(building, catalogue, outcome, direct, counts, applied);
    // The two kinds' packs: the edition's, then the crowded-place rule's (none when declared).
    List<PackRef> packs = new ArrayList<>(rules.packs());
    packs.addAll(crowded.packs());
    return new MajorFireHazardDetermination(hazardCase, catalogue.edition(), rules.date(), outcome, excluded, direct,
        counts, premises, crowded, catalogue.complete(), applied, packs, findings);
  }

  /** One counting rule: not applicable, skipped as unverified (counted, not applied), or applied. */
  private RuleCount count(RuleValue<CountingRule> value, Set<PremisesType> premises, List<String> composites,
      RuleTrace trace) {
    String parameter = value.applied().parameter();
    // Whether the rule concerns these premises is read before the policy is: a rule that does not
    // apply is neither applied nor skipped.
    if (!value.value().appliesTo(premises)) {
      return new RuleCount(parameter, value.value(), value.verification(), CountStatus.NOT_APPLICABLE, List.of());
    }
    if (!policy.permits(value.verification())) {
      CountingRule unread = value.value();
      return new RuleCount(parameter, unread, value.verification(), CountStatus.SKIPPED_UNVERIFIED,
          counted(unread, composites));
    }
    CountingRule rule = trace.use(value);
    List<String> counted = counted(rule, composites);
    return new RuleCount(parameter, rule, value.verification(),
        counted.size() >= rule.atLeast() ? CountStatus.MET : CountStatus.NOT_MET, counted);
  }

  private static List<String> counted(CountingRule rule, List<String> composites) {
    return composites.stream().filter(rule::counts).toList();
  }

  private static List<Finding> findings(Building building, ElementCatalogue catalogue, Outcome outcome,
      List<HazardElement> direct, List<RuleCount> counts, List<AppliedRule> applied) {
    Subject subject = Subject.of(SubjectKind.BUILDING, building.id());
    List<Finding> findings = new ArrayList<>();
    switch (outcome) {
      case MAJOR_BY_DIRECT_ELEMENT -> findings.add(finding(MAJOR_BY_DIRECT_ELEMENT, Severity.CRITICAL, subject, applied,
          building.id(), catalogue.edition(), direct.stream().map(HazardElement::id).collect(Collectors.joining(", "))));
      case MAJOR_BY_COUNT -> {
        for (RuleCount c : counts) {
          if (c.status() == CountStatus.MET) {
            findings.add(finding(MAJOR_BY_COUNT, Severity.CRITICAL, subject, applied, building.id(),
                catalogue.edition(), c.rule().clause(), c.count(), c.rule().atLeast(), String.join(", ", c.counted())));
          }
        }
      }
      case NOT_MAJOR -> {
        for (RuleCount c : counts) {
          if (c.status() == CountStatus.SKIPPED_UNVERIFIED && c.thresholdReached()) {
            findings.add(finding(UNVERIFIED_RULE_SKIPPED, Severity.HIGH, subject, applied, building.id(),
                catalogue.edition(), c.rule().clause(), c.count(), c.rule().atLeast(), String.join(", ", c.counted())));
          }
        }
        if (!catalogue.complete()) {
          findings.add(finding(CATALOGUE_INCOMPLETE, Severity.INFO, subject, applied, building.id(),
              catalogue.edition()));
        }
      }
      case EXCLUDED -> { }
    }
    return findings;
  }

  private static Finding finding(FindingCode code, Severity severity, Subject subject, List<AppliedRule> applied,
      Object... args) {
    return Finding.builder().code(code).severity(severity).subject(subject).message(MESSAGES.format(code, args))
        .rules(applied).build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
