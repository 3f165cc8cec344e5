package org.anxiao.core.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;

/**
 * A unit definition (单位定义): one row of the reference table {@code unit-definitions.json}, which
 * lists every unit code core supports with its kind and its exact factor to the kind's base unit
 * ({@code 1 unit = value × baseUnit}), and the source of that factor.
 *
 * <p>Every component but {@code note} is required; a null {@code note} reads as empty. Immutable
 * and thread-safe.
 *
 * @param unit         the unit's code, e.g. {@code kgce}
 * @param kind         the kind of quantity it measures, e.g. {@code energy}; units of one kind
 *                     convert into each other, units of different kinds never do
 * @param name         its name
 * @param value        how many {@code baseUnit} one unit is, exactly, e.g. {@code 29307.6}
 * @param baseUnit     the code of its kind's base unit, e.g. {@code kJ}
 * @param note         remarks on the definition
 * @param source       the defining document
 * @param validFrom    when the definition took effect
 * @param verification how the figure was checked
 */
public record UnitDefinition(
    String unit,
    String kind,
    LocalizedText name,
    BigDecimal value,
    String baseUnit,
    Optional<LocalizedText> note,
    Citation source,
    LocalDate validFrom,
    Verification verification) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param unit         the unit's code, e.g. {@code kgce}
   * @param kind         the kind of quantity it measures, e.g. {@code energy}
   * @param name         its name
   * @param value        how many {@code baseUnit} one unit is, exactly, e.g. {@code 29307.6}
   * @param baseUnit     the code of its kind's base unit, e.g. {@code kJ}
   * @param note         remarks on the definition
   * @param source       the defining document
   * @param validFrom    when the definition took effect
   * @param verification how the figure was checked
   */
  public UnitDefinition {
    Bounds.code("unit", unit);
    Bounds.code("kind", kind);
    Require.nonNull("name", name);
    Bounds.positive("value", value);
    Bounds.code("baseUnit", baseUnit);
    note = Objects.requireNonNullElse(note, Optional.empty());
    Require.nonNull("source", source);
    Bounds.date("validFrom", validFrom);
    Require.nonNull("verification", verification);
  }
}
