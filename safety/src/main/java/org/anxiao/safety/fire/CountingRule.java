package org.anxiao.safety.fire;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * A counting rule of GB 35181's composite determination (综合判定规则), e.g. in GB 35181-2017 ch. 8: a
 * crowded place with 3 or more (含本数, i.e. ≥) of the composite elements 7.3.1–7.3.9, 7.5 and
 * 7.9.3 has a major fire hazard. Each rule is one pack parameter, so each carries its own
 * verification level. Immutable and thread-safe.
 *
 * <p>Invariants: at least one premises type; either {@code anyComposite} (every composite element of
 * the edition counts) and no list, or a non-empty list of distinct clause numbers; {@code atLeast}
 * at least 1.
 *
 * @param clause       the clause of the rule, e.g. {@code 8}
 * @param title        what the rule says, briefly
 * @param premises     the premises types the rule applies to (any one suffices)
 * @param anyComposite true when every composite element of the edition counts
 * @param elements     the composite elements that count, when not {@code anyComposite}
 * @param atLeast      the threshold, inclusive (含本数)
 */
public record CountingRule(String clause, LocalizedText title, Set<PremisesType> premises, boolean anyComposite,
    List<String> elements, int atLeast) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param clause       the clause of the rule
   * @param title        what the rule says
   * @param premises     the premises types the rule applies to
   * @param anyComposite true when every composite element counts
   * @param elements     the composite elements that count
   * @param atLeast      the threshold, inclusive
   */
  public CountingRule {
    Bounds.line("clause", clause);
    Require.nonNull("title", title);
    List<PremisesType> types = Require.nonEmpty("premises", Bounds.list("premises", Require.nonNull("premises", premises)));
    premises = Collections.unmodifiableSet(EnumSet.copyOf(types));
    elements = Bounds.list("elements", elements);
    Require.that(anyComposite == elements.isEmpty(), "elements", elements,
        anyComposite ? "must be empty when anyComposite is true" : "must list the elements that count");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Bounds.code("elements[" + i + "]", elements.get(i));
      Require.thatElement(ElementIds.isClauseNumber(elements.get(i)), "elements", i, "", elements.get(i),
          "must be a clause number");
      Require.thatElement(seen.add(elements.get(i)), "elements", i, "", elements.get(i), "appears twice");
    }
    Require.that(atLeast >= 1, "atLeast", atLeast, "must be at least 1");
  }

  /**
   * {@return true when the rule applies to premises of these types}
   *
   * @param types the premises' types
   */
  public boolean appliesTo(Set<PremisesType> types) {
    Require.noNullIn("types", Require.nonNull("types", types));
    return types.stream().anyMatch(premises::contains);
  }

  /**
   * {@return true when composite element {@code id} counts under this rule}
   *
   * @param id the element's clause number
   */
  public boolean counts(String id) {
    Bounds.code("id", id);
    return anyComposite || elements.contains(id);
  }
}
