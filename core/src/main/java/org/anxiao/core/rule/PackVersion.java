package org.anxiao.core.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.anxiao.core.error.InvalidValueException;

/**
 * The version of a rule pack: one to four dot-separated non-negative integers ({@code 1},
 * {@code 2020.1}, {@code 1.2.0}), compared numerically part by part ({@code 1.10 > 1.9};
 * missing parts count as zero).
 *
 * @param text the version as written
 */
public record PackVersion(@JsonValue String text) implements Comparable<PackVersion> {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param text the version as written
   */
  public PackVersion {
    if (text == null || !text.matches("\\d{1,9}(\\.\\d{1,9}){0,3}")) {
      throw new InvalidValueException("version", text, "must be 1 to 4 dot-separated numbers, e.g. 1.0.0");
    }
  }

  /**
   * Parses a version.
   *
   * @param text 1 to 4 dot-separated numbers, e.g. {@code 1.0.0}
   * @return the version
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PackVersion of(String text) {
    return new PackVersion(text);
  }

  private int[] parts() {
    return Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  @Override
  public int compareTo(PackVersion o) {
    int[] a = parts();
    int[] b = o.parts();
    int length = Math.max(a.length, b.length);
    // A missing part counts as 0: padding both to one length makes 1.0 and 1.0.0 compare equal.
    return Arrays.compare(Arrays.copyOf(a, length), Arrays.copyOf(b, length));
  }

  @Override
  public String toString() {
    return text;
  }
}
