package org.anxiao.core.error;

import java.util.Optional;

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

  public WireFormatException(String errorCode, String pointer, Object value, String rule, Throwable cause) {
    super(errorCode, pointer.isEmpty() ? "/" : pointer, value, rule, cause);
  }

  /** The JSON pointer of the offending node ({@code "/"} for the whole document). */
  public String pointer() {
    return field().orElse("/");
  }

  /** The library exception behind a {@link #INVALID_VALUE} error, if any. */
  public Optional<AnxiaoException> modelError() {
    return getCause() instanceof AnxiaoException e ? Optional.of(e) : Optional.empty();
  }
}
