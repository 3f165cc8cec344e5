package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.meter.GapHandling;
import org.anxiao.energy.meter.MeterData;
import org.anxiao.energy.meter.MeterDataResult;
import org.anxiao.energy.meter.MeterGap;
import org.junit.jupiter.api.Test;

/** The kit's meter data: complete years add up, gaps are found where the kit put them, bad data are refused. */
class MeterKitTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");
  private static final MeterData METERS = MeterData.in(RuleContext.of(RulePackRegistry.standard(), JurisdictionCode.of("310112"),
      LocalDate.of(2024, 12, 31)));
  private final Laws laws = Laws.standard().withExamples(100);

  private static BigDecimal total(List<Consumption> consumptions) {
    return consumptions.stream().map(Consumption::exactValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void aCompleteYearAcrossReplacementsAddsUpToTheReadings() {
    qt().withExamples(100).forAll(MeterReadingGenerators.complete(Carrier.ELECTRICITY, 2024)).checkAssert(c -> {
      MeterDataResult r = METERS.monthly(SCHOOL, c.period(), c.input(), GapHandling.reject());
      assertEquals(0, c.total().compareTo(total(r.consumptions())), c.total() + " vs " + total(r.consumptions()));
      assertTrue(r.gaps().isEmpty());
    });
  }

  @Test
  void gapsAreTheMonthsTheReadingsDoNotSpan() {
    qt().withExamples(100).forAll(MeterReadingGenerators.withGaps(Carrier.NATURAL_GAS, 2024)).checkAssert(c -> {
      if (c.complete()) {
        assertTrue(METERS.monthly(SCHOOL, c.period(), c.input(), GapHandling.reject()).gaps().isEmpty());
        return;
      }
      AnxiaoException e = assertThrows(AnxiaoException.class,
          () -> METERS.monthly(SCHOOL, c.period(), c.input(), GapHandling.reject()));
      assertEquals("MISSING_VALUE", e.errorCode());
      assertTrue(e instanceof org.anxiao.energy.meter.DataGapException, e.toString());
      MeterDataResult r = METERS.monthly(SCHOOL, c.period(), c.input(), GapHandling.linear());
      assertEquals(c.gapMonths(), r.gaps().stream().map(MeterGap::month).map(m -> m.month()).toList());
    });
  }

  @Test
  void aReadingGoingBackwardsWithoutAReplacementIsRefused() {
    qt().withExamples(100).forAll(MeterReadingGenerators.goingBackwards(Carrier.ELECTRICITY, 2024)).checkAssert(c -> {
      AnxiaoException e = assertThrows(AnxiaoException.class,
          () -> METERS.monthly(SCHOOL, c.period(), c.input(), GapHandling.linear()));
      assertEquals("INVALID_VALUE", e.errorCode());
    });
  }

  @Test
  void invalidMeterDataAreRefusedWithTheirCodes() {
    for (Carrier carrier : List.of(Carrier.ELECTRICITY, Carrier.WATER, Carrier.DIESEL)) {
      laws.rejects(MeterReadingGenerators.invalidInputs(carrier));
    }
  }
}
