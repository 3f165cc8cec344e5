package org.anxiao.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tests run under a default locale that is neither Chinese nor English and a zone other than
 * Asia/Shanghai (surefire's argLine), so that any use of the JVM defaults shows up.
 */
class TestEnvironmentTest {
  @Test
  void defaultsAreDeliberatelyForeign() {
    assertFalse(Set.of("zh", "en").contains(Locale.getDefault().getLanguage()), Locale.getDefault().toString());
    assertNotEquals(ZoneId.of("Asia/Shanghai"), ZoneId.systemDefault());
    assertNotEquals(ZoneId.of("UTC").getRules().getOffset(java.time.Instant.EPOCH),
        ZoneId.systemDefault().getRules().getOffset(java.time.Instant.EPOCH), "not UTC either");
  }
}
