package org.anxiao.core.error;

import org.jspecify.annotations.Nullable;

/** A code that is not in the code list it claims to belong to (GB/T 2260, a unit, an item id…). */
public class UnknownCodeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "UNKNOWN_CODE";

  /** The code list that was searched. */
  private final String codeSystem;

  /**
   * Creates the exception with code {@value #CODE}.
   *
   * @param field      path of the offending field, or null when there is none
   * @param value      the unknown code, or null
   * @param codeSystem the code list, e.g. {@code "GB/T 2260"} or {@code "unit"}
   */
  public UnknownCodeException(@Nullable String field, @Nullable Object value, String codeSystem) {
    super(CODE, field, value, "is not a known " + codeSystem + " code");
    this.codeSystem = codeSystem;
  }

  /** {@return the code list that was searched} */
  public String codeSystem() {
    return codeSystem;
  }
}
