package org.anxiao.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one call on a worker thread, bounded in time: a call that has not returned after the
 * timeout is reported as {@link Result.TimedOut} and its thread is stopped (a call that formats
 * {@code 1E+999999999} would otherwise keep a core and a gigabyte busy for the rest of the run). An
 * {@link OutOfMemoryError} or any other error is caught on the worker and reported like an
 * exception. Reflection wrappers ({@link InvocationTargetException}) are unwrapped. Not
 * thread-safe: one caller at a time.
 */
public final class BoundedCall implements AutoCloseable {
  /** What a call did. */
  public sealed interface Result {
    /** Returned {@code value}. */
    record Returned(Object value) implements Result {}

    /** Threw {@code thrown} (an exception or an error). */
    record Threw(Throwable thrown) implements Result {}

    /** Did not finish within the timeout. */
    record TimedOut(Duration after) implements Result {}
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  public interface Call {
    Object run() throws Throwable;
  }

  private final Duration timeout;
  private final AtomicReference<Thread> worker = new AtomicReference<>();
  private ExecutorService executor;

  public BoundedCall(Duration timeout) {
    this.timeout = timeout;
    this.executor = newExecutor();
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bad-value-call");
      t.setDaemon(true);
      worker.set(t);
      return t;
    });
  }

  /** Runs {@code call}, waiting at most the timeout. */
  public Result run(Call call) {
    Callable<Result> task = () -> {
      try {
        return new Result.Returned(call.run());
      } catch (InvocationTargetException e) {
        return new Result.Threw(e.getCause() != null ? e.getCause() : e);
      } catch (Throwable t) {
        return new Result.Threw(t);
      }
    };
    Future<Result> future = executor.submit(task);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      stopWorker();
      return new Result.TimedOut(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return new Result.Threw(e.getCause());
    }
  }

  /** The value of a call that returned in time, else empty: for gathering samples. */
  public Optional<Object> quietly(Call call) {
    return run(call) instanceof Result.Returned r ? Optional.ofNullable(r.value()) : Optional.empty();
  }

  @SuppressWarnings({"deprecation", "removal"})
  private void stopWorker() {
    executor.shutdownNow();
    Thread t = worker.get();
    if (t != null && t.isAlive()) {
      try {
        t.join(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        // A runaway call (a loop or a formatting of 10^999999999) ignores interrupts; on Java 17
        // stopping the thread is the only way to get its core and its memory back. Java 20 and
        // later refuse: the daemon thread is then left to finish on its own.
        try {
          t.stop();
        } catch (UnsupportedOperationException e) {
          // reported as a hang all the same
        }
      }
    }
    executor = newExecutor();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
