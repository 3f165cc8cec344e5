package org.anxiao.core.testkit.gen;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An invalid input labelled with the error the library must raise on it: building or computing it
 * ({@link #attempt()}) throws an {@code AnxiaoException} with {@link #errorCode()} (e.g.
 * {@code INVALID_VALUE}, {@code UNIT_MISMATCH}) naming {@link #field()}.
 *
 * <p>Generators of invalid values return these instead of values, since the values cannot exist;
 * {@code Laws.rejects} checks them. The {@link #description()} says what is wrong, for the
 * counter-example message.
 *
 * @param <T>         what the attempt would produce if the library accepted it
 * @param description what is wrong, e.g. {@code "negative reading -1 kWh"}
 * @param errorCode   the stable error code expected
 * @param field       the field the error must name, when it names one
 * @param attempt     builds or computes the invalid input
 */
public record InvalidInput<T>(String description, String errorCode, Optional<String> field, Supplier<? extends T> attempt) {
  /**
   * Checks that the parts are present.
   *
   * @param description what is wrong
   * @param errorCode   the error code expected
   * @param field       the field expected, or empty
   * @param attempt     the attempt
   */
  public InvalidInput {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(attempt, "attempt");
  }

  /**
   * {@return a case naming a field}
   *
   * @param <T>         what the attempt would produce
   * @param description what is wrong
   * @param errorCode   the error code expected
   * @param field       the field the error must name
   * @param attempt     the attempt
   */
  public static <T> InvalidInput<T> of(String description, String errorCode, String field, Supplier<? extends T> attempt) {
    return new InvalidInput<>(description, errorCode, Optional.of(field), attempt);
  }

  @Override
  public String toString() {
    return description + " → " + errorCode + field.map(f -> " naming " + f).orElse("");
  }
}
