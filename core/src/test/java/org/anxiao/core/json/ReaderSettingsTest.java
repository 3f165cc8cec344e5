package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/**
 * The settings of a reader: its mode and its limits, each limit at least one (a limit of zero or
 * less would refuse every document).
 */
class ReaderSettingsTest {
  @Test
  void everyLimitMayBeAsSmallAsOne() {
    JsonLimits tiny = new JsonLimits(1, 1, 1, 1, 1);
    assertEquals(1L, tiny.maxDocumentBytes());
    assertEquals(1, tiny.maxNestingDepth());
    assertEquals(1, tiny.maxNumberLength());
    assertEquals(1, tiny.maxStringLength());
    assertEquals(1, tiny.maxNameLength());
  }

  @Test
  void aLimitOfZeroOrLessIsRefusedNamingTheComponent() {
    List<String> names = List.of("maxDocumentBytes", "maxNestingDepth", "maxNumberLength", "maxStringLength",
        "maxNameLength");
    for (int component = 0; component < names.size(); component++) {
      for (int bad : new int[] {0, -1}) {
        int at = component;
        IntFunction<Integer> value = i -> i == at ? bad : 1;
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new JsonLimits(value.apply(0),
            value.apply(1), value.apply(2), value.apply(3), value.apply(4)));
        assertEquals(Optional.of(names.get(component)), e.field());
        assertEquals(Optional.of(Integer.toString(bad)), e.value());
        assertEquals("must be positive", e.rule());
      }
    }
  }

  @Test
  void anInstanceReportsItsModeAndLimits() {
    assertTrue(AnxiaoJson.strict().isStrict());
    assertFalse(AnxiaoJson.lenient().isStrict());
    assertSame(JsonLimits.DEFAULT, AnxiaoJson.strict().limits());
    assertSame(JsonLimits.DEFAULT, AnxiaoJson.lenient().limits());
    JsonLimits small = new JsonLimits(1024, 8, 16, 256, 32);
    AnxiaoJson lenient = AnxiaoJson.with(false, small);
    assertFalse(lenient.isStrict());
    assertSame(small, lenient.limits());
    assertTrue(AnxiaoJson.with(true, small).isStrict());
    assertThrows(MissingValueException.class, () -> AnxiaoJson.with(true, null));
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertEquals(new JsonLimits(256L * 1024 * 1024, 64, 64, 1024 * 1024, 256), JsonLimits.DEFAULT);
  }
}
