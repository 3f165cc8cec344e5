package org.anxiao.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
    Fuzzing.readDocument(SchoolDocument.DOCUMENT, json);
  }

  @FuzzTest
  void rulePack(byte[] json) {
    Fuzzing.readDocument(RulePack.DOCUMENT, json);
  }

  @FuzzTest
  void checklist(byte[] json) {
    Fuzzing.readDocument(Checklist.DOCUMENT, json);
  }

  @FuzzTest
  void scorecard(byte[] json) {
    Fuzzing.readDocument(Scorecard.DOCUMENT, json);
  }

  @FuzzTest
  void assessment(byte[] json) {
    Fuzzing.readDocument(Assessment.DOCUMENT, json);
  }

  @FuzzTest
  void jurisdictionTable(byte[] json) {
    Fuzzing.readDocument(JurisdictionTable.DOCUMENT, json);
  }

  @FuzzTest
  void packIndex(byte[] json) {
    Fuzzing.readDocument(PackIndex.DOCUMENT, json);
  }
}
