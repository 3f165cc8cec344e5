package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** {@link Require#noNullIn}: the builders' check of arrays and iterables before handing them on. */
class RequireElementsTest {
  @Test
  void anArrayWithoutNullsIsReturnedAsGiven() {
    String[] given = {"a", "b"};
    assertSame(given, Require.noNullIn("gates", given));
    String[] empty = {};
    assertSame(empty, Require.noNullIn("gates", empty));
  }

  @Test
  void aNullArrayNamesTheField() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> Require.noNullIn("gates", (String[]) null));
    assertEquals(Optional.of("gates"), e.field());
  }

  @Test
  void aNullInAnArrayNamesItsIndex() {
    for (int at = 0; at < 3; at++) {
      String[] given = {"a", "b", "c"};
      given[at] = null;
      MissingValueException e =
          assertThrows(MissingValueException.class, () -> Require.noNullIn("gates", given));
      assertEquals(Optional.of("gates[" + at + "]"), e.field());
    }
  }

  @Test
  void anIterableWithoutNullsIsReturnedAsGiven() {
    List<String> given = List.of("a", "b");
    assertSame(given, Require.noNullIn("buildings", given));
  }

  @Test
  void aNullIterableNamesTheField() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> Require.noNullIn("buildings", (List<String>) null));
    assertEquals(Optional.of("buildings"), e.field());
  }

  @Test
  void aNullInAnIterableNamesItsIndexInIterationOrder() {
    for (int at = 0; at < 3; at++) {
      List<String> given = new ArrayList<>(Arrays.asList("a", "b", "c"));
      given.set(at, null);
      MissingValueException e =
          assertThrows(MissingValueException.class, () -> Require.noNullIn("buildings", given));
      assertEquals(Optional.of("buildings[" + at + "]"), e.field());
    }
  }
}
