package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz targets for finding codes and subject-kind codes: any text is a code or an
 * {@code AnxiaoException}; a code's text parses back to an equal code.
 */
class FindingTextFuzzTest {

  @FuzzTest
  void findingCode(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> FindingCode.of(text)).ifPresent(code ->
        assertEquals(code, FindingCode.of(code.toString()), "parse → toString → parse"));
  }

  @FuzzTest
  void subjectKind(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> SubjectKind.of(text)).ifPresent(kind ->
        assertEquals(kind, SubjectKind.of(kind.code()), "code → kind → code → kind"));
  }
}
