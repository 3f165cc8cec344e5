package org.anxiao.core.error;

/** Two periods that must not overlap do, e.g. two meter-reading intervals. */
public class PeriodOverlapException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Error code {@value}. */
  public static final String CODE = "PERIOD_OVERLAP";

  /**
   * Creates the exception with code {@value #CODE}.
   *
   * @param field  path of the field holding the periods
   * @param first  one period
   * @param second the period it overlaps
   */
  public PeriodOverlapException(String field, Object first, Object second) {
    super(CODE, field, first + " and " + second, "periods must not overlap");
  }
}
