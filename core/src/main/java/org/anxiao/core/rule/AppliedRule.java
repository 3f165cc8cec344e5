package org.anxiao.core.rule;

import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A rule value as a result used it: which pack and version, which parameter (and row), the exact
 * value, its unit, its verification and its citation. Results carry these so that they reproduce
 * bit for bit after newer packs ship.
 *
 * @param pack         the pack and version the value came from
 * @param parameter    parameter name, with {@code [row]} for a table row
 * @param value        the value as canonical text
 * @param unit         the unit as written in the pack, if any
 * @param verification the value's verification level
 * @param citation     the source, narrowed to the clause
 */
public record AppliedRule(PackRef pack, String parameter, String value, Optional<String> unit,
    Verification verification, Citation citation) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param pack         the pack and version the value came from
   * @param parameter    parameter name, with {@code [row]} for a table row
   * @param value        the value as canonical text
   * @param unit         the unit as written in the pack, if any
   * @param verification the value's verification level
   * @param citation     the source, narrowed to the clause
   */
  public AppliedRule {
    Require.nonNull("pack", pack);
    Bounds.code("parameter", parameter);
    Bounds.line("value", value);
    unit = Objects.requireNonNullElse(unit, Optional.empty());
    unit.ifPresent(u -> Bounds.code("unit", u));
    Require.nonNull("verification", verification);
    Require.nonNull("citation", citation);
  }
}
