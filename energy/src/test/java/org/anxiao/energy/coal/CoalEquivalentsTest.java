package org.anxiao.energy.coal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;

/** Standard coal worked by hand from GB/T 2589-2020 annex values (pack cn.gbt2589.coal-equivalent@1.0.0). */
class CoalEquivalentsTest {
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");
  static final CalendarYear YEAR = new CalendarYear(2024);
  static final JurisdictionCode BEIJING = JurisdictionCode.of("110000");
  static final JurisdictionCode SHANGHAI_MINHANG = JurisdictionCode.of("310112");
  static final PackRef NATIONAL = PackRef.of("cn.gbt2589.coal-equivalent", "1.0.0");

  static CoalEquivalents coal(JurisdictionCode where) {
    return CoalEquivalents.in(RuleContext.standard(where, LocalDate.of(2024, 12, 31)));
  }

  /** Electricity 1 234 567 kWh, gas-field natural gas 85 432 m³, diesel 1 260 kg: a school's year. */
  static List<Consumption> schoolYear() {
    return List.of(Consumption.of(Carrier.ELECTRICITY, YEAR, "1234567", "kWh"),
        Consumption.of(Carrier.NATURAL_GAS, YEAR, "85432", "m3"), Consumption.of(Carrier.DIESEL, YEAR, "1260", "kg"));
  }

  private static double round2(double v) {
    return new BigDecimal(Double.toString(v)).setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  @Test
  void aSchoolYearOnTheCalorificBasis() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, schoolYear(), ElectricityBasis.CALORIFIC);
    // 1 234 567 × 0.1229 = 151 728.2843; 85 432 × 1.2143 = 103 740.0776; 1 260 × 1.4571 = 1 835.946.
    assertEquals(151728.28, round2(r.line(Carrier.ELECTRICITY).orElseThrow().kgce()));
    assertEquals(103740.08, round2(r.line(Carrier.NATURAL_GAS).orElseThrow().kgce()));
    assertEquals(1835.95, round2(r.line(Carrier.DIESEL).orElseThrow().kgce()));
    // 151 728.2843 + 103 740.0776 + 1 835.946 = 257 304.3079
    assertEquals(257304.31, round2(r.totalKgce()));
    assertEquals(ElectricityBasis.CALORIFIC, r.basis());
    assertEquals(new BigDecimal("0.1229"), r.line(Carrier.ELECTRICITY).orElseThrow().coefficient());
    assertEquals(List.of(NATIONAL), r.packs());
    assertEquals(List.of("electricityCalorific", "byVolume[NATURAL_GAS]", "byMass[DIESEL]"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList());
    assertEquals(257304.3079, AnxiaoUnits.toDouble(r.total(), AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT), 1e-9);
  }

