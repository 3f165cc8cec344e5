package org.anxiao.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A rule pack that cannot be loaded or used: invalid document, no pack in force, two packs in force
 * at once, a parameter of the wrong type, or a figure below the verification level the caller asked
 * for. {@link #errorCode()} tells which.
 */
public class RulePackException extends AnxiaoException {
  private static final long serialVersionUID = 1L;

  /** The pack document breaks its schema or an invariant. */
  public static final String INVALID = "RULE_PACK_INVALID";
  /** No pack of the kind is in force for the jurisdiction and date. */
  public static final String NOT_FOUND = "RULE_NOT_FOUND";
  /** Two different packs of one kind claim the same jurisdiction and dates. */
  public static final String AMBIGUOUS = "RULE_AMBIGUOUS";
  /** A figure's verification level is below what the caller requires. */
  public static final String UNVERIFIED = "RULE_UNVERIFIED";

  /**
   * Creates the exception.
   *
   * @param errorCode one of the codes above
   * @param field     the pack and field ({@code <id>@<version>#<JSON pointer>}), or null
   * @param value     the offending value, or null
   * @param rule      the rule that was broken, in words
   */
  public RulePackException(String errorCode, @Nullable String field, @Nullable Object value, String rule) {
    super(errorCode, field, value, rule, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param errorCode one of the codes above
   * @param field     the pack and field ({@code <id>@<version>#<JSON pointer>}), or null
   * @param value     the offending value, or null
   * @param rule      the rule that was broken, in words
   * @param cause     the underlying exception, or null
   */
  public RulePackException(
      String errorCode, @Nullable String field, @Nullable Object value, String rule, @Nullable Throwable cause) {
    super(errorCode, field, value, rule, cause);
  }
}
