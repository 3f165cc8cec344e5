package org.anxiao.core.testing;

import java.util.Optional;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;

/**
 * What every fuzz target asserts: a public entry point given any input either returns or throws an
 * {@link AnxiaoException}. Anything else it throws propagates out of the fuzz target, and the fuzzer
 * reports it as a finding with the input that caused it.
 */
public final class Fuzzing {
  private Fuzzing() {}

  /** The result of {@code call}, or empty when it refused the input with an {@link AnxiaoException}. */
  public static <T> Optional<T> attempt(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (AnxiaoException refused) {
      return Optional.empty();
    }
  }

  /** As {@link #attempt(Supplier)} for a call without a result; true when it accepted the input. */
  public static boolean accepts(Runnable call) {
    try {
      call.run();
      return true;
    } catch (AnxiaoException refused) {
      return false;
    }
  }
}
