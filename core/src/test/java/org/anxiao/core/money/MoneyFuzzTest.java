package org.anxiao.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz target for amounts of money from text: any text is an amount or an {@code AnxiaoException};
 * an amount's plain value parses back to an equal amount.
 */
class MoneyFuzzTest {

  @FuzzTest
  void ofYuan(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> Money.ofYuan(text)).ifPresent(money ->
        assertEquals(money, Money.ofYuan(money.value().toPlainString()), "text → amount → plain text → amount"));
  }
}
