package org.anxiao.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz target for jurisdiction codes: {@link JurisdictionCode#of} of any text is a code or an
 * {@code AnxiaoException}; a code's text parses back to an equal code. And the directory's reader of
 * added tables.
 */
class JurisdictionCodeFuzzTest {

  @FuzzTest
  void of(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> JurisdictionCode.of(text)).ifPresent(code -> {
      assertEquals(code, JurisdictionCode.of(code.toString()), "parse → toString → parse");
      assertEquals(text, code.toString());
      code.level();
      code.provincePart();
      Fuzzing.attempt(() -> JurisdictionDirectory.standard().find(code));
      Fuzzing.attempt(() -> JurisdictionDirectory.standard().chain(code));
    });
  }

  /** A table added to the standard directory from JSON: the directory's own JSON reader. */
  @FuzzTest
  void withTable(byte[] json) {
    Fuzzing.attempt(() -> JurisdictionDirectory.standard().withTable(new ByteArrayInputStream(json)))
        .ifPresent(directory -> directory.all().forEach(j -> assertEquals(j, directory.require(j.code()))));
  }
}
