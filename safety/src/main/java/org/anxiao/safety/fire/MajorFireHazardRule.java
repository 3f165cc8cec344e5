package org.anxiao.safety.fire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * One edition of GB 35181 as data (重大火灾隐患判定规则), bound from packs of kind
 * {@code anxiao.safety.major-fire-hazard}: the premises types it knows, its element catalogue
 * (direct and composite elements), its exclusions, and its counting rules — each counting rule a
 * pack parameter of its own (numbered 1 to 8 in the order the edition
 * lists them), so each carries its own verification level: GB 35181-2017's crowded-place rule is
 * SECONDARY, its other three UNVERIFIED.
 *
 * <p>A pack is checked when bound: every element a counting rule names must be a composite element
 * of the same pack's catalogue, and every premises type a rule names must be one the edition knows
 * ({@code RULE_PACK_INVALID} with the pointer otherwise) — a catalogue is never mixed across
 * editions. The check runs on the rule as layered: a narrower pack (a province's) that replaces the
 * catalogue or the premises types but inherits a national counting rule they contradict is refused
 * the same way, naming the inherited rule's pack. GA 653-2006, the predecessor catalogue of
 * two-element counts, is not modelled.
 * Immutable and thread-safe.
 *
 * @param premisesTypes the premises types the edition knows
 * @param catalogue     the element catalogue
 * @param exclusions    the circumstances in which a hazard is not judged major
 * @param countingRules the counting rules, in the edition's order (possibly none)
 */
public record MajorFireHazardRule(RuleValue<Set<PremisesType>> premisesTypes, RuleValue<ElementCatalogue> catalogue,
    RuleValue<ExclusionCatalogue> exclusions, List<RuleValue<CountingRule>> countingRules) {

  /** The most counting rules a pack may give. */
  static final int MAX_COUNTING_RULES = 8;
  static final ParameterSpec<Set<PremisesType>> PREMISES_TYPES = ParameterSpec.enumSet("premisesTypes", PremisesType.class);
  static final ParameterSpec<ElementCatalogue> CATALOGUE = ParameterSpec.structure("catalogue", ElementCatalogue.class);
  static final ParameterSpec<ExclusionCatalogue> EXCLUSIONS = ParameterSpec.structure("exclusions", ExclusionCatalogue.class);
  static final List<ParameterSpec<CountingRule>> COUNTING_RULES = countingRuleSpecs();

  /** The rule kind {@code anxiao.safety.major-fire-hazard}. */
  public static final RuleKind<MajorFireHazardRule> KIND = RuleKind.of("anxiao.safety.major-fire-hazard",
      specs(), b -> {
        List<RuleValue<CountingRule>> rules = new ArrayList<>();
        for (ParameterSpec<CountingRule> spec : COUNTING_RULES) {
          Optional<RuleValue<CountingRule>> rule = b.find(spec);
          rule.ifPresent(rules::add);
        }
        return new MajorFireHazardRule(b.get(PREMISES_TYPES), b.get(CATALOGUE), b.get(EXCLUSIONS), rules);
      });

  /**
   * Creates the record after checking each component against its documented domain and the
   * counting rules against the catalogue.
   *
   * @param premisesTypes the premises types the edition knows
   * @param catalogue     the element catalogue
   * @param exclusions    the exclusions
   * @param countingRules the counting rules
   * @throws RulePackException {@code RULE_PACK_INVALID} when a counting rule names an element that is
   *     not a composite element of the catalogue, or a premises type the edition does not know
   */
  // Not null checks: a raw or unchecked RuleValue may carry another parameter's value.
  @SuppressWarnings("BadInstanceof")
  public MajorFireHazardRule {
    Require.nonNull("premisesTypes", premisesTypes);
    Require.that(premisesTypes.value() instanceof Set<?>, "premisesTypes", premisesTypes.applied().parameter(),
        "must hold a set of premises types");
    Require.nonNull("catalogue", catalogue);
    Require.that(catalogue.value() instanceof ElementCatalogue, "catalogue", catalogue.applied().parameter(),
        "must hold an element catalogue");
    Require.nonNull("exclusions", exclusions);
    Require.that(exclusions.value() instanceof ExclusionCatalogue, "exclusions", exclusions.applied().parameter(),
        "must hold an exclusion catalogue");
    countingRules = Bounds.list("countingRules", countingRules);
    Require.that(countingRules.size() <= MAX_COUNTING_RULES, "countingRules", countingRules.size(),
        "at most 8 counting rules");
    ElementCatalogue c = catalogue.value();
    for (int r = 0; r < countingRules.size(); r++) {
      RuleValue<CountingRule> value = countingRules.get(r);
      Require.thatElement(value.value() instanceof CountingRule, "countingRules", r, "", value.applied().parameter(),
          "must hold a counting rule");
      CountingRule rule = value.value();
      String at = value.applied().pack() + "#/parameters/" + value.applied().parameter() + "/value";
      for (int i = 0; i < rule.elements().size(); i++) {
        String id = rule.elements().get(i);
        boolean composite = c.element(id).map(e -> e.kind() == ElementKind.COMPOSITE).orElse(false);
        if (!composite) {
          throw new RulePackException(RulePackException.INVALID, at + "/elements/" + i, id,
              "is not a composite element of the catalogue " + c.edition());
        }
      }
      for (PremisesType type : rule.premises()) {
        if (!premisesTypes.value().contains(type)) {
          throw new RulePackException(RulePackException.INVALID, at + "/premises", type,
              "is not a premises type of " + c.edition());
        }
      }
    }
  }

  private static List<ParameterSpec<CountingRule>> countingRuleSpecs() {
    List<ParameterSpec<CountingRule>> specs = new ArrayList<>();
    for (int i = 1; i <= MAX_COUNTING_RULES; i++) {
      specs.add(ParameterSpec.structure("countingRule" + i, CountingRule.class).optional());
    }
    return List.copyOf(specs);
  }

  private static List<ParameterSpec<?>> specs() {
    List<ParameterSpec<?>> specs = new ArrayList<>(List.of(PREMISES_TYPES, CATALOGUE, EXCLUSIONS));
    specs.addAll(COUNTING_RULES);
    return List.copyOf(specs);
  }
}
