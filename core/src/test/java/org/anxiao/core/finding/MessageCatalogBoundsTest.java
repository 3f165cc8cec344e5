package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.scorecard.Scorecards;
import org.junit.jupiter.api.Test;

/** A bundle that is not there, or a bad base name, is the library's error naming it. */
class MessageCatalogBoundsTest {
  @Test
  void aMissingBundleIsAnInvalidValueNamingIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MessageCatalog.load(Scorecards.class, "no-such-messages"));
    assertEquals("base", e.field().orElseThrow());
    assertTrue(e.value().orElseThrow().contains("no-such-messages"), e::getMessage);
    assertThrows(InvalidValueException.class, () -> MessageCatalog.load(Scorecards.class, "a\u0000b"));
  }

  @Test
  void nullArgumentsAreMissingValues() {
    MessageCatalog catalog = MessageCatalog.load(Scorecards.class, "messages");
    String key = catalog.keys().iterator().next();
    assertEquals("args", assertThrows(MissingValueException.class, () -> catalog.format(key, (Object[]) null)).field().orElseThrow());
  }
}
