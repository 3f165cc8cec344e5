package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.junit.jupiter.api.Test;

/**
 * RuleTrace.useIfPermitted: a value the policy permits is used and recorded in {@code applied()}; one it
 * refuses gives empty and is recorded in {@code refused()} once, in order, and never in {@code applied()}.
 */
class RuleTraceUseIfPermittedTest {
  private static final Citation SOURCE = new Citation("测试机关", "测〔2024〕1号", Optional.empty(), Optional.empty(), 2024,
      Optional.empty());

  private static RuleValue<BigDecimal> value(String parameter, String v, Verification verification) {
    return new RuleValue<>(new BigDecimal(v), new AppliedRule(PackRef.of("test.pack", "1.0.0"), parameter, v,
        Optional.empty(), verification, SOURCE));
  }

  @Test
  void permittedValuesAreUsedAndRefusedOnesRecordedApart() {
    RuleTrace trace = RuleTrace.under(VerificationPolicy.DEFAULT);
    RuleValue<BigDecimal> official = value("a", "1.5", Verification.OFFICIAL_TEXT);
    RuleValue<BigDecimal> unverified = value("b", "2", Verification.UNVERIFIED);
    RuleValue<BigDecimal> alsoUnverified = value("c", "3", Verification.UNVERIFIED);
    assertEquals(Optional.of(new BigDecimal("1.5")), trace.useIfPermitted(official));
    assertEquals(Optional.empty(), trace.useIfPermitted(unverified));
    assertEquals(Optional.empty(), trace.useIfPermitted(alsoUnverified));
    assertEquals(Optional.empty(), trace.useIfPermitted(unverified));
    assertEquals(List.of(official.applied()), trace.applied());
    assertEquals(List.of(unverified.applied(), alsoUnverified.applied()), trace.refused());
    // use() on the refused value still throws, as before.
    assertThrows(AnxiaoException.class, () -> trace.use(unverified));
  }

  @Test
  void underAPolicyThatAllowsItTheValueIsUsedAndNothingRefused() {
    RuleTrace trace = RuleTrace.under(VerificationPolicy.ALLOW_UNVERIFIED);
    RuleValue<BigDecimal> unverified = value("b", "2", Verification.UNVERIFIED);
    assertEquals(Optional.of(new BigDecimal("2")), trace.useIfPermitted(unverified));
    assertEquals(List.of(unverified.applied()), trace.applied());
    assertEquals(List.of(), trace.refused());
    assertThrows(AnxiaoException.class, () -> trace.useIfPermitted(null));
  }
}
