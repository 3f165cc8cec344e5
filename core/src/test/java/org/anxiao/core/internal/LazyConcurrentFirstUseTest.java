package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thread that asks for a lazy value while another thread computes it waits, and then receives the
 * value that thread computed: the computation still runs once.
 */
class LazyConcurrentFirstUseTest {
  @Test
  @Timeout(30)
  void aSecondThreadWaitsForTheFirstComputationAndSharesItsResult() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    StringBuilder table = new StringBuilder("table");
    Lazy<StringBuilder> lazy = new Lazy<>("unit", () -> {
      calls.incrementAndGet();
      computing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return table;
    });
    CompletableFuture<StringBuilder> first = new CompletableFuture<>();
    Thread one = new Thread(() -> first.complete(lazy.get()));
    one.start();
    computing.await();
    CompletableFuture<StringBuilder> second = new CompletableFuture<>();
    Thread two = new Thread(() -> second.complete(lazy.get()));
    two.start();
    // the second thread is blocked on the lazy value's lock while the first one computes
    while (two.getState() != Thread.State.BLOCKED) {
      Thread.sleep(1);
    }
    release.countDown();
    assertSame(table, first.get(10, TimeUnit.SECONDS));
    assertSame(table, second.get(10, TimeUnit.SECONDS));
    assertEquals(1, calls.get());
  }

  @Test
  void aComputationThatYieldsNullIsAMissingValueNamedByTheVocabulary() {
    Lazy<String> lazy = new Lazy<>("unit", () -> null);
    MissingValueException e = assertThrows(MissingValueException.class, lazy::get);
    assertEquals("unit", e.field().orElseThrow());
    assertSame(e, assertThrows(MissingValueException.class, lazy::get));
  }
}
