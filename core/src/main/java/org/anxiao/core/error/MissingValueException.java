package org.anxiao.core.error;

/** A required value that was not given (a null argument or an attribute not set on a builder). */
public class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "MISSING_VALUE";

  /** @param field the field that was null */
  public MissingValueException(String field) {
    super(CODE, field, null, "is required");
  }

  /**
   * @param message           a description of the object that could not be built
   * @param missingAttributes the attributes that were not set
   */
  public MissingValueException(String message, String... missingAttributes) {
    super(CODE, String.join(", ", missingAttributes), null, "is required (" + message + ")");
  }
}
