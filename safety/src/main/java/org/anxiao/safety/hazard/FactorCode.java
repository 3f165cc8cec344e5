package org.anxiao.safety.hazard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Require;

/**
 * A hazardous and harmful factor code (危险和有害因素代码) of GB/T 13861-2022 生产过程危险和有害因素分类与
 * 代码 (in force 2022-10-01): digits on four levels — 1 digit (大类, the {@link FactorCategory}), 2
 * digits (中类), 4 digits (小类), 6 digits (细类) — each level extending its parent, e.g. {@code 1} →
 * {@code 11} → {@code 1101} → {@code 110101}.
 *
 * <p>The shape is checked, not the catalogue: the first digit is 1 to 4; the second digit is 1 to 9;
 * each further pair of digits is 01 to 99, where {@code 99} is 其他 (other) within its parent
 * ({@link #other()}); a second digit of {@code 9} is likewise the category's 其他. Whether a well-formed
 * code names an entry of the standard's table is not checked (the table is not shipped). Immutable
 * and thread-safe.
 *
 * @param value the code, 1, 2, 4 or 6 digits
 */
public record FactorCode(@JsonValue String value) {
  private static final String FIELD = "factor";
  private static final int OTHER = 99;

  /**
   * Creates the code after checking its shape.
   *
   * @param value the code, 1, 2, 4 or 6 digits
   * @throws InvalidValueException naming the field {@code factor} when the shape or a level is wrong
   */
  public FactorCode {
    Require.nonNull(FIELD, value);
    int n = value.length();
    if (n != 1 && n != 2 && n != 4 && n != 6) {
      throw new InvalidValueException(FIELD, value, "a GB/T 13861-2022 code has 1, 2, 4 or 6 digits (levels 1 to 4)");
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(FIELD, value, "a GB/T 13861-2022 code is digits only");
      }
    }
    char first = value.charAt(0);
    if (first < '1' || first > '4') {
      throw new InvalidValueException(FIELD, value,
          "the first digit is the category: 1 人的因素, 2 物的因素, 3 环境因素, 4 管理因素 (GB/T 13861-2022)");
    }
    if (n >= 2 && value.charAt(1) == '0') {
      throw new InvalidValueException(FIELD, value, "the second digit (中类) is 1 to 9 (GB/T 13861-2022)");
    }
    for (int at = 2; at < n; at += 2) {
      if (value.charAt(at) == '0' && value.charAt(at + 1) == '0') {
        throw new InvalidValueException(FIELD, value, "digits " + (at + 1) + "–" + (at + 2)
            + " (level " + (at / 2 + 2) + ") are 01 to 99 (GB/T 13861-2022)");
      }
    }
  }

  /**
   * Parses a code; same as the constructor.
   *
   * @param value the code
   * @return the code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FactorCode of(String value) {
    return new FactorCode(value);
  }

  /** {@return the level, 1 (大类) to 4 (细类)} */
  public int level() {
    int n = value.length();
    return n <= 2 ? n : n / 2 + 1;
  }

  /** {@return the code one level up; empty for a category (level 1)} */
  public Optional<FactorCode> parent() {
    int n = value.length();
    if (n == 1) {
      return Optional.empty();
    }
    return Optional.of(new FactorCode(value.substring(0, n == 2 ? 1 : n - 2)));
  }

  /** {@return the category, the first digit} */
  public FactorCategory category() {
    return FactorCategory.values()[value.charAt(0) - '1'];
  }

  /**
   * {@return true when the last level is 其他 (other) within its parent: a second digit 9 at level 2, the
   * pair 99 at levels 3 and 4; false for a category}
   */
  public boolean other() {
    int n = value.length();
    if (n == 1) {
      return false;
    }
    if (n == 2) {
      return value.charAt(1) == '9';
    }
    return Integer.parseInt(value.substring(n - 2)) == OTHER;
  }

  /**
   * {@return true when {@code other} is this code or lies below it}
   *
   * @param other another code
   */
  public boolean contains(FactorCode other) {
    return Require.nonNull("other", other).value.startsWith(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
