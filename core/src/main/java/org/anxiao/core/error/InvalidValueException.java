package org.anxiao.core.error;

import org.jspecify.annotations.Nullable;

/** A value that breaks a documented invariant: negative, not finite, out of range, missing. */
public class InvalidValueException extends AnxiaoException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "INVALID_VALUE";

  /**
   * Creates the exception with code {@value #CODE}.
   *
   * @param field path of the offending field, or null when there is none
   * @param value the offending value, or null
   * @param rule  the rule that was broken, in words
   */
  public InvalidValueException(@Nullable String field, @Nullable Object value, String rule) {
    super(CODE, field, value, rule, null);
  }

  /**
   * Creates the exception with a subtype's code.
   *
   * @param code  stable, upper-case code of the kind of error
   * @param field path of the offending field, or null when there is none
   * @param value the offending value, or null
   * @param rule  the rule that was broken, in words
   */
  protected InvalidValueException(String code, @Nullable String field, @Nullable Object value, String rule) {
    super(code, field, value, rule, null);
  }
}
