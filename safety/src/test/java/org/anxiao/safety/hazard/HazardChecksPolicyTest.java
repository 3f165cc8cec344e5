package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.MINHANG;
import static org.anxiao.safety.hazard.HazardFixtures.graded;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.anxiao.safety.hazard.HazardFixtures.inArea;
import static org.anxiao.safety.hazard.HazardFixtures.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * The checks under the verification policy (an UNVERIFIED narrower taxonomy refused without consent),
 * with packs of the wrong shape refused at registration, shared across threads, and their result as JSON.
 */
class HazardChecksPolicyTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 20);
  private static final String UNVERIFIED_AREAS = """
      {"schemaVersion":"1.0","id":"test.school.hazard-areas","version":"1.0.0","kind":"anxiao.safety.hazard-areas",
       "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
       "source":{"issuer":"测试","document":"测试","year":2024},"verification":"UNVERIFIED",
       "parameters":{"areas":{"type":"structure","value":{"areas":[{"code":"8","name":"保安",
         "tasks":[{"code":"8","task":"保安员配备","responsibleSubjects":["各学校"],"responsibleDepartments":[],"cooperating":[]}]}]}}}}""";

  private static RulePack pack(String json) {
    return ShippedPacks.read(json);
  }

  private static RulePackRegistry with(String json) {
    return ShippedPacks.withPacks(pack(json));
  }

  @Test
  void anUnverifiedTaxonomyIsRefusedWithoutConsentAndReadWithIt() {
    RuleContext ctx = RuleContext.of(with(UNVERIFIED_AREAS), MINHANG, DAY);
    Hazard h = inArea("H", "8", Optional.empty(), Optional.empty(), DAY, List.of());
    RulePackException refused = assertThrows(RulePackException.class, () -> HazardChecks.in(ctx).check(h, DAY));
    assertEquals("RULE_UNVERIFIED", refused.errorCode());
    HazardCheckResult r = HazardChecks.in(ctx.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).check(h, DAY);
    assertEquals("test.school.hazard-areas", r.rulesApplied().get(0).pack().id());
  }

  @Test
  void aPackNamingAnUnknownPlanElementIsRefusedWithItsPointer() {
    String json = """
        {"schemaVersion":"1.0","id":"test.bad.hazard-management","version":"1.0.0","kind":"anxiao.safety.hazard-management",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
         "source":{"issuer":"测试","document":"测试","year":2024},"verification":"SECONDARY",
         "parameters":{"majorPlanElements":{"type":"text-list","values":["FUNDS","MONEY"]}}}""";
    RulePackException e = assertThrows(RulePackException.class, () -> with(json).checkAll());
    assertTrue(e.getMessage().contains("test.bad.hazard-management@1.0.0#/parameters/majorPlanElements"), e.getMessage());
  }

  @Test
  void aTaxonomyWithATaskOutsideItsAreaIsRefused() {
    String json = UNVERIFIED_AREAS.replace("\"tasks\":[{\"code\":\"8\"", "\"tasks\":[{\"code\":\"9.1\"");
    RulePackException e = assertThrows(RulePackException.class, () -> with(json).checkAll());
    assertTrue(e.getMessage().contains("test.school.hazard-areas@1.0.0"), e.getMessage());
  }

  @Test
  void oneCalculatorSharedByManyThreadsGivesTheSequentialResults() throws Exception {
    HazardChecks checks = HazardChecks.in(RuleContext.standard(MINHANG, DAY));
    List<Hazard> hazards = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      hazards.add(i % 2 == 0 ? hazard("H-" + i, List.of(graded(HazardGrade.MAJOR), started(Optional.empty())))
          : HazardFixtures.closedGeneral("H-" + i));
    }
    List<HazardCheckResult> sequential = new ArrayList<>();
    hazards.forEach(h -> sequential.add(checks.check(h, DAY.plusDays(15))));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HazardCheckResult>> futures = new ArrayList<>();
      hazards.forEach(h -> futures.add(pool.submit(() -> checks.check(h, DAY.plusDays(15)))));
      for (int i = 0; i < hazards.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theResultRoundTripsAsJson() {
    HazardCheckResult r = HazardChecks.in(RuleContext.standard(MINHANG, DAY))
        .check(hazard("H", List.of(graded(HazardGrade.MAJOR), started(Optional.of(HazardFixtures.plan(
            java.util.EnumSet.of(PlanElement.FUNDS)))))), LocalDate.of(2024, 4, 2));
    String json = AnxiaoJson.strict().write(r);
    assertEquals(r, AnxiaoJson.strict().read(json, HazardCheckResult.class));
    assertEquals(2, r.findings().size(), "plan incomplete and overdue");
  }
}
