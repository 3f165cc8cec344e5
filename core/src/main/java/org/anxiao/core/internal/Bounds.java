package org.anxiao.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;

/**
 * The one statement of the bounds every value of the model keeps, whether it arrives through a
 * JSON reader, a factory or a builder. Readers and constructors check the same numbers here, so a
 * value that one path refuses no other path accepts. The table in {@code docs/conventions.md}
 * ("Input bounds") restates them for users.
 *
 * <ul>
 *   <li><b>Decimals</b>: at most {@value #MAX_INTEGER_DIGITS} integer digits and at most
 *       {@value #MAX_FRACTION_DIGITS} fractional digits once trailing zeros are stripped; so
 *       {@code 1E+999999999} and {@code 1E-999999999} are refused before anything formats them.
 *       The value of a quantity built in code may hold up to
 *       {@value #MAX_QUANTITY_FRACTION_DIGITS} fractional digits; unit conversions return at most
 *       {@value #MAX_FRACTION_DIGITS}.</li>
 *   <li><b>Dates</b>: from {@link #MIN_DATE} to {@link #MAX_DATE} inclusive (1800-01-01 to
 *       2201-01-01, the exclusive end of the last period year 2200); {@code LocalDate.MIN},
 *       year 0 and {@code LocalDate.MAX} are refused.</li>
 *   <li><b>Codes and ids</b>: 1 to {@value #MAX_CODE_LENGTH} characters, none of them a control
 *       or format character (C0, C1, bidirectional overrides such as U+202E, zero-width
 *       characters), an unpaired surrogate or a line separator.</li>
 *   <li><b>Text</b> (names, notes, titles, messages): at most {@value #MAX_TEXT_LENGTH}
 *       characters; tab, line feed and carriage return allowed; other control characters,
 *       bidirectional controls, the byte-order mark, noncharacters and unpaired surrogates
 *       refused.</li>
 *   <li><b>Collections</b> held by a value or a rule-pack parameter: at most
 *       {@value #MAX_ELEMENTS} elements. The columnar batch types are bounded by memory only. A
 *       free-form structure holds at most {@value #MAX_ELEMENTS} values nested at most
 *       {@value #MAX_DEPTH} deep.</li>
 *   <li><b>Counts</b> (people, storeys, gates, items): at most {@value #MAX_COUNT}.</li>
 * </ul>
 *
 * <p>Each check throws {@link InvalidValueException} naming the field, the value (shortened by
 * the exception) and the bound broken. Stateless and thread-safe.
 */
public final class Bounds {
  /** Integer digits of a decimal: below 10⁶⁴, as on the wire. */
  public static final int MAX_INTEGER_DIGITS = Decimals.MAX_INTEGER_DIGITS;
  /** Fractional digits of a decimal after trailing zeros are stripped. */
  public static final int MAX_FRACTION_DIGITS = 32;
  /**
   * Fractional digits of a quantity's value (a {@code javax.measure} quantity built in code): up to
   * twice {@link #MAX_INTEGER_DIGITS}. Conversions between units return at most
   * {@link #MAX_FRACTION_DIGITS} ({@code AnxiaoUnits.toDecimal}), so what the library writes it
   * reads back; only a value built in code with more digits cannot be written.
   */
  public static final int MAX_QUANTITY_FRACTION_DIGITS = 2 * MAX_INTEGER_DIGITS;
  /** Earliest date any value of the model may hold. */
  public static final LocalDate MIN_DATE = LocalDate.of(1800, 1, 1);
  /** Latest date any value of the model may hold: the exclusive end of the period year 2200. */
  public static final LocalDate MAX_DATE = LocalDate.of(2201, 1, 1);
  /** Longest code or id, in chars. */
  public static final int MAX_CODE_LENGTH = 256;
  /** Longest free text, in chars. */
  public static final int MAX_TEXT_LENGTH = 1 << 16;
  /** Most elements in a collection held by a value or a rule-pack parameter. */
  public static final int MAX_ELEMENTS = 100_000;
  /** Deepest nesting of arrays and objects inside a free-form structure (a rule-pack structure parameter). */
  public static final int MAX_DEPTH = 32;
  /** Largest count of people, storeys, gates or items. */
  public static final int MAX_COUNT = 10_000_000;

