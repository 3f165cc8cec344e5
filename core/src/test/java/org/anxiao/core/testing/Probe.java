package org.anxiao.core.testing;

/**
 * One bad value handed to a parameter, with a printable label (the value itself is never
 * formatted: {@code new BigDecimal("1E+999999999").toPlainString()} alone takes a gigabyte) and the
 * domain it lies outside of.
 *
 * @param label  how the value prints in a report, e.g. {@code "\}{@code u0000"} or {@code 1E+999999999}
 * @param value  the value passed
 * @param domain what accepting it means
 */
public record Probe(String label, Object value, Domain domain) {

  /** What it means when a call accepts the value (returns normally). */
  public enum Domain {
    /** Odd but possibly valid (zero, empty, a negative decimal): it must only fail the documented way. */
    ANY,
    /** A null argument: accepted only by an {@code Optional} parameter or an allow-listed one. */
    NULL,
    /** Empty or blank: outside the domain of codes, ids and required text. */
    BLANK,
    /** Holding a line break: outside the domain of codes and ids, inside that of free text. */
    LINE_BREAK,
    /** A negative whole number or one above the largest count: outside counts, indexes and years. */
    NOT_A_COUNT,
    /** Outside what {@code org.anxiao.core.internal.Bounds} allows anywhere: control characters,
     *  non-finite or unbounded numbers, dates at the ends of the calendar, nulls inside a collection. */
    OUT_OF_BOUNDS,
    /** A collection above the element bound. */
    TOO_MANY_ELEMENTS
  }
}
