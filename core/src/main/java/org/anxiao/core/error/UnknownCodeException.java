package org.anxiao.core.error;

/** A code that is not in the code list it claims to belong to (GB/T 2260, a unit, an item id…). */
public class UnknownCodeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "UNKNOWN_CODE";

  private final String codeSystem;

  /**
   * @param codeSystem the code list, e.g. {@code "GB/T 2260"} or {@code "unit"}
   */
  public UnknownCodeException(String field, Object value, String codeSystem) {
    super(CODE, field, value, "is not a known " + codeSystem + " code");
    this.codeSystem = codeSystem;
  }

  /** The code list that was searched. */
  public String codeSystem() {
    return codeSystem;
  }
}
