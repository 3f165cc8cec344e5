package org.anxiao.core.campus;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ResolvedParameter;
import org.anxiao.core.rule.ResolvedRules;

/**
 * Determines whether a building is a crowded place (人员密集场所) — the class of buildings with the
 * strictest fire-safety duties, and the class GB 35181 counts major-fire-hazard elements for.
 *
 * <p>A declaration on the building wins. Otherwise the building's use decides, by the rule kind
 * {@value #KIND}: the bundled pack {@code cn.fire-law.crowded-places} follows 消防法 art. 73
 * (teaching buildings, libraries, canteens, collective dormitories, kindergartens) and, by the safer
 * reading of an ambiguous clause, counts gymnasiums and auditoriums as public assembly places
 * (parameter {@code includePublicAssemblyUses}). Stateless and thread-safe.
 */
public final class CrowdedPlaces {
  /** The rule kind consulted. */
  public static final String KIND = "anxiao.core.crowded-place-uses";

  private CrowdedPlaces() {}

  /** The determination for {@code building} under {@code rules} (of kind {@value #KIND}). */
  public static CrowdedPlaceDetermination determine(Building building, ResolvedRules rules) {
    Require.nonNull("building", building);
    Require.nonNull("rules", rules);
    Require.that(KIND.equals(rules.kind()), "rules.kind", rules.kind(), "must be " + KIND);
    if (building.crowdedPlace().isPresent()) {
      return new CrowdedPlaceDetermination(building.id(), building.crowdedPlace().get(),
          CrowdedPlaceDetermination.Basis.DECLARED, List.of());
    }
    String use = building.use().name();
    ResolvedParameter crowded = rules.parameter("crowdedUses");
    List<org.anxiao.core.rule.AppliedRule> used = new ArrayList<>();
    used.add(crowded.applied());
    boolean result = crowded.textList().contains(use);
    if (!result) {
      ResolvedParameter include = rules.parameter("includePublicAssemblyUses");
      used.add(include.applied());
      if (include.flag()) {
        ResolvedParameter assembly = rules.parameter("publicAssemblyUses");
        used.add(assembly.applied());
        result = assembly.textList().contains(use);
      }
    }
    return new CrowdedPlaceDetermination(building.id(), result, CrowdedPlaceDetermination.Basis.RULE, used);
  }
}