  /** A supported {@code schemaVersion}: major 1, minor of at most nine digits. */
  private static final java.util.regex.Pattern SCHEMA_VERSION = java.util.regex.Pattern.compile("1\\.[0-9]{1,9}");

  private Bounds() {}

  /**
   * A decimal within the digit bounds, unchanged. Cheap on hostile values: the digit counts are
   * read from precision and scale; nothing is formatted.
   */
  public static BigDecimal decimal(String field, BigDecimal value) {
    Require.nonNull(field, value);
    if (value.signum() == 0) {
      return value;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(field, abbreviate(value),
          "has more than " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (value.scale() > MAX_FRACTION_DIGITS && fractionDigits(value) > MAX_FRACTION_DIGITS) {
      throw new InvalidValueException(field, abbreviate(value),
          "has more than " + MAX_FRACTION_DIGITS + " fractional digits");
    }
    return value;
  }

  /**
   * The value of a quantity: at most {@value #MAX_INTEGER_DIGITS} integer digits and at most
   * {@value #MAX_QUANTITY_FRACTION_DIGITS} fractional digits once trailing zeros are stripped, so
   * the library's own conversions are accepted back and {@code 1E-999999999} is refused.
   */
  public static BigDecimal quantity(String field, BigDecimal value) {
    Require.nonNull(field, value);
    if (value.signum() == 0) {
      return value;
    }
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(field, abbreviate(value),
          "has more than " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (value.scale() > MAX_QUANTITY_FRACTION_DIGITS
        && ((long) value.scale() - value.precision() > MAX_QUANTITY_FRACTION_DIGITS
            || value.stripTrailingZeros().scale() > MAX_QUANTITY_FRACTION_DIGITS)) {
      throw new InvalidValueException(field, abbreviate(value),
          "has more than " + MAX_QUANTITY_FRACTION_DIGITS + " fractional digits");
    }
    return value;
  }

  private static long fractionDigits(BigDecimal value) {
    // Only reached when scale > MAX_FRACTION_DIGITS; a scale far beyond the precision cannot be
    // reduced below the bound by stripping (stripping removes at most precision - 1 zeros).
    if ((long) value.scale() - value.precision() > MAX_FRACTION_DIGITS) {
      return value.scale();
    }
    return value.stripTrailingZeros().scale();
  }

  /** A double that is finite and, written as a decimal, within the digit bounds. */
  public static double decimal(String field, double value) {
    Require.finite(field, value);
    if (Math.abs(value) >= 1e64) {
      throw new InvalidValueException(field, value, "has more than " + MAX_INTEGER_DIGITS + " integer digits");
    }
    return value;
  }

  /** A date within {@link #MIN_DATE} .. {@link #MAX_DATE}. */
  public static LocalDate date(String field, LocalDate value) {
    Require.nonNull(field, value);
    if (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE)) {
      throw new InvalidValueException(field, value, "must be between " + MIN_DATE + " and " + MAX_DATE);
    }
    return value;
  }

  /** An instant whose UTC date lies within {@link #MIN_DATE} .. {@link #MAX_DATE}. */
  public static java.time.Instant instant(String field, java.time.Instant value) {
    Require.nonNull(field, value);
    if (value.isBefore(MIN_DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        || !value.isBefore(MAX_DATE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
      throw new InvalidValueException(field, value, "must be between " + MIN_DATE + " and " + MAX_DATE + " (UTC)");
    }
    return value;
  }

  /** A code or id: not blank, at most {@value #MAX_CODE_LENGTH} chars, no control characters. */
  public static String code(String field, String value) {
    Require.nonBlank(field, value);
    if (value.length() > MAX_CODE_LENGTH) {
      throw new InvalidValueException(field, value, "is longer than " + MAX_CODE_LENGTH + " characters");
    }
    int bad = firstForbidden(value, false);
    if (bad >= 0) {
      throw forbidden(field, value, bad);
    }
    return value;
  }

  /** Free text: at most {@value #MAX_TEXT_LENGTH} chars; tab and line breaks allowed. */
  public static String text(String field, String value) {
    Require.nonNull(field, value);
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(field, value, "is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    int bad = firstForbidden(value, true);
    if (bad >= 0) {
      throw forbidden(field, value, bad);
    }
    return value;
  }

  /**
   * One line of text or a value's canonical text (a rule value as results record it): not blank,
   * no line break or tab, otherwise the rules of {@link #text}, at most {@value #MAX_TEXT_LENGTH}
   * chars (a structure parameter's compact JSON, as results record it, included).
   */
  public static String line(String field, String value) {
    Require.nonBlank(field, value);
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(field, value, "is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        throw forbidden(field, value, i);
      }
    }
    int bad = firstForbidden(value, true);
    if (bad >= 0) {
      throw forbidden(field, value, bad);
    }
    return value;
  }

  /** Free text that is also not blank. */
  public static String nonBlankText(String field, String value) {
    return text(field, Require.nonBlank(field, value));
  }

  /** A collection of at most {@value #MAX_ELEMENTS} elements. */
  public static <C extends Collection<?>> C size(String field, C value) {
    Require.nonNull(field, value);
    if (value.size() > MAX_ELEMENTS) {
      throw new InvalidValueException(field, value.size() + " elements", "holds more than " + MAX_ELEMENTS + " elements");
    }
    return value;
  }

  /** A map of at most {@value #MAX_ELEMENTS} entries. */
  public static <M extends Map<?, ?>> M size(String field, M value) {
    Require.nonNull(field, value);
    if (value.size() > MAX_ELEMENTS) {
      throw new InvalidValueException(field, value.size() + " entries", "holds more than " + MAX_ELEMENTS + " entries");
    }
    return value;
  }

  /** A decimal within the digit bounds and zero or more. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    decimal(field, value);
    if (value.signum() < 0) {
      throw new InvalidValueException(field, abbreviate(value), "must not be negative");
    }
    return value;
  }

  /** A decimal within the digit bounds and greater than zero. */
  public static BigDecimal positive(String field, BigDecimal value) {
    decimal(field, value);
    if (value.signum() <= 0) {
      throw new InvalidValueException(field, abbreviate(value), "must be greater than zero");
    }
    return value;
  }

  /**
   * An unmodifiable set of the enum constants in {@code value}, checked as {@link #list} checks it
   * (not null, at most {@value #MAX_ELEMENTS} elements, no null element named by its path); a
   * repeated constant is kept once. Iteration is in declaration order.
   */
  public static <E extends Enum<E>> java.util.Set<E> enumSet(String field, Collection<E> value) {
    java.util.List<E> listed = list(field, value);
    return listed.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(listed));
  }

  /**
   * An unmodifiable copy of {@code value}, which must not be null, must hold at most
   * {@value #MAX_ELEMENTS} elements and no null; a null element is named by its path
   * ({@code field[index]}). Iteration order is kept.
   */
  @SuppressWarnings("unchecked")
  public static <E> java.util.List<E> list(String field, Collection<? extends E> value) {
    size(field, value);
    Class<?> type = value.getClass();
    if (type == LIST_12 || type == LIST_N) {
      // Already an immutable list of the JDK's (List.of, List.copyOf, an earlier call): it holds no
      // null and cannot change, so it is its own copy — records passed from one to another do not copy.
      return (java.util.List<E>) value;
    }
    int i = 0;
    for (E e : value) {
      Require.nonNullElement(field, i++, e);
    }
    return java.util.List.copyOf(value);
  }

  /** The JDK's immutable list classes (one or two elements; any other size). */
  private static final Class<?> LIST_12 = java.util.List.of(1).getClass();
  private static final Class<?> LIST_N = java.util.List.of(1, 2, 3).getClass();

  /**
   * An unmodifiable copy of {@code value} whose keys are codes ({@link #code}) and whose values are
   * not null, at most {@value #MAX_ELEMENTS} entries; a null value is named {@code field.key}.
   * Iteration order is the keys' sorted order, so the copy writes the same bytes in every JVM.
   */
  public static <V> java.util.SortedMap<String, V> codeMap(String field, Map<String, ? extends V> value) {
    size(field, value);
    java.util.TreeMap<String, V> copy = new java.util.TreeMap<>();
    for (Map.Entry<String, ? extends V> e : value.entrySet()) {
      String key = e.getKey();
      if (key == null) {
        throw new org.anxiao.core.error.MissingValueException(field + " key");
      }
      code(field + " key", key);
      copy.put(key, Require.nonNull(field + "." + key, e.getValue()));
    }
    return java.util.Collections.unmodifiableSortedMap(copy);
  }

  /**
   * A document's {@code schemaVersion}: the library's major version, a dot and a minor version
   * ({@code 1.0}, {@code 1.12}), as the published schemas state ({@code ^1\.[0-9]+$}).
   */
  public static String schemaVersion(String field, String value) {
    Require.nonNull(field, value);
    if (!SCHEMA_VERSION.matcher(value).matches()) {
      throw new InvalidValueException(field, escape(value), "must be a wire-format version 1.<minor>, e.g. 1.0");
    }
    return value;
  }

  /** A count from 0 to {@value #MAX_COUNT}. */
  public static int count(String field, int value) {
    if (value < 0 || value > MAX_COUNT) {
      throw new InvalidValueException(field, value, "must be between 0 and " + MAX_COUNT);
    }
    return value;
  }

  /** A count from 0 to {@value #MAX_COUNT}. */
  public static long count(String field, long value) {
    if (value < 0 || value > MAX_COUNT) {
      throw new InvalidValueException(field, value, "must be between 0 and " + MAX_COUNT);
    }
    return value;
  }

  /**
   * Index of the first forbidden char of {@code value}, or -1. Forbidden everywhere: control
   * characters (C0, DEL, C1; in text tab, LF and CR are allowed), unpaired surrogates, line and
   * paragraph separators, noncharacters, the byte-order mark and bidirectional controls
   * (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). In codes every other format character
   * (zero-width space and joiners, soft hyphen) is forbidden too.
   */
  static int firstForbidden(String value, boolean text) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        if (text && (c == '\t' || c == '\n' || c == '\r')) {
          continue;
        }
        return i;
      }
      if (c < 0x7F) {
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        cp = Character.toCodePoint(c, value.charAt(i + 1));
      } else if (Character.isSurrogate(c)) {
        return i;
      }
      if (forbidden(cp, text)) {
        return i;
      }
      if (cp > 0xFFFF) {
        i++;
      }
    }
    return -1;
  }

