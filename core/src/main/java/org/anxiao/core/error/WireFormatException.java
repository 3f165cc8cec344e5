package org.anxiao.core.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that cannot be read: malformed, of the wrong shape, over a size limit, or holding
 * a value that breaks a model invariant. {@link #field()} is the JSON pointer (RFC 6901) of the
 * offending node; when a model invariant was broken, {@link #getCause()} is that exception.
 */
public class WireFormatException extends AnxiaoException {
  private static final long serialVersionUID = 1L;

  /** Not well-formed JSON, or a value of the wrong JSON type. */
  public static final String MALFORMED = "JSON_MALFORMED";
  /** A property the model does not define (strict mode). */
  public static final String UNKNOWN_FIELD = "JSON_UNKNOWN_FIELD";
  /** The document breaks its published JSON Schema. */
  public static final String SCHEMA = "JSON_SCHEMA";
  /** A size, nesting or number-length limit was exceeded. */
  public static final String LIMIT = "JSON_LIMIT";
  /** A value that breaks a model invariant (the cause says which). */
  public static final String INVALID_VALUE = "JSON_INVALID_VALUE";
  /** The document's {@code schemaVersion} is missing or not supported. */
  public static final String VERSION = "JSON_SCHEMA_VERSION";
  /** The document could not be read or written: the stream or file failed. */
  public static final String IO = "JSON_IO";

  /**
   * Creates the exception.
   *
   * @param errorCode one of the codes above
   * @param pointer   JSON pointer of the offending node; empty for the whole document
   * @param value     the offending value, or null
   * @param rule      the rule that was broken, in words
   * @param cause     the underlying exception (the model's, for {@link #INVALID_VALUE}), or null
   */
  public WireFormatException(
      String errorCode, String pointer, @Nullable Object value, String rule, @Nullable Throwable cause) {
    super(errorCode, pointer.isEmpty() ? "/" : pointer, value, rule, cause);
  }

  /** {@return the JSON pointer of the offending node ({@code "/"} for the whole document)} */
  public String pointer() {
    return field().orElse("/");
  }

  /** {@return the library exception behind a {@link #INVALID_VALUE} error, if any} */
  public Optional<AnxiaoException> modelError() {
    return getCause() instanceof AnxiaoException e ? Optional.of(e) : Optional.empty();
  }
}
