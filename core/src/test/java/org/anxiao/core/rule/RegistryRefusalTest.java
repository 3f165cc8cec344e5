package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.KIND;
import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/**
 * What a registry's refusals say: a required parameter no pack defines names the days it is missing
 * on (bounded or open-ended), and a query that finds nothing names the verification floor it asked
 * for.
 */
class RegistryRefusalTest {
  private static final ParameterSpec<BigDecimal> PER_GATE = ParameterSpec.decimal("perGate", "人");
  private static final RuleKind<BigDecimal> GUARDS = RuleKind.of(KIND, List.of(PER_GATE), b -> b.get(PER_GATE).value());

  private static RulePackRegistry build(RulePack... packs) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().kind(GUARDS);
    for (RulePack p : packs) {
      b.add(p);
    }
    return b.build();
  }

  private static RulePack district(String to) {
    return pack("mh.guards", "1", "310112", "2021-01-01", to, Verification.SECONDARY, Map.of());
  }

  @Test
  void aBoundedPackMissingARequiredParameterNamesItsDays() {
    RulePackException e = assertThrows(RulePackException.class, () -> build(district("2022-06-30")));
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of("mh.guards@1#/parameters/perGate"), e.field());
    assertTrue(e.rule().endsWith("(from 2021-01-01 to 2022-06-30)"), e::rule);
  }

  @Test
  void anOpenEndedPackMissingARequiredParameterSaysSo() {
    RulePackException e = assertThrows(RulePackException.class, () -> build(district(null)));
    assertEquals(Optional.of("mh.guards@1#/parameters/perGate"), e.field());
    assertTrue(e.rule().endsWith("(from 2021-01-01, open-ended)"), e::rule);
  }

  @Test
  void nothingFoundAtAVerificationFloorNamesTheFloor() {
    RulePackRegistry r = build(pack("sh.guards", "1", "310000", "2020-01-01", null, Verification.SECONDARY,
        Map.of("perGate", "2")));
    RuleQuery q = RuleQuery.of(KIND, JurisdictionCode.of("310112"), LocalDate.of(2024, 1, 1));
    assertEquals(List.of(PackRef.of("sh.guards", "1")), r.resolve(q.atLeast(Verification.SECONDARY)).packs());
    RulePackException floor = assertThrows(RulePackException.class, () -> r.resolve(q.atLeast(Verification.OFFICIAL_TEXT)));
    assertEquals(RulePackException.NOT_FOUND, floor.errorCode());
    assertEquals(Optional.of(KIND), floor.value());
    assertTrue(floor.rule().endsWith(" at verification OFFICIAL_TEXT or better"), floor::rule);
    RulePackException early = assertThrows(RulePackException.class,
        () -> r.resolve(RuleQuery.of(KIND, JurisdictionCode.of("310112"), LocalDate.of(2019, 12, 31))));
    assertEquals(RulePackException.NOT_FOUND, early.errorCode());
    assertFalse(early.rule().contains("verification"), early::rule);
  }
}
