package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.unit.Measure;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the traceability check under Minhang's pack (闵行 2022 §四(一)3, OFFICIAL_TEXT):
 * target on-line rate 1, levels INGREDIENT, SUPPLIER, BASE.
 */
class FoodTraceabilityTest {
  static final FoodTraceability MINHANG = FoodTraceability.in(
      RuleContext.standard(FoodFixtures.MINHANG, LocalDate.of(2026, 3, 2)));
  private static final String PACK = "sh.minhang.food-traceability-2022@1.0.0";

  static Purchase full(String id, boolean online) {
    return new Purchase(id, Optional.of("大米 批次" + id), Optional.of("粮油公司"), Optional.of("五常基地"), online);
  }

  static Purchase partial(String id, boolean ingredient, boolean supplier, boolean base, boolean online) {
    return new Purchase(id, ingredient ? Optional.of("青菜") : Optional.empty(),
        supplier ? Optional.of("蔬菜公司") : Optional.empty(), base ? Optional.of("崇明基地") : Optional.empty(), online);
  }

  @Test
  void workedExampleOfFourPurchases() {
    // p1 complete, online; p2 complete, offline; p3 no base, online; p4 no supplier and no base, online.
    // On-line 3/4 = 0.75 → 0.7500 < 1 → ONLINE_BELOW_TARGET; complete 2/4 = 0.5000;
    // SUPPLIER missing: p4; BASE missing: p3, p4.
    PurchaseLedger ledger = new PurchaseLedger("canteen-1", List.of(full("p1", true), full("p2", false),
        partial("p3", true, true, false, true), partial("p4", true, false, false, true)));
    TraceabilityCheck c = MINHANG.check(ledger);
    assertEquals(4, c.purchases());
    assertEquals(3, c.online());
    assertEquals(2, c.complete());
    assertEquals(Optional.of(new BigDecimal("0.7500")), c.onlineRate());
    assertEquals(Optional.of(new BigDecimal("0.5000")), c.completenessRate());
    assertEquals(List.of("p2"), c.offline());
    assertEquals(Map.of(TraceLevel.INGREDIENT, List.of(), TraceLevel.SUPPLIER, List.of("p4"), TraceLevel.BASE,
        List.of("p3", "p4")), c.missing());
    assertEquals(List.of("LOGISTICS.FOOD.ONLINE_BELOW_TARGET", "LOGISTICS.FOOD.LEVEL_MISSING",
        "LOGISTICS.FOOD.LEVEL_MISSING"), c.findings().stream().map(f -> f.code().value()).toList());
    Finding below = c.findings().get(0);
    assertEquals(PACK + "/onlineRateTarget=1", below.rules().get(0).pack() + "/" + below.rules().get(0).parameter()
        + "=" + below.rules().get(0).value());
    assertEquals(Verification.OFFICIAL_TEXT, below.rules().get(0).verification());
    assertEquals(Severity.HIGH, below.severity());
    assertEquals(Optional.of(Measure.of("0.7500", "1")), below.measured());
    assertEquals(Optional.of(Measure.of("1", "1")), below.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), below.comparison());
    assertEquals("3 of 4 purchases are on the traceability platform (rate 0.7500), below the target 1; not uploaded: p2.",
        below.message().en());
    assertEquals("追溯平台上线 3/4（上线率 0.7500），低于目标 1；未上线：p2。", below.message().zh());
    Finding supplier = c.findings().get(1);
    assertEquals(PACK + "/levels", supplier.rules().get(0).pack() + "/" + supplier.rules().get(0).parameter());
    assertEquals("1 purchases lack the supplier: p4.", supplier.message().en());
    assertEquals("1 笔采购缺供应商：p4。", supplier.message().zh());
    assertEquals("2 purchases lack the production base: p3, p4.", c.findings().get(2).message().en());
    assertEquals(SubjectKind.KEY_PART, below.subject().kind());
    assertEquals("canteen-1", below.subject().id());
    assertEquals(2, c.rulesApplied().size());
    assertEquals(List.of(PACK), c.packs().stream().map(Object::toString).toList());
    assertEquals(ledger, c.inputs());
    assertEquals(FoodTraceability.ID, c.calculator());
    assertEquals(List.of(FoodTraceabilityRule.KIND), MINHANG.requirements());
    assertEquals(FoodTraceability.ID, MINHANG.id());
    assertTrue(MINHANG.toString().startsWith("anxiao.logistics.food-traceability 310112 2026-03-02"));
  }

  @Test
  void noPurchasesGiveEmptyRatesAndNoFinding() {
    TraceabilityCheck c = MINHANG.check(new PurchaseLedger("canteen-1", List.of()));
    assertEquals(Optional.empty(), c.onlineRate());
    assertEquals(Optional.empty(), c.completenessRate());
    assertTrue(c.findings().isEmpty());
    assertEquals(0, c.purchases());
  }

  @Test
  void everythingOnlineAndCompletePasses() {
    TraceabilityCheck c = MINHANG.check(new PurchaseLedger("canteen-1", List.of(full("p1", true), full("p2", true))));
    assertEquals(Optional.of(new BigDecimal("1.0000")), c.onlineRate());
    assertEquals(Optional.of(new BigDecimal("1.0000")), c.completenessRate());
    assertTrue(c.findings().isEmpty());
  }

  @Test
  void theTargetIsComparedUnrounded() {
    // 19 999 of 20 000 online: 0.99995 rounds HALF_UP to 1.0000, yet 19 999 < 1 × 20 000 → below target.
    List<Purchase> ps = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ps.add(full("p" + i, i != 0));
    }
    TraceabilityCheck c = MINHANG.check(new PurchaseLedger("canteen-1", ps));
    assertEquals(Optional.of(new BigDecimal("1.0000")), c.onlineRate());
    assertEquals(List.of("LOGISTICS.FOOD.ONLINE_BELOW_TARGET"), c.findings().stream().map(f -> f.code().value()).toList());
  }

  @Test
  void ratesRoundHalfUpToFourDecimals() {
    // 1/32 = 0.03125 → HALF_UP 0.0313 (HALF_EVEN would give 0.0312); 2/3 = 0.666… → 0.6667; 1/3 → 0.3333.
    assertEquals(Optional.of(new BigDecimal("0.0313")), org.anxiao.logistics.internal.Ratios.share(1, 32));
    assertEquals(Optional.of(new BigDecimal("0.6667")), org.anxiao.logistics.internal.Ratios.share(2, 3));
    assertEquals(Optional.of(new BigDecimal("0.3333")), org.anxiao.logistics.internal.Ratios.share(1, 3));
    assertEquals(Optional.of(new BigDecimal("0.0000")), org.anxiao.logistics.internal.Ratios.share(0, 7));
    assertEquals(Optional.empty(), org.anxiao.logistics.internal.Ratios.share(0, 0));
  }

  @Test
  void aLowerTargetInATestPackAndFewerLevels() {
    // TEST pack: target 0.75, only SUPPLIER required. 3/4 = 0.75 is not below 0.75; 2/4 = 0.5 is.
    RulePack lower = ShippedPacks.testPack("logistics-food", "sh-minhang-food-traceability-2022.json", "test.food-trace-75",
        FoodFixtures.GUANGDONG, t -> {
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("onlineRateTarget"))
              .put("value", "0.75");
          ((com.fasterxml.jackson.databind.node.ArrayNode) t.path("parameters").path("levels").path("values"))
              .removeAll().add("SUPPLIER");
        });
    FoodTraceability f = FoodTraceability.in(RuleContext.of(ShippedPacks.withPacks(lower), FoodFixtures.GUANGDONG,
        LocalDate.of(2026, 3, 2)));
    TraceabilityCheck at = f.check(new PurchaseLedger("c", List.of(partial("a", false, true, false, true),
        partial("b", false, true, false, true), partial("c", false, true, false, true), full("d", false))));
    assertTrue(at.findings().isEmpty());
    assertEquals(Optional.of(new BigDecimal("1.0000")), at.completenessRate());
    assertEquals(Map.of(TraceLevel.SUPPLIER, List.of()), at.missing());
    TraceabilityCheck below = f.check(new PurchaseLedger("c", List.of(full("a", true), full("b", true),
        full("c", false), full("d", false))));
    assertEquals(List.of("LOGISTICS.FOOD.ONLINE_BELOW_TARGET"),
        below.findings().stream().map(x -> x.code().value()).toList());
  }

  @Test
  void anUnverifiedPackIsRefusedUnlessAllowed() {
    RulePack unverified = ShippedPacks.testPack("logistics-food", "sh-minhang-food-traceability-2022.json",
        "test.food-trace-unverified", FoodFixtures.GUANGDONG, t -> t.put("verification", "UNVERIFIED"));
    RuleContext context = RuleContext.of(ShippedPacks.withPacks(unverified), FoodFixtures.GUANGDONG,
        LocalDate.of(2026, 3, 2));
    PurchaseLedger ledger = new PurchaseLedger("c", List.of(full("p1", true)));
    RulePackException e = assertThrows(RulePackException.class, () -> FoodTraceability.in(context).check(ledger));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    TraceabilityCheck allowed = FoodTraceability.in(context.withPolicy(
        org.anxiao.core.rule.VerificationPolicy.ALLOW_UNVERIFIED)).check(ledger);
    assertTrue(allowed.findings().isEmpty());
    assertEquals(Verification.UNVERIFIED, allowed.rulesApplied().get(0).verification());
  }

  @Test
  void noTraceabilityPackNationally() {
    assertThrows(RulePackException.class,
        () -> FoodTraceability.in(RuleContext.standard(FoodFixtures.GUANGDONG, LocalDate.of(2026, 3, 2))));
  }

  @Test
  void theResultGuardsItsInvariants() {
    PurchaseLedger l = new PurchaseLedger("c", List.of());
    TraceabilityCheck ok = MINHANG.check(l);
    assertThrows(InvalidValueException.class, () -> new TraceabilityCheck(ok.subject(), l, 1, 2, 0, Optional.empty(),
        Optional.empty(), List.of(), Map.of(), List.of(), List.of(), List.of()));
    assertThrows(InvalidValueException.class, () -> new TraceabilityCheck(ok.subject(), l, 1, 0, 2, Optional.empty(),
        Optional.empty(), List.of(), Map.of(), List.of(), List.of(), List.of()));
    assertThrows(InvalidValueException.class, () -> new TraceabilityCheck(ok.subject(), l, 1, 1, 1,
        Optional.of(new BigDecimal("1.0001")), Optional.empty(), List.of(), Map.of(), List.of(), List.of(), List.of()));
    assertThrows(InvalidValueException.class, () -> new TraceabilityCheck(ok.subject(), l, 1, 1, 1,
        Optional.empty(), Optional.of(new BigDecimal("-0.0001")), List.of(), Map.of(), List.of(), List.of(), List.of()));
    TraceabilityCheck edge = new TraceabilityCheck(ok.subject(), l, 1, 1, 1, Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.ZERO), List.of(), Map.of(), List.of(), List.of(), List.of());
    assertEquals(Optional.of(BigDecimal.ONE), edge.onlineRate());
  }
}
