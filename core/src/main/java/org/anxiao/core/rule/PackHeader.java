package org.anxiao.core.rule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * What a registry needs to select a pack without reading it: identity, kind, place, dates and
 * verification. Pack indexes list headers; a pack's body must agree with its header.
 *
 * @param id           pack id
 * @param version      pack version
 * @param kind         the rule the pack provides
 * @param jurisdiction where it applies
 * @param validFrom    first day in force
 * @param validTo      last day in force, inclusive; empty while in force
 * @param verification the pack's verification level
 */
public record PackHeader(String id, PackVersion version, String kind, JurisdictionCode jurisdiction,
    LocalDate validFrom, Optional<LocalDate> validTo, Verification verification) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id           pack id
   * @param version      pack version
   * @param kind         the rule the pack provides
   * @param jurisdiction where it applies
   * @param validFrom    first day in force
   * @param validTo      last day in force, inclusive; empty while in force
   * @param verification the pack's verification level
   */
  public PackHeader {
    Bounds.code("id", id);
    Require.nonNull("version", version);
    Bounds.code("kind", kind);
    Require.nonNull("jurisdiction", jurisdiction);
    Bounds.date("validFrom", validFrom);
    validTo = Objects.requireNonNullElse(validTo, Optional.empty());
    validTo.ifPresent(to -> Bounds.date("validTo", to));
    Require.nonNull("verification", verification);
  }

  /** {@return reference to the pack} */
  public PackRef ref() {
    return new PackRef(id, version);
  }

  /**
   * {@return true when in force on {@code date}}
   *
   * @param date the day
   */
  public boolean isInForce(LocalDate date) {
    Bounds.date("date", date);
    return !date.isBefore(validFrom) && validTo.map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * {@return true when the two headers' validity periods share a day}
   *
   * @param other the other header
   */
  public boolean overlaps(PackHeader other) {
    Require.nonNull("other", other);
    boolean startsBeforeOtherEnds = other.validTo.map(to -> !validFrom.isAfter(to)).orElse(true);
    boolean otherStartsBeforeThisEnds = validTo.map(to -> !other.validFrom.isAfter(to)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
