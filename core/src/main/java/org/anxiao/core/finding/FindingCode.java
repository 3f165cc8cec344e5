package org.anxiao.core.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.anxiao.core.error.InvalidValueException;

/**
 * The stable code of a kind of finding, e.g. {@code SAFETY.STAFFING.GUARD_DAY_SHORTFALL}: two or
 * more upper-case segments separated by dots. Codes are part of the wire contract and the keys of
 * the message bundles; they are never renamed.
 *
 * @param value the code
 */
public record FindingCode(@JsonValue String value) {
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)+");

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value the code
   */
  public FindingCode {
    if (value == null || !CODE.matcher(value).matches() || value.length() > 120) {
      throw new InvalidValueException("code", value,
          "must be dotted upper-case segments such as SAFETY.STAFFING.GUARD_DAY_SHORTFALL");
    }
  }

  /**
   * Parses a code.
   *
   * @param value the code: upper-case words joined by dots
   * @return the finding code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FindingCode of(String value) {
    return new FindingCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
