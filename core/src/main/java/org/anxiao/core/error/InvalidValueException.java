package org.anxiao.core.error;

/** A value that breaks a documented invariant: negative, not finite, out of range, missing. */
public class InvalidValueException extends AnxiaoException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "INVALID_VALUE";

  public InvalidValueException(String field, Object value, String rule) {
    super(CODE, field, value, rule, null);
  }

  protected InvalidValueException(String code, String field, Object value, String rule) {
    super(code, field, value, rule, null);
  }
}
