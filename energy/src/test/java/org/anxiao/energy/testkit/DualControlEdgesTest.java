package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;
import org.junit.jupiter.api.Test;

/** The dual-control status at the edges of its bands under the shipped national targets. */
class DualControlEdgesTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");
  private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
  private static final DualControl NATIONAL =
      DualControl.in(RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 6, 30)));
  private static final Baseline BASELINE = DualControlEdges.areaBaseline(2020, new BigDecimal("20"));
  private static final Denominators DENOMINATORS = Denominators.of(StepSeries.constant(JAN_2020, new BigDecimal("10000")),
      StepSeries.constant(JAN_2020, BigDecimal.valueOf(1800)), StepSeries.constant(JAN_2020, BigDecimal.valueOf(200)));

  @Test
  void eachEdgeShowsItsStatus() {
    qt().withExamples(100).forAll(DualControlEdges.edges(NATIONAL, SCHOOL, BASELINE, DENOMINATORS, 2024)).checkAssert(e ->
        assertEquals(e.expected(), DualControlEdges.energy(NATIONAL, BASELINE, e.actuals()).status(), e.toString()));
  }

  @Test
  void headroomDoesNotRiseAsTheYearToDateRises() {
    // headroom = budget − actualToDate ÷ profileShare (MetricProgress): for a fixed number of months reported,
    // more kgce so far never leaves more headroom.
    Laws laws = Laws.standard().withExamples(40);
    for (int n : new int[] {1, 6, 11, 12}) {
      int months = n;
      laws.monotone(integers().between(0, 1_000_000), kgce -> -DualControlEdges.energy(NATIONAL, BASELINE,
          new Actuals(SCHOOL, DualControlEdges.months(2024, months, kgce), DENOMINATORS, PopulationBasis.STUDENTS_AND_STAFF))
          .headroom());
    }
  }
}