  @Test
  void theSameYearOnThePrimaryBasis() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, schoolYear(), ElectricityBasis.PRIMARY);
    // 1 234 567 × 0.3055 = 377 160.2185; + 103 740.0776 + 1 835.946 = 482 736.2421
    assertEquals(377160.22, round2(r.line(Carrier.ELECTRICITY).orElseThrow().kgce()));
    assertEquals(482736.24, round2(r.totalKgce()));
    assertEquals("0.3055", r.rulesApplied().get(0).value());
  }

  @Test
  void waterAndExportedPvAreListedButNotCounted() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, List.of(
        Consumption.of(Carrier.WATER, YEAR, "5000", "m3"), Consumption.of(Carrier.PV_EXPORTED, YEAR, "5000", "kWh"),
        Consumption.of(Carrier.PV_SELF_CONSUMED, YEAR, "2000", "kWh")), ElectricityBasis.CALORIFIC);
    // Only the self-consumed PV counts: 2 000 × 0.1229 = 245.8
    assertEquals(245.8, r.totalKgce(), 1e-9);
    assertFalse(r.line(Carrier.WATER).orElseThrow().counted());
    assertEquals(0, r.line(Carrier.WATER).orElseThrow().kgce());
    assertEquals(5000, r.line(Carrier.WATER).orElseThrow().amount());
    assertFalse(r.line(Carrier.PV_EXPORTED).orElseThrow().counted());
    assertTrue(r.line(Carrier.PV_SELF_CONSUMED).orElseThrow().counted());
  }

  @Test
  void heatIsPerMegajouleAndAmountsInOtherUnitsConvert() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, List.of(Consumption.of(Carrier.HEAT, YEAR, "1000", "GJ"),
        Consumption.of(Carrier.LPG, YEAR, "2", "t")), ElectricityBasis.CALORIFIC);
    // 1 000 GJ = 1 000 000 MJ × 0.03412 = 34 120; 2 t = 2 000 kg × 1.7143 = 3 428.6
    assertEquals(34120, r.line(Carrier.HEAT).orElseThrow().kgce(), 1e-6);
    assertEquals(3428.6, r.line(Carrier.LPG).orElseThrow().kgce(), 1e-9);
  }

  @Test
  void aMeasuredCalorificValueReplacesTheRow() {
    Consumption gas = new Consumption(Carrier.NATURAL_GAS, YEAR, Measure.of("1000", "m3"), Optional.of("G1"),
        Optional.empty(), EndUse.SPECIAL, false, Optional.of(new BigDecimal("35000")));
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, List.of(gas), ElectricityBasis.CALORIFIC);
    // 35 000 kJ/m³ ÷ 29 307 kJ/kgce = 1.194253932… kgce/m³; × 1 000 = 1 194.25
    assertEquals(1194.25, round2(r.totalKgce()));
    assertEquals(List.of("kgceCalorificValue"), r.rulesApplied().stream().map(a -> a.parameter()).toList());
  }

  @Test
  void eachConsumptionsCoefficientIsTheOneApplied() {
    Consumption gas = new Consumption(Carrier.NATURAL_GAS, YEAR, Measure.of("1000", "m3"), Optional.of("G1"),
        Optional.empty(), EndUse.SPECIAL, false, Optional.of(new BigDecimal("35000")));
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, List.of(gas,
        Consumption.of(Carrier.ELECTRICITY, YEAR, "10", "kWh"), Consumption.of(Carrier.WATER, YEAR, "5", "m3")),
        ElectricityBasis.CALORIFIC);
    // 35 000 ÷ 29 307 = 1.194253932507592 (16 significant digits, DECIMAL64)
    assertEquals(new BigDecimal("1.194253932507592"), r.coefficient(0));
    assertEquals(new BigDecimal("0.1229"), r.coefficient(1));
    assertEquals(BigDecimal.ZERO, r.coefficient(2));
    assertEquals(Optional.of("index"), assertThrows(InvalidValueException.class, () -> r.coefficient(3)).field());
  }

  @Test
  void estimatedAmountsAreCarriedToTheLines() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, List.of(
        Consumption.of(Carrier.ELECTRICITY, new Month(2024, 1), "100", "kWh"),
        Consumption.of(Carrier.ELECTRICITY, new Month(2024, 2), "40", "kWh").asEstimated()), ElectricityBasis.CALORIFIC);
    assertEquals(40, r.line(Carrier.ELECTRICITY).orElseThrow().estimatedAmount());
    assertTrue(r.anyEstimated());
  }

  @Test
  void shanghaiPrimaryIsUnverifiedAndRefusedByDefault() {
    RulePackException e = assertThrows(RulePackException.class, () -> coal(SHANGHAI_MINHANG).convert(SCHOOL, YEAR,
        schoolYear(), ElectricityBasis.PRIMARY));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    CoalEquivalentResult allowed = CoalEquivalents.in(RuleContext.standard(SHANGHAI_MINHANG, LocalDate.of(2024, 12, 31))
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).convert(SCHOOL, YEAR, List.of(
            Consumption.of(Carrier.ELECTRICITY, YEAR, "1000000", "kWh")), ElectricityBasis.PRIMARY);
    // 1 000 000 × 0.28078 = 280 780
    assertEquals(280780, allowed.totalKgce(), 1e-6);
    // Shanghai on the calorific basis reads 0.1229 from the national pack.
    assertEquals(122900, coal(SHANGHAI_MINHANG).convert(SCHOOL, YEAR, List.of(
        Consumption.of(Carrier.ELECTRICITY, YEAR, "1000000", "kWh")), ElectricityBasis.CALORIFIC).totalKgce(), 1e-6);
  }

  @Test
  void comparingWithAFigureOnTheOtherBasisIsRefused() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, schoolYear(), ElectricityBasis.CALORIFIC);
    UnitMismatchException e = assertThrows(UnitMismatchException.class, () -> r.requireBasis("quota", ElectricityBasis.PRIMARY));
    assertEquals(Optional.of("quota"), e.field());
    assertEquals(r, r.requireBasis("quota", ElectricityBasis.CALORIFIC));
  }

  @Test
  void badInputNamesItsField() {
    CoalEquivalents coal = coal(BEIJING);
    assertEquals(Optional.of("amount"), assertThrows(InvalidValueException.class,
        () -> Consumption.of(Carrier.ELECTRICITY, YEAR, "-1", "kWh")).field());
    assertEquals(Optional.of("amount"), assertThrows(UnitMismatchException.class,
        () -> Consumption.of(Carrier.ELECTRICITY, YEAR, "1", "kg")).field());
    assertThrows(MissingValueException.class, () -> coal.convert(SCHOOL, YEAR, List.of(), ElectricityBasis.CALORIFIC));
    assertEquals(Optional.of("consumptions[0].period"), assertThrows(InvalidValueException.class,
        () -> coal.convert(SCHOOL, YEAR, List.of(Consumption.of(Carrier.ELECTRICITY, new CalendarYear(2023), "1", "kWh")),
            ElectricityBasis.CALORIFIC)).field());
    Consumption march = new Consumption(Carrier.ELECTRICITY, new Month(2024, 3), Measure.of("1", "kWh"), Optional.of("E1"),
        Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    Consumption q1 = new Consumption(Carrier.ELECTRICITY, org.anxiao.core.time.Period.parse("2024-Q1"), Measure.of("3", "kWh"),
        Optional.of("E1"), Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    assertThrows(PeriodOverlapException.class, () -> coal.convert(SCHOOL, YEAR, List.of(march, q1), ElectricityBasis.CALORIFIC));
    assertEquals(Optional.of("measuredCalorificValue"), assertThrows(InvalidValueException.class,
        () -> new Consumption(Carrier.ELECTRICITY, YEAR, Measure.of("1", "kWh"), Optional.empty(), Optional.empty(),
            EndUse.WHOLE, false, Optional.of(BigDecimal.TEN))).field());
    assertEquals("UNKNOWN_CODE", assertThrows(org.anxiao.core.error.WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\"carrier\":\"TOWN_GAS\",\"period\":\"2024\",\"amount\":{\"value\":\"1\",\"unit\":\"m3\"}}",
            Consumption.class)).modelError().orElseThrow().errorCode());
  }

  @Test
  void aCarrierWithoutARowIsAnUnknownCode() {
    // Oil-field gas has a row; a pack without it refuses the carrier rather than counting it at zero.
    CoalEquivalents coal = CoalPackFixtures.withoutOilFieldGas();
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> coal.convert(SCHOOL, YEAR,
        List.of(Consumption.of(Carrier.NATURAL_GAS_OIL_FIELD, YEAR, "1", "m3")), ElectricityBasis.CALORIFIC));
    assertTrue(e.getMessage().contains("NATURAL_GAS_OIL_FIELD"), e.getMessage());
  }

  @Test
  void theResultBecomesAnAssessmentAndRoundTrips() {
    CoalEquivalentResult r = coal(BEIJING).convert(SCHOOL, YEAR, schoolYear(), ElectricityBasis.CALORIFIC);
    Assessment a = r.toAssessment(Instant.parse("2025-01-05T00:00:00Z"));
    assertEquals("anxiao.energy.coal-equivalent", a.calculator());
    assertEquals(List.of(NATIONAL), List.copyOf(a.packs()));
    assertEquals(3, a.rulesApplied().size());
    String json = AnxiaoJson.strict().write(r);
    assertEquals(r, AnxiaoJson.strict().read(json, CoalEquivalentResult.class));
    // The digest covers the inputs: another amount, another digest.
    CoalEquivalentResult other = coal(BEIJING).convert(SCHOOL, YEAR, List.of(Consumption.of(Carrier.ELECTRICITY, YEAR, "1", "kWh")),
        ElectricityBasis.CALORIFIC);
    assertFalse(a.inputsDigest().equals(other.toAssessment(Instant.EPOCH).inputsDigest()));
  }

  @Test
  void noPackBeforeGbT2589_2020CameIntoForce() {
    assertEquals("RULE_NOT_FOUND", assertThrows(RulePackException.class,
        () -> CoalEquivalents.in(RuleContext.standard(BEIJING, LocalDate.of(2021, 3, 31)))).errorCode());
  }
}
