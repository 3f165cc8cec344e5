package org.anxiao.core.jurisdiction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;

/**
 * An administrative-division code (行政区划代码) of GB/T 2260, or {@code CN} for the whole country.
 *
 * <p>A six-digit code is two digits of province, two of prefecture and two of county: {@code 310000}
 * 上海市, {@code 331100} 丽水市, {@code 310112} 闵行区. The constructor checks the shape and that the
 * province part is one of the 34 provincial-level codes of GB/T 2260; whether a well-formed code
 * exists is answered by {@link JurisdictionDirectory#require}.
 *
 * @param value {@code "CN"} or six digits
 */
public record JurisdictionCode(@JsonValue String value) implements Comparable<JurisdictionCode> {
  /** The whole country. */
  public static final JurisdictionCode CN = new JurisdictionCode("CN");

  /** Provincial-level codes of GB/T 2260 (first two digits). */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
      "65", "71", "81", "82");

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value {@code "CN"} or six digits
   */
  public JurisdictionCode {
    if (value == null) {
      throw new InvalidValueException("jurisdiction", null, "is required");
    }
    if (!value.equals("CN")) {
      if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new InvalidValueException("jurisdiction", value,
            "must be \"CN\" or a six-digit GB/T 2260 code");
      }
      if (!PROVINCES.contains(value.substring(0, 2))) {
        throw new UnknownCodeException("jurisdiction", value, "GB/T 2260 province");
      }
      if (value.substring(2, 4).equals("00") && !value.substring(4).equals("00")) {
        throw new InvalidValueException("jurisdiction", value,
            "a county code needs a prefecture part other than 00 (GB/T 2260)");
      }
    }
  }

  /**
   * Parses a code; same as the constructor.
   *
   * @param value {@code CN} or a six-digit GB/T 2260 code
   * @return the code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static JurisdictionCode of(String value) {
    return value != null && value.equals("CN") ? CN : new JurisdictionCode(value);
  }

  /** {@return the level implied by the code's shape} */
  public JurisdictionLevel level() {
    if (value.equals("CN")) {
      return JurisdictionLevel.NATION;
    }
    if (value.endsWith("0000")) {
      return JurisdictionLevel.PROVINCE;
    }
    return value.endsWith("00") ? JurisdictionLevel.PREFECTURE : JurisdictionLevel.COUNTY;
  }

  /** {@return the two-digit province part, or {@code "CN"} for the country} */
  public String provincePart() {
    return value.equals("CN") ? value : value.substring(0, 2);
  }

  @Override
  public int compareTo(JurisdictionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
