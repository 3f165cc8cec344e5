package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The supported Jackson range: 2.15 is refused with a message naming what was found; 2.16 and the running release pass. */
class JacksonRangeTest {
  private static Version v(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void aReleaseBelowTheRangeIsRefusedNamingTheVersionFound() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JacksonRange.require("jackson-core", v(2, 15, 4)));
    assertTrue(e.getMessage().contains("jackson-core 2.16 or newer") && e.getMessage().contains("2.15.4"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> JacksonRange.require("jackson-databind", v(1, 9, 13)));
  }

  @Test
  void theLowestSupportedReleaseAndNewerOnesPass() {
    assertDoesNotThrow(() -> JacksonRange.require("jackson-core", v(2, 16, 0)));
    assertDoesNotThrow(() -> JacksonRange.require("jackson-core", v(2, 23, 0)));
    assertDoesNotThrow(JacksonRange::check);
  }
}
