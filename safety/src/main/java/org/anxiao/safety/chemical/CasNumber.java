package org.anxiao.safety.chemical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A CAS registry number (CAS 登记号): two to seven digits, a hyphen, two digits, a hyphen and one
 * check digit, e.g. {@code 7732-18-5} (water).
 *
 * <p>The check digit is the sum of every other digit times its position counted from the right
 * (the digit left of the check digit is position 1), modulo 10: for 7732-18-5, 8×1 + 1×2 + 2×3 +
 * 3×4 + 7×5 + 7×6 = 105, and 105 mod 10 = 5. A number of the wrong shape or with a wrong check digit
 * is refused with {@code INVALID_VALUE} naming the field {@code cas} and the value; leading zeros
 * in the first part are refused (CAS never prints them).
 *
 * <p>Wire form: the number as a JSON string. Immutable and thread-safe.
 *
 * @param value the number, e.g. {@code 7722-84-1}
 */
public record CasNumber(@JsonValue String value) {
  /** The field name errors carry. */
  static final String FIELD = "cas";
  private static final int MIN_FIRST = 2;
  private static final int MAX_FIRST = 7;

  /**
   * Creates the number after checking its shape and check digit.
   *
   * @param value the number
   * @throws InvalidValueException naming {@code cas} when the shape or the check digit is wrong
   */
  public CasNumber {
    Bounds.code(FIELD, value);
    int first = value.indexOf('-');
    int second = value.indexOf('-', first + 1);
    if (first < MIN_FIRST || first > MAX_FIRST || second != first + 3 || value.length() != second + 2) {
      throw new InvalidValueException(FIELD, value,
          "a CAS number is 2 to 7 digits, a hyphen, 2 digits, a hyphen and 1 check digit (e.g. 7732-18-5)");
    }
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (i != first && i != second) {
        if (c < '0' || c > '9') {
          throw new InvalidValueException(FIELD, value, "a CAS number holds only digits between its two hyphens");
        }
        digits.append(c);
      }
    }
    if (digits.charAt(0) == '0') {
      throw new InvalidValueException(FIELD, value, "a CAS number has no leading zero");
    }
    int check = digits.charAt(digits.length() - 1) - '0';
    int expected = checkDigit(digits.substring(0, digits.length() - 1));
    if (check != expected) {
      throw new InvalidValueException(FIELD, value, "the check digit is " + check + " but the digits give " + expected
          + " (sum of each digit times its position from the right, mod 10)");
    }
  }

  /**
   * Parses a number; same as the constructor.
   *
   * @param value the number
   * @return the number
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CasNumber of(String value) {
    return new CasNumber(value);
  }

  /**
   * {@return the check digit of {@code digits}: Σ digit × position from the right (1-based), mod 10}
   *
   * @param digits the digits before the check digit, without hyphens
   */
  static int checkDigit(String digits) {
    Require.nonNull("digits", digits);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(digits.length() - 1 - i) - '0') * (i + 1);
    }
    return sum % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
