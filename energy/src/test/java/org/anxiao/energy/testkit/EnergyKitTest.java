package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.junit.jupiter.api.Test;

/** The energy kit's generators and edge cases, and the laws of standard coal over them. */
class EnergyKitTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");
  private static final CalendarYear Y2024 = new CalendarYear(2024);
  private static final JurisdictionCode BEIJING = JurisdictionCode.of("110000");
  private static final LocalDate DATE = LocalDate.of(2024, 12, 31);
  private static final CoalEquivalents COAL = CoalEquivalents.in(RuleContext.of(RulePackRegistry.standard(), BEIJING, DATE));
  private final Laws laws = Laws.standard().withExamples(100);

  /** The total kgce rounded to the cent; none over no consumption (which the calculator refuses). */
  private static BigDecimal cents(List<Consumption> list) {
    if (list.isEmpty()) {
      return BigDecimal.ZERO;
    }
    double kgce = COAL.convert(SCHOOL, Y2024, list, ElectricityBasis.CALORIFIC).totalKgce();
    return new BigDecimal(Double.toString(kgce)).setScale(2, RoundingMode.HALF_EVEN);
  }

  @Test
  void everyCarrierIsAcceptedInEveryUnitOfItsKind() {
    qt().withExamples(200).forAll(ConsumptionGenerators.inAnyUnit(List.of(Carrier.values()), Y2024))
        .checkAssert(c -> assertTrue(c.exactValue().signum() >= 0));
  }

  @Test
  void generatedYearsConvertUnderTheNationalPack() {
    qt().withExamples(100).forAll(ConsumptionGenerators.yearly(CarrierGenerators.countedCarriers(), 2024, 8),
        CarrierGenerators.bases()).checkAssert((list, basis) -> {
          CoalEquivalentResult r = CoalEquivalents.in(RuleContext.of(RulePackRegistry.standard(), BEIJING, DATE)
              .withPolicy(org.anxiao.core.rule.VerificationPolicy.ALLOW_UNVERIFIED)).convert(SCHOOL, Y2024, list, basis);
          assertTrue(r.totalKgce() >= 0);
          r.lines().forEach(l -> assertTrue(l.counted(), l.carrier() + " counts"));
        });
  }

  @Test
  void invalidConsumptionsAreRefusedWithTheirCodes() {
    laws.rejects(InvalidConsumptions.consumptions());
  }

  @Test
  void invalidListsAreRefusedByTheCalculator() {
    laws.rejects(InvalidConsumptions.conversions());
  }

  @Test
  void kgceIsAdditiveOverConsumptions() {
    laws.additive(ConsumptionGenerators.exactToTheCent(2024), EnergyKitTest::cents);
  }

  @Test
  void kgceIsMonotoneInAnAmount() {
    for (Carrier carrier : CarrierGenerators.verifiedCarriers()) {
      laws.monotone(ConsumptionGenerators.thousands(), a -> cents(List.of(Consumption.of(carrier, Y2024, a.toPlainString(),
          carrier.unit()), Consumption.of(Carrier.ELECTRICITY, Y2024, "1000", "kWh"))));
    }
  }

  @Test
  void coalEquivalentsAreUnchangedByANewerNationalPack() {
    LocalDate first = EnergyPacks.firstDay(CoalEquivalentFamily.NATIONAL_PACK);
    // A newer version in force from a later date than the result's: the result stays as it was.
    laws.unchangedByNewerPack(ConsumptionGenerators.monthly(2024), () -> RulePackRegistry.builder().addClassPath(
        EnergyKitTest.class.getClassLoader()), RuleContext.of(RulePackRegistry.standard(), BEIJING, DATE),
        Laws.newerVersion(EnergyPacks.pack(CoalEquivalentFamily.NATIONAL_PACK), DATE.plusDays(1)),
        (ctx, list) -> CoalEquivalents.in(ctx).convert(SCHOOL, Y2024, list, ElectricityBasis.CALORIFIC));
    assertTrue(first.isBefore(DATE));
  }

  @Test
  void noPackIsInForceTheDayBeforeTheFirstDay() {
    for (String id : List.of(CoalEquivalentFamily.NATIONAL_PACK, CoalEquivalentFamily.SHANGHAI_PACK)) {
      List<LocalDate> days = EnergyPacks.aroundFirstDay(id);
      assertEquals(LocalDate.of(2021, 4, 1), days.get(1), id);
      JurisdictionCode where = JurisdictionCode.of(id.startsWith("sh.") ? "310112" : "110000");
      List<Consumption> one = List.of(Consumption.of(Carrier.ELECTRICITY, new CalendarYear(2021), "1000", "kWh"));
      AnxiaoException before = assertThrows(AnxiaoException.class, () -> CoalEquivalents.in(RuleContext.of(
          RulePackRegistry.standard(), where, days.get(0))).convert(SCHOOL, new CalendarYear(2021), one, ElectricityBasis.CALORIFIC));
      assertEquals("RULE_NOT_FOUND", before.errorCode());
      for (LocalDate day : days.subList(1, 3)) {
        assertEquals(122.9, CoalEquivalents.in(RuleContext.of(RulePackRegistry.standard(), where, day))
            .convert(SCHOOL, new CalendarYear(2021), one, ElectricityBasis.CALORIFIC).totalKgce(), 1e-9);
      }
    }
  }

  @Test
  void wrongUnitsAreNeverOfTheCarriersKind() {
    qt().withExamples(100).forAll(CarrierGenerators.carriers().flatMap(c -> CarrierGenerators.wrongUnitsOf(c)
        .map(u -> java.util.Map.entry(c, u)))).checkAssert(e -> {
          List<String> own = new ArrayList<>(CarrierGenerators.unitCodesOf(e.getKey()));
          assertTrue(own.contains(e.getKey().unit()));
          assertFalse(own.contains(e.getValue()));
        });
  }

  @Test
  void generatedCarbonInputsAreAccountedWithoutANegativeFigure() {
    org.anxiao.energy.carbon.CarbonAccounting carbon = org.anxiao.energy.carbon.CarbonAccounting.in(RuleContext.of(
        RulePackRegistry.standard(), JurisdictionCode.of("310112"), LocalDate.of(2022, 12, 31)));
    CalendarYear y2022 = new CalendarYear(2022);
    qt().withExamples(100).forAll(CarbonInputGenerators.inputs(y2022)).checkAssert(in -> {
      org.anxiao.energy.carbon.CarbonResult r = carbon.account(Subject.of(SubjectKind.SCHOOL, "kit"), y2022, in);
      assertTrue(r.scope1Kg() >= 0);
      r.marketBased().ifPresent(m -> assertTrue(m.kgCO2() >= 0));
    });
  }
}
