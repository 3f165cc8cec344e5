package org.anxiao.core.internal;

import java.util.function.Supplier;
import org.anxiao.core.error.VocabularyException;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use and kept: the vocabulary tables, which must not be built at class
 * initialisation (start-up is measured, and a provider's own class initialisation may use core).
 *
 * <p>The outcome is kept either way: a computation that threw throws the same exception at every
 * later call. A computation that asks for its own value on the same thread (a vocabulary provider
 * looking a code up while its vocabulary is being assembled) gets a {@link VocabularyException}
 * instead of a deadlock or a half-built table. Thread-safe; after the first call a read is one
 * volatile load.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {
  private final String what;
  private final Supplier<T> compute;
  private volatile @Nullable T value;
  private volatile @Nullable RuntimeException failure;
  /** The thread computing the value, guarded by {@code this}. */
  private @Nullable Thread computing;

  /**
   * @param what    the vocabulary, for error messages, e.g. {@code "unit"}
   * @param compute the computation; called at most once
   */
  public Lazy(String what, Supplier<T> compute) {
    this.what = Require.nonBlank("what", what);
    this.compute = Require.nonNull("compute", compute);
  }

  /** The value, computed on the first call. */
  public T get() {
    T v = value;
    return v != null ? v : slow();
  }

  private synchronized T slow() {
    if (value != null) {
      return value;
    }
    if (failure != null) {
      throw failure;
    }
    if (computing == Thread.currentThread()) {
      throw new VocabularyException(VocabularyException.INVALID, what, null,
          "was looked up while it was being assembled: a vocabulary provider may not use the vocabulary"
              + " it contributes to (move the lookup out of the provider's constructor and list methods)",
          null);
    }
    computing = Thread.currentThread();
    try {
      T v = Require.nonNull(what, compute.get());
      value = v;
      return v;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      computing = null;
    }
  }
}
