package org.anxiao.core.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /** Stable, upper-case code of the kind of error. */
  private final String errorCode;
  /** Path of the offending field, or null. */
  private final @Nullable String field;
  /** The offending value as text (at most 120 characters and an ellipsis), or null. */
  private final @Nullable String value;
  /** The rule that was broken, in words. */
  private final String rule;

  /**
   * Creates the exception; its message is {@code [errorCode] field = value: rule}.
   *
   * @param errorCode stable, upper-case code of the kind of error
   * @param field     path of the offending field, or null when there is none
   * @param value     the offending value, or null; its text is kept truncated to 120 characters
   * @param rule      the rule that was broken, in words
   * @param cause     the underlying exception, or null
   */
  protected AnxiaoException(
      String errorCode, @Nullable String field, @Nullable Object value, String rule, @Nullable Throwable cause) {
    super(format(errorCode, field, render(value), rule), cause);
    this.errorCode = errorCode;
    this.field = field;
    this.value = render(value);
    this.rule = rule;
  }

  /** {@return the stable, upper-case code of the kind of error, e.g. {@code INVALID_VALUE}} */
  public String errorCode() {
    return errorCode;
  }

  /** {@return the path of the offending field ({@code campuses[0].buildings[2].grossFloorArea}), when known} */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** {@return the offending value as text (truncated to 120 characters), when there is one} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@return the rule that was broken, in words} */
  public String rule() {
    return rule;
  }

  static @Nullable String render(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value);
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
  }

  private static String format(String code, @Nullable String field, @Nullable String value, String rule) {
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
