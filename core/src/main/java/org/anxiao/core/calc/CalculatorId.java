package org.anxiao.core.calc;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The stable id of a calculator (计算器标识), e.g. {@code anxiao.core.crowded-places}: recorded in
 * every {@link org.anxiao.core.finding.Assessment} and named by the conformance vector files.
 *
 * @param value a lower-case dotted name
 */
public record CalculatorId(String value) {
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value a lower-case dotted name
   */
  public CalculatorId {
    Bounds.code("calculator", value);
    Require.that(NAME.matcher(value).matches(), "calculator", value, "must be a lower-case dotted name");
  }

  /**
   * Shorthand for the constructor.
   *
   * @param value the id
   * @return the calculator id
   */
  public static CalculatorId of(String value) {
    return new CalculatorId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
