package org.anxiao.core.error;

/** A quantity whose unit is of the wrong dimension for its field, e.g. a floor area in kWh. */
public class UnitMismatchException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "UNIT_MISMATCH";

  public UnitMismatchException(String field, Object unit, String expected) {
    super(CODE, field, unit, "unit must be compatible with " + expected);
  }
}
