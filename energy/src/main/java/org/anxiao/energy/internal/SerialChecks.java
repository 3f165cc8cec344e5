package org.anxiao.energy.internal;

import java.io.InvalidObjectException;
import java.util.function.Supplier;

/**
 * Reading a serial form back through the same checks as a newly built instance (序列化校验): a
 * broken invariant becomes the {@link InvalidObjectException} Java serialization expects, with the
 * library's exception as its cause.
 */
public final class SerialChecks {
  private SerialChecks() {}

  /**
   * {@return what {@code read} builds}
   *
   * @param <T>  the type read
   * @param type the type's name, for the message
   * @param read builds the instance, checking every invariant
   * @throws InvalidObjectException when {@code read} throws, with its exception as the cause
   */
  public static <T> T checked(String type, Supplier<T> read) throws InvalidObjectException {
    try {
      return read.get();
    } catch (RuntimeException e) {
      InvalidObjectException invalid = new InvalidObjectException(type + ": " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
