package org.anxiao.core.rule;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * A rule kind bound for one jurisdiction and date (已绑定规则): the typed value a calculator reads,
 * with the packs it was bound from, narrowest first. Immutable and thread-safe when {@code T} is.
 *
 * @param kind         the rule kind
 * @param jurisdiction the jurisdiction asked about
 * @param date         the date asked about
 * @param packs        the packs in force along the jurisdiction's chain, narrowest first
 * @param value        the bound rule
 * @param <T>          the bound type
 */
public record BoundRules<T>(RuleKind<T> kind, JurisdictionCode jurisdiction, LocalDate date, List<PackRef> packs,
    T value) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind         the rule kind
   * @param jurisdiction the jurisdiction asked about
   * @param date         the date asked about
   * @param packs        the packs in force along the jurisdiction's chain, narrowest first
   * @param value        the bound rule
   */
  public BoundRules {
    Require.nonNull("kind", kind);
    Require.nonNull("jurisdiction", jurisdiction);
    Bounds.date("date", date);
    packs = Bounds.list("packs", packs);
    Require.nonNull("value", value);
  }
}
