package org.anxiao.energy.carbon;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleKind;

/**
 * A location-based Scope 2 figure asked for (排放因子集与区域): which factor set — the rule kind of a
 * {@link GridFactorRule} series, e.g. {@link GridFactorRule#MEE} or {@link GridFactorRule#SHANGHAI_REPORTING}
 * — and which of its rows. The pack of the set in force on the context's date gives the factor; a
 * Shanghai school asks for several side by side, e.g. {@link #shanghaiReporting()},
 * {@code mee(GridRegion.of("310000"))} and {@code mee(GridRegion.NATIONAL)}.
 *
 * <p>Wire form: {@code {"kind": "anxiao.energy.grid-factors.mee", "region": "310000"}}. Immutable and
 * thread-safe.
 *
 * @param kind   the factor set's rule-kind id, a lower-case dotted name; the registry must know it as a
 *               kind made by {@link GridFactorRule#kind(String)}
 * @param region the row of the set
 */
public record FactorSet(String kind, GridRegion region) {
  private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind   the factor set's rule-kind id
   * @param region the row of the set
   */
  public FactorSet {
    Bounds.code("kind", kind);
    Require.that(KIND.matcher(kind).matches(), "kind", kind, "must be a lower-case dotted rule-kind id");
    Require.nonNull("region", region);
  }

  /**
   * {@return the row {@code region} of the factor set {@code kind}}
   *
   * @param kind   the factor set's rule kind
   * @param region the row
   */
  public static FactorSet of(RuleKind<GridFactorRule> kind, GridRegion region) {
    return new FactorSet(Require.nonNull("kind", kind).id(), region);
  }

  /**
   * {@return the row {@code region} of the MEE/NBS factors of the context's year}
   *
   * @param region the row: {@link GridRegion#NATIONAL}, a regional grid or a province
   */
  public static FactorSet mee(GridRegion region) {
    return of(GridFactorRule.MEE, region);
  }

  /** {@return Shanghai's reporting factor (沪环气〔2022〕34号), row {@code 310000}} */
  public static FactorSet shanghaiReporting() {
    return of(GridFactorRule.SHANGHAI_REPORTING, GridRegion.of("310000"));
  }

  @Override
  public String toString() {
    return kind + "[" + region + "]";
  }
}
