package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each invariant of {@link RulePack} is enforced, one assertion per check, with the valid edge beside it. */
class RulePackInvariantsTest {
  private static final RulePack VALID = pack("sh.guards", "1.0", "310000", "2021-01-01", "2023-12-31",
      Verification.SECONDARY, Map.of("perGate", "2"));

  private static String refusedField(Executable call) {
    return assertThrows(AnxiaoException.class, call).field().orElse("");
  }

  @Test
  void idAndKindAreLowerCaseDottedNames() {
    assertEquals("id", refusedField(() -> RulePack.builder().from(VALID).id("Sh.Guards").build()));
    assertEquals("id", refusedField(() -> RulePack.builder().from(VALID).id("sh..guards").build()));
    assertEquals("kind", refusedField(() -> RulePack.builder().from(VALID).kind("anxiao test").build()));
    assertEquals("cn.fire-law.v2", RulePack.builder().from(VALID).id("cn.fire-law.v2").build().id());
  }

  @Test
  void validToIsNotBeforeValidFrom() {
    assertEquals("validTo", refusedField(() -> RulePack.builder().from(VALID).validTo(LocalDate.of(2020, 12, 31)).build()));
    RulePack oneDay = RulePack.builder().from(VALID).validTo(LocalDate.of(2021, 1, 1)).build();
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), oneDay.validTo(), "a pack may be in force for one day");
  }

  @Test
  void parameterNamesAreCamelCase() {
    RulePack.Builder b = RulePack.builder().from(VALID);
    b.putParameters("per_gate", VALID.parameters().get("perGate"));
    assertEquals("parameters.per_gate", refusedField(b::build));
    RulePack.Builder upper = RulePack.builder().from(VALID);
    upper.putParameters("PerGate", VALID.parameters().get("perGate"));
    assertEquals("parameters.PerGate", refusedField(upper::build));
  }

  @Test
  void supersededByNamesAPack() {
    assertEquals("supersededBy", refusedField(() -> RulePack.builder().from(VALID).supersededBy("Not A Pack").build()));
    assertEquals(Optional.of("sh.guards-2024"), RulePack.builder().from(VALID).supersededBy("sh.guards-2024").build().supersededBy());
  }

  @Test
  void aParametersOwnVerificationWinsOverThePacks() {
    assertEquals(Verification.SECONDARY, VALID.verificationOf("perGate"));
    assertEquals(Verification.SECONDARY, VALID.verificationOf("absent"));
    RulePack.Builder b = RulePack.builder().from(VALID);
    b.putParameters("official", new Parameter.Decimal(java.math.BigDecimal.ONE, Optional.empty(), Optional.empty(),
        Optional.of(Verification.OFFICIAL_TEXT), Optional.empty()));
    assertEquals(Verification.OFFICIAL_TEXT, b.build().verificationOf("official"));
  }
}
