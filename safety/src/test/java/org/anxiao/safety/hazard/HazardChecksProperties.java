package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.MINHANG;
import static org.anxiao.safety.hazard.HazardFixtures.graded;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.anxiao.safety.hazard.HazardFixtures.plan;
import static org.anxiao.safety.hazard.HazardFixtures.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.rule.RuleContext;
import org.junit.jupiter.api.Test;

/**
 * Properties of the checks: a plan is required exactly for an open major hazard; covering more
 * elements never leaves more missing; a register's checks are its hazards' checks one by one, in order.
 */
class HazardChecksProperties {
  private static final HazardChecks CHECKS = HazardChecks.in(RuleContext.standard(MINHANG, LocalDate.of(2024, 3, 20)));

  private static Set<PlanElement> subset(int bits) {
    EnumSet<PlanElement> s = EnumSet.noneOf(PlanElement.class);
    for (PlanElement e : PlanElement.values()) {
      if ((bits >> e.ordinal() & 1) == 1) {
        s.add(e);
      }
    }
    return s;
  }

  @Test
  void coveringMoreNeverLeavesMoreMissing() {
    qt().withExamples(200).forAll(integers().between(0, 31), integers().between(0, 31)).checkAssert((a, b) -> {
      Set<PlanElement> small = subset(a & b);
      Set<PlanElement> large = subset(a | b);
      Set<PlanElement> missSmall = check(small).missing();
      Set<PlanElement> missLarge = check(large).missing();
      assertTrue(missSmall.containsAll(missLarge), small + " vs " + large);
      assertEquals(5 - small.size(), missSmall.size(), "the missing are the complement of the covered");
    });
  }

  @Test
  void aPlanIsRequiredExactlyForAnOpenMajorHazard() {
    qt().withExamples(200).forAll(org.anxiao.safety.testkit.HazardLifecycleGenerators.walks(), integers().between(0, 60)).checkAssert((steps, d) -> {
      Hazard h = LifecycleProperties.walk(steps);
      LocalDate asOf = HazardFixtures.FOUND.plusDays(d);
      HazardCheck c = CHECKS.check(h, asOf).hazards().get(0);
      HazardStatus s = h.status(asOf);
      assertEquals(s.open() && s.major(), c.planRequired());
      assertEquals(s, c.status());
      assertEquals(!c.planRequired() || s.planComplete(EnumSet.allOf(PlanElement.class)), c.planComplete());
    });
  }

  @Test
  void aRegistersChecksAreItsHazardsChecksInOrder() {
    qt().withExamples(100).forAll(integers().between(1, 8), integers().between(0, 31)).checkAssert((n, bits) -> {
      List<Hazard> hazards = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        hazards.add(hazard("H-" + i, List.of(graded(i % 2 == 0 ? HazardGrade.MAJOR : HazardGrade.GENERAL),
            started(Optional.of(plan(subset(bits + i & 31)))))));
      }
      HazardCheckResult all = CHECKS.check(HazardRegister.of("S-1", MINHANG, hazards), LocalDate.of(2024, 4, 1));
      assertEquals(n, all.hazards().size());
      int findings = 0;
      for (int i = 0; i < n; i++) {
        HazardCheckResult one = CHECKS.check(hazards.get(i), LocalDate.of(2024, 4, 1));
        assertEquals(one.hazards().get(0), all.hazards().get(i));
        findings += one.findings().size();
      }
      assertEquals(findings, all.findings().size());
    });
  }

  private static HazardCheck check(Set<PlanElement> covered) {
    Hazard h = hazard("H", List.of(graded(HazardGrade.MAJOR), started(Optional.of(plan(covered)))));
    return CHECKS.check(h, LocalDate.of(2024, 3, 20)).hazards().get(0);
  }
}
