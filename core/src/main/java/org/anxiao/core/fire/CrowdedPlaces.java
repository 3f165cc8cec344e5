package org.anxiao.core.fire;

import java.util.List;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * Determines whether a building is a crowded place (人员密集场所) — the class of buildings with the
 * strictest fire-safety duties, and the class GB 35181 counts major-fire-hazard elements for.
 *
 * <p>A declaration on the building ({@link Building#crowdedPlace()}) wins and reads no rule.
 * Otherwise the use decides, by the {@link CrowdedPlaceRule} in force, in this order: the uses art.
 * 73 names; then, if {@code includePublicAssemblyUses}, the public assembly uses; then, if
 * {@code includeLaboratories}, the laboratory uses. The result records each parameter consulted.
 *
 * <p>Resolve once per jurisdiction and date, then determine as many buildings as needed:
 * <pre>{@code
 * CrowdedPlaces rule = CrowdedPlaces.in(RuleContext.forSchool(school, date));
 * CrowdedPlaceDetermination d = rule.determine(building);
 * }</pre>
 * Under {@link VerificationPolicy#DEFAULT} a rule value from an {@code UNVERIFIED} pack is refused
 * ({@code RULE_UNVERIFIED}) unless the context allows it. Immutable and thread-safe.
 */
public final class CrowdedPlaces implements Calculator {
  /** The calculator id, {@code anxiao.core.crowded-places}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.core.crowded-places");

  private final BoundRules<CrowdedPlaceRule> rules;
  private final VerificationPolicy policy;

  private CrowdedPlaces(BoundRules<CrowdedPlaceRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static CrowdedPlaces in(RuleContext context) {
    Require.nonNull("context", context);
    return new CrowdedPlaces(context.bind(CrowdedPlaceRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound crowded-place rule
   * @param policy the verification policy applied to the rule's values
   */
  public static CrowdedPlaces of(BoundRules<CrowdedPlaceRule> rules, VerificationPolicy policy) {
    return new CrowdedPlaces(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(CrowdedPlaceRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<CrowdedPlaceRule> rules() {
    return rules;
  }

  /**
   * {@return whether {@code building} is a crowded place, and on what basis}
   *
   * @param building the building
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value needed is below
   *     the policy's level
   */
  public CrowdedPlaceDetermination determine(Building building) {
    Require.nonNull("building", building);
    if (building.crowdedPlace().isPresent()) {
      return new CrowdedPlaceDetermination(building, building.crowdedPlace().get(),
          CrowdedPlaceDetermination.Basis.DECLARED, List.of(), List.of());
    }
    CrowdedPlaceRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    BuildingUse use = building.use();
    boolean crowded = trace.use(rule.crowdedUses()).contains(use);
    if (!crowded && trace.use(rule.includePublicAssemblyUses())) {
      crowded = trace.use(rule.publicAssemblyUses()).contains(use);
    }
    if (!crowded && trace.use(rule.includeLaboratories())) {
      crowded = trace.use(rule.laboratoryUses()).contains(use);
    }
    return new CrowdedPlaceDetermination(building, crowded, CrowdedPlaceDetermination.Basis.RULE, trace.applied(),
        rules.packs());
  }

  /** {@return the uses that count as crowded places under this rule (for listings; reads no policy)} */
  public Set<BuildingUse> crowdedUses() {
    CrowdedPlaceRule r = rules.value();
    java.util.EnumSet<BuildingUse> all = java.util.EnumSet.noneOf(BuildingUse.class);
    all.addAll(r.crowdedUses().value());
    if (r.includePublicAssemblyUses().value()) {
      all.addAll(r.publicAssemblyUses().value());
    }
    if (r.includeLaboratories().value()) {
      all.addAll(r.laboratoryUses().value());
    }
    return java.util.Collections.unmodifiableSet(all);
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
