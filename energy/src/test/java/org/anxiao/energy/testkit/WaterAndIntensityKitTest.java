package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.energy.intensity.StepSeries;
import org.anxiao.energy.water.WaterBalanceResult;
import org.anxiao.energy.water.WaterBalances;
import org.junit.jupiter.api.Test;

/** The kit's water balances, band edges and denominators. */
class WaterAndIntensityKitTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");
  private static final CalendarYear YEAR = new CalendarYear(2024);
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
  private static final WaterBalances BALANCES = WaterBalances.create();
  private final Laws laws = Laws.standard().withExamples(100);

  @Test
  void generatedBalancesAreAccepted() {
    qt().withExamples(100).forAll(WaterGenerators.balances(YEAR)).checkAssert(all -> {
      WaterBalanceResult r = BALANCES.balance(SCHOOL, YEAR, all.get(0), all.subList(1, all.size()));
      assertTrue(r.band() >= 0);
    });
  }

  @Test
  void aBalanceOnItsBandIsWithinToleranceAndALitreBeyondIsNot() {
    qt().withExamples(200).forAll(WaterGenerators.bandEdges(YEAR)).checkAssert(e -> assertEquals(e.expected(),
        BALANCES.balance(SCHOOL, YEAR, e.supply(), List.of(e.subMeter())).status(), e.toString()));
  }

  @Test
  void aDistrictsHeadcountIsTheSumOfItsSchoolsOnEveryDay() {
    for (int day : List.of(0, 45, 200, 365)) {
      LocalDate on = JAN.plusDays(day);
      laws.rollUpIsSumOfParts(org.quicktheories.generators.SourceDSL.lists().of(DenominatorGenerators.headcounts(JAN))
          .ofSizeBetween(1, 6), list -> list.stream().reduce(StepSeries::plus).orElseThrow().valueOn(on), s -> s.valueOn(on));
    }
  }

  @Test
  void floorAreasAreAboveZeroAndHeadcountsWhole() {
    qt().withExamples(100).forAll(DenominatorGenerators.floorAreas(JAN), DenominatorGenerators.headcounts(JAN),
        integers().between(0, 365)).checkAssert((area, heads, day) -> {
          assertTrue(area.valueOn(JAN.plusDays(day)).signum() > 0);
          BigDecimal h = heads.valueOn(JAN.plusDays(day));
          assertEquals(0, h.stripTrailingZeros().scale() <= 0 ? 0 : 1);
        });
  }
}
