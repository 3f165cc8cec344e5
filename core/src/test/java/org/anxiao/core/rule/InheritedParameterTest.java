package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.KIND;
import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/**
 * A pack that omits a required parameter is accepted only when wider packs define it on every one of
 * its days, whatever order they were registered in; binding checks the query's kind.
 */
class InheritedParameterTest {
  private static final ParameterSpec<BigDecimal> PER_GATE = ParameterSpec.decimal("perGate", "人");
  private static final RuleKind<BigDecimal> GUARDS = RuleKind.of(KIND, List.of(PER_GATE), b -> b.get(PER_GATE).value());

  private static RulePack city(String from, String to) {
    return pack("sh.guards." + from.substring(0, 4), "1", "310000", from, to, Verification.SECONDARY, Map.of("perGate", "2"));
  }

  private static RulePack district(String from, String to) {
    return pack("mh.guards", "1", "310112", from, to, Verification.SECONDARY, Map.of());
  }

  private static RulePackRegistry build(RulePack... packs) {
    RulePackRegistry.Builder b = RulePackRegistry.builder().kind(GUARDS);
    for (RulePack p : packs) {
      b.add(p);
    }
    return b.build();
  }

  @Test
  void widerPacksRegisteredOutOfDateOrderStillCoverTheDistrict() {
    RulePack later = city("2023-01-01", null);
    RulePack earlier = city("2020-01-01", "2022-12-31");
    RulePackRegistry r = build(later, earlier, district("2021-01-01", null));
    RuleQuery q = RuleQuery.of(KIND, JurisdictionCode.of("310112"), LocalDate.of(2021, 6, 1));
    assertEquals(new BigDecimal("2"), r.bind(GUARDS, q).value());
  }

  @Test
  void aBoundedDistrictPackIsCoveredByBoundedCityPacks() {
    RulePack first = city("2020-01-01", "2021-12-31");
    RulePack second = city("2022-01-01", "2022-12-31");
    build(second, first, district("2021-01-01", "2022-06-30"));
    RulePackException gap = assertThrows(RulePackException.class,
        () -> build(first, district("2021-01-01", "2022-06-30")), "2022 not covered");
    assertEquals(RulePackException.INVALID, gap.errorCode());
    assertThrows(RulePackException.class, () -> build(second, district("2021-01-01", "2022-06-30")), "2021 not covered");
    assertThrows(RulePackException.class, () -> build(first, second, district("2021-01-01", null)), "open-ended beyond 2022");
  }

  @Test
  void bindingRefusesAQueryForAnotherKind() {
    RulePackRegistry r = build(city("2020-01-01", null));
    RuleQuery other = RuleQuery.of("anxiao.test.other", JurisdictionCode.of("310000"), LocalDate.of(2021, 6, 1));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> r.bind(GUARDS, other));
    assertEquals("query.kind", e.field().orElseThrow());
  }

  @Test
  void aRecordedRuleIsReturnedAndKept() {
    RuleTrace trace = RuleTrace.under(VerificationPolicy.DEFAULT);
    AppliedRule rule = build(city("2020-01-01", null)).resolve(KIND, JurisdictionCode.of("310000"), LocalDate.of(2021, 6, 1))
        .parameter("perGate").applied();
    assertSame(rule, trace.record(rule));
    assertEquals(List.of(rule), trace.applied());
    assertSame(VerificationPolicy.DEFAULT, trace.policy());
  }
}
