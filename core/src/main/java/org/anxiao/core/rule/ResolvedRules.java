package org.anxiao.core.rule;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * The rule of one kind in force for one jurisdiction and date: the packs found along the
 * jurisdiction's chain, narrowest first. A parameter is taken from the narrowest pack that defines
 * it, so a district pack overrides its city's or the nation's only where it defines the rule.
 * Immutable and thread-safe.
 *
 * @param kind         the rule kind
 * @param jurisdiction the jurisdiction asked about
 * @param date         the date asked about
 * @param layers       packs in force along the chain, narrowest first; not empty
 */
public record ResolvedRules(String kind, JurisdictionCode jurisdiction, LocalDate date, List<RulePack> layers) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind         the rule kind
   * @param jurisdiction the jurisdiction asked about
   * @param date         the date asked about
   * @param layers       packs in force along the chain, narrowest first; not empty
   */
  public ResolvedRules {
    Bounds.code("kind", kind);
    Require.nonNull("jurisdiction", jurisdiction);
    Bounds.date("date", date);
    layers = Bounds.list("layers", layers);
    if (layers.isEmpty()) {
      throw new RulePackException(RulePackException.NOT_FOUND, "kind", kind,
          "no pack in force for " + jurisdiction + " on " + date);
    }
  }

  /**
   * {@return the parameter {@code name} from the narrowest pack that defines it}
   *
   * @param name the parameter's name
   */
  public ResolvedParameter parameter(String name) {
    Require.nonNull("name", name);
    return find(name).orElseThrow(() -> new RulePackException(RulePackException.NOT_FOUND,
        "parameters." + name, kind, "no pack in force for " + jurisdiction + " on " + date
        + " defines it (packs: " + packs() + ")"));
  }

  /**
   * {@return the parameter {@code name}, if any pack in force defines it}
   *
   * @param name the parameter's name
   */
  public Optional<ResolvedParameter> find(String name) {
    Bounds.code("name", name);
    for (RulePack p : layers) {
      Parameter parameter = p.parameters().get(name);
      if (parameter != null) {
        return Optional.of(new ResolvedParameter(p, name, parameter));
      }
    }
    return Optional.empty();
  }

  /** {@return the names defined by any layer} */
  public Set<String> parameterNames() {
    Set<String> names = new LinkedHashSet<>();
    layers.forEach(p -> names.addAll(p.parameters().keySet()));
    return java.util.Collections.unmodifiableSet(names);
  }

  /** {@return the packs used, narrowest first} */
  public List<PackRef> packs() {
    return layers.stream().map(RulePack::ref).toList();
  }

  /** {@return the narrowest pack} */
  public RulePack primary() {
    return layers.get(0);
  }
}
