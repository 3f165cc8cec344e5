package org.anxiao.core.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A failed input (失败项) of a batch: which input failed and why, taken from the
 * {@link AnxiaoException} its calculation threw, so that a batch reports every bad row instead of
 * stopping at the first.
 *
 * <p>Wire form: {@code {"index": 3, "key": "3101120001", "errorCode": "INVALID_VALUE", "field":
 * "grossFloorArea", "value": "-12.5", "message": "must be greater than zero"}}; {@code key},
 * {@code field} and {@code value} are omitted when absent.
 *
 * <p>Invariants: {@code index} is zero or more; {@code errorCode} and {@code message} are not
 * blank. A null optional is read as empty. Immutable and thread-safe.
 *
 * @param index     position of the input in the list the batch was given, from zero
 * @param key       the caller's key of the input (a school id, a meter id), when one was given
 * @param errorCode the stable code of the error, e.g. {@code INVALID_VALUE} ({@link AnxiaoException#errorCode()})
 * @param field     path of the offending field inside the input ({@link AnxiaoException#field()})
 * @param value     the offending value as text, at most 120 characters ({@link AnxiaoException#value()}),
 *                  control characters shown as {@code \}{@code uXXXX}; may be blank (a blank input)
 * @param message   the rule that was broken, in words ({@link AnxiaoException#rule()})
 */
public record Failure(
    @JsonProperty(required = true) int index,
    Optional<String> key,
    String errorCode,
    Optional<String> field,
    Optional<String> value,
    String message) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param index     position of the input in the list the batch was given, from zero
   * @param key       the caller's key of the input (a school id, a meter id), when one was given
   * @param errorCode the stable code of the error, e.g. {@code INVALID_VALUE} ({@link AnxiaoException#errorCode()})
   * @param field     path of the offending field inside the input ({@link AnxiaoException#field()})
   * @param value     the offending value as text, at most 120 characters ({@link AnxiaoException#value()})
   * @param message   the rule that was broken, in words ({@link AnxiaoException#rule()})
   */
  public Failure {
    Require.nonNegative("index", index);
    key = Objects.requireNonNullElse(key, Optional.empty());
    key.ifPresent(k -> Bounds.code("key", k));
    Bounds.code("errorCode", errorCode);
    field = Objects.requireNonNullElse(field, Optional.empty());
    field.ifPresent(f -> Bounds.line("field", f));
    value = Objects.requireNonNullElse(value, Optional.empty());
    value.ifPresent(v -> Bounds.text("value", v));
    Bounds.nonBlankText("message", message);
  }

  /** {@code text} as it is when it is one printable line, else with control characters escaped. */
  private static String safe(String text) {
    try {
      return text.isEmpty() ? text : Bounds.line("text", text);
    } catch (org.anxiao.core.error.InvalidValueException e) {
      return Bounds.escape(text);
    }
  }

  /**
   * {@return the failure of input {@code index}, from the exception its calculation threw}
   *
   * @param index the input's zero-based index
   * @param error the exception its calculation threw
   */
  public static Failure of(int index, AnxiaoException error) {
    Require.nonNull("error", error);
    return new Failure(index, Optional.empty(), error.errorCode(), error.field().map(Failure::safe),
        error.value().map(Failure::safe), safe(error.rule()));
  }

  /**
   * {@return the failure of input {@code index} known to the caller as {@code key}}
   *
   * @param index the input's zero-based index
   * @param key   the caller's key of the input
   * @param error the exception its calculation threw
   */
  public static Failure of(int index, String key, AnxiaoException error) {
    Require.nonNull("error", error);
    return new Failure(index, Optional.of(Require.nonNull("key", key)), error.errorCode(),
        error.field().map(Failure::safe), error.value().map(Failure::safe), safe(error.rule()));
  }

  /** Text for logs, e.g. {@code [INVALID_VALUE] inputs[3] (3101120001) grossFloorArea = -12.5: must be greater than zero}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[").append(errorCode).append("] inputs[").append(index).append(']');
    key.ifPresent(k -> sb.append(" (").append(k).append(')'));
    field.ifPresent(f -> sb.append(' ').append(f));
    value.ifPresent(v -> sb.append(field.isPresent() ? " = " : " ").append(v));
    return sb.append(": ").append(message).toString();
  }
}
