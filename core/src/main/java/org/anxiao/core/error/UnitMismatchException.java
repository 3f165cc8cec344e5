package org.anxiao.core.error;

import org.jspecify.annotations.Nullable;

/** A quantity whose unit is of the wrong dimension for its field, e.g. a floor area in kWh. */
public class UnitMismatchException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "UNIT_MISMATCH";

  /**
   * Creates the exception with code {@value #CODE}.
   *
   * @param field    path of the offending field, or null when there is none
   * @param unit     the unit given, or null
   * @param expected the unit or kind of quantity the field needs, e.g. {@code m²}
   */
  public UnitMismatchException(@Nullable String field, @Nullable Object unit, String expected) {
    super(CODE, field, unit, "unit must be compatible with " + expected);
  }
}
