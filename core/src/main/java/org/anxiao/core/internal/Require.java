package org.anxiao.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Supplier;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the value types of every module. Each check throws
 * {@link InvalidValueException} naming the field path, the value and the rule broken.
 *
 * <p>Messages are built only on failure. A check whose field path or rule depends on a variable
 * takes the parts rather than a concatenated string: an element's path as {@code field}, index
 * and member ({@link #thatElement}), a map entry's as {@code field} and key
 * ({@link #nonNegativeEntry}), a rule as a template with {@code {}} placeholders and its
 * arguments ({@link #that(boolean, String, Object, String, Object)}), or, for anything else, a
 * {@link Supplier}. Write {@code Require.that(ok, "end", end, "must be after start {}", start)},
 * never {@code "must be after start " + start}: the concatenation runs on every call, the template
 * only when the check fails.
 *
 * <p>Stateless and thread-safe.
 */
public final class Require {
  private Require() {}

  /** The value itself, or an exception naming {@code field} when it is null. */
  public static <T> T nonNull(String field, @Nullable T value) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  /**
   * An element of a list, not null; the element's path ({@code field[index]}) is built only when
   * it is null, so list walks over many elements pay nothing for the message.
   */
  public static <T> T nonNullElement(String field, int index, @Nullable T value) {
    if (value == null) {
      throw new MissingValueException(field + "[" + index + "]");
    }
    return value;
  }

  /**
   * An unmodifiable copy of {@code list}, which must not be null nor hold a null; a null element is
   * named by its path ({@code field[index]}), built only then.
   */
  public static <E> java.util.List<E> nonNullElements(String field, java.util.@Nullable List<E> list) {
    return java.util.List.copyOf(noNullIn(field, list));
  }

  /**
   * The array itself, which must not be null nor hold a null; a null element is named by its path
   * ({@code field[index]}). For builders' varargs methods, before they hand the array on.
   */
  public static <T> T[] noNullIn(String field, T @Nullable [] elements) {
    T[] given = nonNull(field, elements);
    for (int i = 0; i < given.length; i++) {
      nonNullElement(field, i, given[i]);
    }
    return given;
  }

  /**
   * The iterable itself, which must not be null nor yield a null; a null element is named by its
   * path ({@code field[index]}, counting from 0 in iteration order). For builders' methods taking
   * an {@link Iterable}, before they hand it on; the iterable is walked once here.
   */
  public static <I extends Iterable<?>> I noNullIn(String field, @Nullable I elements) {
    I given = nonNull(field, elements);
    int i = 0;
    for (Object e : given) {
      nonNullElement(field, i, e);
      i++;
    }
    return given;
  }

  /**
   * A finite element of a primitive array or list; the element's path ({@code field[index]}) is
   * built only when the value is NaN or infinite.
   */
  public static double finiteElement(String field, int index, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(element(field, index, ""), value, "must be a finite number");
    }
    return value;
  }

  /** A string that is not null and not blank. */
  public static String nonBlank(String field, @Nullable String value) {
    String given = nonNull(field, value);
    if (given.isBlank()) {
      throw new InvalidValueException(field, given, "must not be blank");
    }
    return given;
  }

  /** A finite double (not NaN, not infinite). */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value;
  }

  /** A finite double that is zero or more. */
  public static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new InvalidValueException(field, value, "must not be negative");
    }
    return value;
  }

  /** A finite double greater than zero. */
  public static double positive(String field, double value) {
    finite(field, value);
    if (value <= 0) {
      throw new InvalidValueException(field, value, "must be greater than zero");
    }
    return value;
  }

  /** An int that is zero or more. */
  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * The value of a map entry, zero or more; the entry's path ({@code field.key}) is built only when
   * the value is negative.
   */
  public static int nonNegativeEntry(String field, Object key, int value) {
    if (value < 0) {
      throw new InvalidValueException(field + "." + key, value, "must not be negative");
    }
    return value;
  }

  /** A decimal that is not null and zero or more. */
  public static BigDecimal nonNegative(String field, @Nullable BigDecimal value) {
    BigDecimal given = nonNull(field, value);
    if (given.signum() < 0) {
      throw new InvalidValueException(field, Bounds.abbreviate(given), "must not be negative");
    }
    return given;
  }

  /** A decimal that is not null and greater than zero. */
  public static BigDecimal positive(String field, @Nullable BigDecimal value) {
    BigDecimal given = nonNull(field, value);
    if (given.signum() <= 0) {
      throw new InvalidValueException(field, Bounds.abbreviate(given), "must be greater than zero");
    }
    return given;
  }

  /** A collection with at least one element. */
  public static <C extends Collection<?>> C nonEmpty(String field, @Nullable C value) {
    C given = nonNull(field, value);
    if (given.isEmpty()) {
      throw new InvalidValueException(field, "[]", "must not be empty");
    }
    return given;
  }

  /** Throws with the given rule unless {@code condition} holds. */
  public static void that(boolean condition, String field, @Nullable Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, value, rule);
    }
  }

  /**
   * Throws unless {@code condition} holds; the rule is {@code template} with its {@code {}}
   * replaced by {@code arg} (or {@code arg} appended after a space when there is no {@code {}}),
   * filled in only on failure. No locale is involved: {@code arg} is rendered with its
   * {@code toString}.
   */
  public static void that(
      boolean condition, String field, @Nullable Object value, String template, @Nullable Object arg) {
    if (!condition) {
      throw new InvalidValueException(field, value, fill(template, arg));
    }
  }

  /**
   * Throws unless {@code condition} holds; the rule is {@code template} with its first {@code {}}
   * replaced by {@code arg1} and its second by {@code arg2}, filled in only on failure.
   */
  public static void that(boolean condition, String field, @Nullable Object value, String template,
      @Nullable Object arg1, @Nullable Object arg2) {
    if (!condition) {
      throw new InvalidValueException(field, value, fill(fill(template, arg1), arg2));
    }
  }

  /** Throws unless {@code condition} holds; {@code rule} is asked for its text only on failure. */
  public static void that(boolean condition, String field, @Nullable Object value, Supplier<String> rule) {
    if (!condition) {
      throw new InvalidValueException(field, value, rule.get());
    }
  }

  /**
   * Throws unless {@code condition} holds for an element of a list; its path
   * ({@code field[index]member}, e.g. {@code rulesApplied[3].pack}) is built only on failure.
   *
   * @param member the path inside the element, starting with {@code .}, or empty for the element
   */
  public static void thatElement(
      boolean condition, String field, int index, String member, @Nullable Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(element(field, index, member), value, rule);
    }
  }

  private static String element(String field, int index, String member) {
    return field + "[" + index + "]" + member;
  }

  /** {@code template} with its first {@code {}} replaced by the text of {@code arg}; no locale. */
  private static String fill(String template, @Nullable Object arg) {
    int at = template.indexOf("{}");
    return at < 0 ? template + " " + arg : template.substring(0, at) + arg + template.substring(at + 2);
  }
}
