package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/** {@link RuleContext#withJurisdiction}: another place, every other term kept. */
class RuleContextJurisdictionTest {
  @Test
  void keepsRegistryDatePinsFloorAndPolicy() {
    RuleContext province = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31))
        .pin(PackRef.of("sh.guards", "1.10")).atLeast(Verification.SECONDARY)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED);
    RuleContext district = province.withJurisdiction(JurisdictionCode.of("310104"));
    assertEquals(JurisdictionCode.of("310104"), district.jurisdiction());
    assertSame(province.registry(), district.registry());
    assertEquals(province.date(), district.date());
    assertEquals(province.policy(), district.policy());
    // The pins and the floor show in the text, after the jurisdiction.
    assertEquals(province.toString().replace("310000", "310104"), district.toString());
    assertThrows(MissingValueException.class, () -> province.withJurisdiction(null));
  }
}
