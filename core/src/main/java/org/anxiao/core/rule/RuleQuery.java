package org.anxiao.core.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * A question to the {@link RulePackRegistry}: which packs of {@code kind} apply in
 * {@code jurisdiction} on {@code date}.
 *
 * <p>{@code pins} map a pack id to the version to use, to reproduce a past result: a pinned pack is
 * used in place of the newest version of that id and regardless of its dates. A
 * {@code minimumVerification} refuses packs whose own level is below it; wider packs are then
 * consulted instead.
 *
 * @param kind                the rule kind
 * @param jurisdiction        where
 * @param date                when
 * @param pins                pack id → version to use
 * @param minimumVerification packs below this level are refused, when given
 */
public record RuleQuery(String kind, JurisdictionCode jurisdiction, LocalDate date,
    Map<String, PackVersion> pins, Optional<Verification> minimumVerification) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind                the rule kind
   * @param jurisdiction        where
   * @param date                when
   * @param pins                pack id → version to use
   * @param minimumVerification packs below this level are refused, when given
   */
  public RuleQuery {
    Bounds.code("kind", kind);
    Require.nonNull("jurisdiction", jurisdiction);
    Bounds.date("date", date);
    pins = Bounds.codeMap("pins", pins);
    Require.nonNull("minimumVerification", minimumVerification);
  }

  /**
   * {@return a query with no pins and no verification floor}
   *
   * @param kind         the rule kind's id
   * @param jurisdiction where the rules must apply
   * @param date         the day they must be in force
   */
  public static RuleQuery of(String kind, JurisdictionCode jurisdiction, LocalDate date) {
    return new RuleQuery(kind, jurisdiction, date, Map.of(), Optional.empty());
  }

  /**
   * {@return the same query with {@code pack} pinned}
   *
   * @param pack the pack id and version to use
   */
  public RuleQuery pin(PackRef pack) {
    Require.nonNull("pack", pack);
    Map<String, PackVersion> p = new java.util.HashMap<>(pins);
    p.put(pack.id(), pack.version());
    return new RuleQuery(kind, jurisdiction, date, p, minimumVerification);
  }

  /**
   * {@return the same query refusing packs below {@code level}}
   *
   * @param level the lowest verification level accepted
   */
  public RuleQuery atLeast(Verification level) {
    return new RuleQuery(kind, jurisdiction, date, pins, Optional.of(Require.nonNull("level", level)));
  }
}
