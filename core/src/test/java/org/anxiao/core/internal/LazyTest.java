package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.VocabularyException;
import org.junit.jupiter.api.Test;

/** The lazy value behind each vocabulary: computed once, failures kept, self-lookups reported. */
class LazyTest {
  @Test
  void computesOnceOnFirstUse() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>("unit", () -> "table" + calls.incrementAndGet());
    assertEquals(0, calls.get());
    assertEquals("table1", lazy.get());
    assertEquals("table1", lazy.get());
    assertEquals(1, calls.get());
  }

  @Test
  void aFailureIsKeptAndThrownAgain() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>("unit", () -> {
      calls.incrementAndGet();
      throw new InvalidValueException("unit", "kW", "clash");
    });
    InvalidValueException first = assertThrows(InvalidValueException.class, lazy::get);
    assertSame(first, assertThrows(InvalidValueException.class, lazy::get));
    assertEquals(1, calls.get());
  }

  @Test
  void aLookupDuringItsOwnComputationIsReportedNotDeadlocked() {
    AtomicReference<Lazy<String>> self = new AtomicReference<>();
    self.set(new Lazy<>("subject kind", () -> self.get().get()));
    VocabularyException e = assertThrows(VocabularyException.class, () -> self.get().get());
    assertEquals(VocabularyException.INVALID, e.errorCode());
    assertEquals("subject kind", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("while it was being assembled"), e.getMessage());
  }
}
