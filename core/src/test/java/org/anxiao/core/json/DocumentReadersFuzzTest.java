package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz targets for every core document type's read paths: {@link AnxiaoJson#readDocument} strict
 * (schema, then binding) and lenient, and {@link AnxiaoJson#read(byte[], Class)} (binding alone,
 * as for bundled documents). Any input ends in a value or an {@code AnxiaoException}; a document
 * the strict reader accepts writes and reads back equal.
 *
 * <p>The normal test run replays the corpus under {@code DocumentReadersFuzzTestInputs/<method>/};
 * docs/testing.md says how to fuzz one target for a set time.
 */
class DocumentReadersFuzzTest {

  @FuzzTest
  void school(byte[] json) {
    read(SchoolDocument.DOCUMENT, json);
  }

  @FuzzTest
  void rulePack(byte[] json) {
    read(RulePack.DOCUMENT, json);
  }

  @FuzzTest
  void checklist(byte[] json) {
    read(Checklist.DOCUMENT, json);
  }

  @FuzzTest
  void scorecard(byte[] json) {
    read(Scorecard.DOCUMENT, json);
  }

  @FuzzTest
  void assessment(byte[] json) {
    read(Assessment.DOCUMENT, json);
  }

  @FuzzTest
  void jurisdictionTable(byte[] json) {
    read(JurisdictionTable.DOCUMENT, json);
  }

  @FuzzTest
  void packIndex(byte[] json) {
    read(PackIndex.DOCUMENT, json);
  }

  private static <T> void read(DocumentType<T> type, byte[] json) {
    Optional<T> strict = Fuzzing.attempt(() -> AnxiaoJson.strict().readDocument(new ByteArrayInputStream(json), type));
    Fuzzing.attempt(() -> AnxiaoJson.lenient().readDocument(new ByteArrayInputStream(json), type));
    Fuzzing.attempt(() -> AnxiaoJson.strict().read(json, type.javaType()));
    strict.ifPresent(value -> {
      String written = AnxiaoJson.strict().write(value);
      assertEquals(value, AnxiaoJson.strict().readDocument(written, type), "read, written and read again");
      assertEquals(written, AnxiaoJson.strict().write(AnxiaoJson.strict().readDocument(written, type)),
          "written twice, the same bytes");
    });
  }
}
