package org.anxiao.core.error;

import java.util.Optional;

/**
 * Root of every exception Anxiao throws. Unchecked; each subtype has a stable {@link #errorCode()}
 * (part of the wire contract, also used as {@code expectedError} in the conformance vectors) and a
 * message that names the field path, the offending value and the rule that was broken.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public abstract class AnxiaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_CHARS = 120;

  private final String errorCode;
  private final String field;
  private final String value;
  private final String rule;

  protected AnxiaoException(String errorCode, String field, Object value, String rule, Throwable cause) {
    super(format(errorCode, field, render(value), rule), cause);
    this.errorCode = errorCode;
    this.field = field;
    this.value = render(value);
    this.rule = rule;
  }

  /** Stable, upper-case code of the kind of error, e.g. {@code INVALID_VALUE}. */
  public String errorCode() {
    return errorCode;
  }

  /** Path of the offending field ({@code campuses[0].buildings[2].grossFloorArea}), when known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The offending value as text (truncated to 120 characters), when there is one. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The rule that was broken, in words. */
  public String rule() {
    return rule;
  }

  static String render(Object value) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value);
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
  }

  private static String format(String code, String field, String value, String rule) {
    StringBuilder sb = new StringBuilder("[").append(code).append("] ");
    if (field != null) {
      sb.append(field);
      sb.append(value == null ? "" : " = " + value);
      sb.append(": ");
    } else if (value != null) {
      sb.append(value).append(": ");
    }
    return sb.append(rule).toString();
  }
}