  private static boolean forbidden(int cp, boolean text) {
    if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF) || cp == 0xFEFF
        || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || (!text && type == Character.FORMAT);
  }

  private static InvalidValueException forbidden(String field, String value, int index) {
    return new InvalidValueException(field, escape(value),
        String.format(java.util.Locale.ROOT, "holds a control or format character U+%04X at index %d",
            (int) value.charAt(index), index));
  }

  /** The value with control and format characters shown as {@code \}{@code uXXXX}, for messages. */
  public static String escape(String value) {
    return escape(value, 130);
  }

  /**
   * The value with control, format and surrogate chars shown as {@code \}{@code uXXXX}, stopping
   * once about {@code maxChars} chars are written.
   */
  public static String escape(String value, int maxChars) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), maxChars));
    for (int i = 0; i < value.length() && sb.length() < maxChars; i++) {
      char c = value.charAt(i);
      int type = Character.getType(c);
      if (c < 0x20 || type == Character.CONTROL || type == Character.FORMAT || Character.isSurrogate(c)
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A decimal's text for messages: short for any value, never its plain form when huge. */
  static String abbreviate(BigDecimal value) {
    // Never toPlainString: 1E+999999999 would allocate a billion chars.
    if (value.unscaledValue().bitLength() > 256) {
      return "a decimal of " + value.precision() + " digits, scale " + value.scale();
    }
    return Math.abs((long) value.scale()) <= 100 ? value.toPlainString() : value.toString();
  }
}
