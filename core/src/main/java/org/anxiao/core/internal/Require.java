package org.anxiao.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;

/**
 * Argument checks shared by the value types of every module. Each check throws
 * {@link InvalidValueException} naming the field path, the value and the rule broken.
 */
public final class Require {
  private Require() {}

  /** The value itself, or an exception naming {@code field} when it is null. */
  public static <T> T nonNull(String field, T value) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  /**
   * An element of a list, not null; the element's path ({@code field[index]}) is built only when
   * it is null, so list walks over many elements pay nothing for the message.
   */
  public static <T> T nonNullElement(String field, int index, T value) {
    if (value == null) {
      throw new MissingValueException(field + "[" + index + "]");
    }
    return value;
  }

  /** A string that is not null and not blank. */
  public static String nonBlank(String field, String value) {
    nonNull(field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
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

  /** A decimal that is not null and zero or more. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    nonNull(field, value);
    if (value.signum() < 0) {
      throw new InvalidValueException(field, value.toPlainString(), "must not be negative");
    }
    return value;
  }

  /** A decimal that is not null and greater than zero. */
  public static BigDecimal positive(String field, BigDecimal value) {
    nonNull(field, value);
    if (value.signum() <= 0) {
      throw new InvalidValueException(field, value.toPlainString(), "must be greater than zero");
    }
    return value;
  }

  /** A collection with at least one element. */
  public static <C extends Collection<?>> C nonEmpty(String field, C value) {
    nonNull(field, value);
    if (value.isEmpty()) {
      throw new InvalidValueException(field, "[]", "must not be empty");
    }
    return value;
  }

  /** Throws with the given rule unless {@code condition} holds. */
  public static void that(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, value, rule);
    }
  }
}
