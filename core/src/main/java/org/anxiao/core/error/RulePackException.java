package org.anxiao.core.error;

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

  public RulePackException(String errorCode, String field, Object value, String rule) {
    super(errorCode, field, value, rule, null);
  }

  public RulePackException(String errorCode, String field, Object value, String rule, Throwable cause) {
    super(errorCode, field, value, rule, cause);
  }
}
