package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz targets for the rule-pack texts: pack versions, pack references (id and version), decimal
 * entries, and {@link RulePackReader}. Any input ends in a value or an {@code AnxiaoException}; a
 * parsed version or reference prints and parses back to an equal one, and a pack the reader accepts
 * writes and reads back equal.
 */
class RuleTextFuzzTest {

  @FuzzTest
  void packVersion(FuzzedDataProvider data) {
    String a = data.consumeString(60);
    String b = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> PackVersion.of(a)).ifPresent(v -> {
      assertEquals(v, PackVersion.of(v.toString()), "parse → toString → parse");
      assertEquals(0, v.compareTo(v));
      Fuzzing.attempt(() -> PackVersion.of(b)).ifPresent(w -> {
        assertEquals(Integer.signum(v.compareTo(w)), -Integer.signum(w.compareTo(v)), "compareTo is antisymmetric");
      });
    });
  }

  @FuzzTest
  void packRef(FuzzedDataProvider data) {
    String id = data.consumeString(300);
    String version = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> PackRef.of(id, version)).ifPresent(ref -> {
      assertEquals(ref, PackRef.of(ref.id(), ref.version().toString()), "parts → toString → parts");
      assertTrue(ref.toString().endsWith("@" + ref.version()));
    });
  }

  @FuzzTest
  void decimalEntry(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> DecimalEntry.of(value)).ifPresent(entry -> {
      assertEquals(0, entry.value().compareTo(DecimalEntry.of(entry.value().toPlainString()).value()),
          "value → plain text → the same number");
    });
  }

  @FuzzTest
  void rulePackReader(byte[] json) {
    Fuzzing.attempt(() -> RulePackReader.read(new ByteArrayInputStream(json), "fuzz.json")).ifPresent(pack -> {
      String written = AnxiaoJson.strict().write(pack);
      assertEquals(pack, RulePackReader.read(new ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "written.json"), "read, written and read again");
    });
  }
}
