package org.anxiao.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz target for calculator ids: any text is an id or an {@code AnxiaoException}; an id's text
 * parses back to an equal id.
 */
class CalculatorIdFuzzTest {

  @FuzzTest
  void of(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> CalculatorId.of(text)).ifPresent(id ->
        assertEquals(id, CalculatorId.of(id.toString()), "parse → toString → parse"));
  }
}
