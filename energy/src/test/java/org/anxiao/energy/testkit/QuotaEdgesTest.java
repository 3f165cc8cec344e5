package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.dualcontrol.EnergyQuotas;
import org.anxiao.energy.dualcontrol.QuotaTier;
import org.junit.jupiter.api.Test;

/** The shipped university quotas at every tier edge, and one tier per figure. */
class QuotaEdgesTest {
  private static final EnergyQuotas QUOTAS = EnergyQuotas.in(RuleContext.of(RulePackRegistry.standard(),
      JurisdictionCode.of("310112"), LocalDate.of(2024, 12, 31)).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");

  private static QuotaTier tier(String category, java.math.BigDecimal value) {
    return QUOTAS.assess(SCHOOL, new CalendarYear(2024), new Measure(value, "kgce/m2"), ElectricityBasis.PRIMARY, category).tier();
  }

  @Test
  void everyEdgeFallsInItsTier() {
    assertTrue(QuotaEdges.all().size() >= 14, "two categories, seven edges each");
    for (QuotaEdges.Edge e : QuotaEdges.all()) {
      assertEquals(e.expected(), tier(e.category(), e.energyPerArea()), e.toString());
    }
  }

  @Test
  void aFigureNearTheEdgesFallsInExactlyOneTier() {
    List<java.math.BigDecimal> thresholds = QuotaEdges.all().stream().map(QuotaEdges.Edge::energyPerArea).toList();
    Laws.standard().withExamples(100).oneGrade(org.anxiao.core.testkit.gen.Boundaries.around(thresholds, new java.math.BigDecimal("0.01"))
        .map(v -> v.max(java.math.BigDecimal.ZERO)), v -> List.of(tier("UNDERGRADUATE", v)));
  }

  @Test
  void theQuotasStartOnThePacksFirstDay() {
    assertEquals(LocalDate.of(2014, 1, 1), EnergyPacks.firstDay(QuotaEdges.PACK));
    qt().withExamples(20).forAll(QuotaEdges.edges()).checkAssert(e -> assertTrue(e.energyPerArea().signum() >= 0));
  }
}
