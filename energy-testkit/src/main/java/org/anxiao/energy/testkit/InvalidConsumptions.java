package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Quarter;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invalid consumptions, and consumption lists a calculator must refuse, each labelled with the
 * error code (and field) the library raises: a negative amount or calorific value
 * ({@code INVALID_VALUE}), a unit of the wrong kind ({@code UNIT_MISMATCH}), a calorific value on
 * electricity ({@code INVALID_VALUE}), an unknown carrier on the wire ({@code UNKNOWN_CODE}), one
 * meter's periods overlapping ({@code PERIOD_OVERLAP}), a consumption outside the reporting
 * period ({@code INVALID_VALUE}), no consumption at all ({@code MISSING_VALUE}), an amount that is not a
 * finite decimal on the wire (NaN, ∞, 1e400, a decimal comma: {@code INVALID_VALUE} naming
 * {@code value}, the amount's decimal string).
 */
public final class InvalidConsumptions {
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "kit");

  private InvalidConsumptions() {}

  /** {@return invalid consumptions: negative amounts, wrong-kind units, bad calorific values, unknown carriers} */
  public static Gen<InvalidInput<Consumption>> consumptions() {
    Period year = new CalendarYear(2024);
    Gen<Carrier> carriers = CarrierGenerators.carriers();
    Gen<InvalidInput<Consumption>> negative = carriers.zip(integers().between(1, 10_000_000), (c, a) -> InvalidInput.of(
        "negative amount -" + a + " " + c.unit() + " of " + c, "INVALID_VALUE", "amount",
        () -> Consumption.of(c, year, "-" + a, c.unit())));
    Gen<InvalidInput<Consumption>> wrongUnit = carriers.flatMap(c -> CarrierGenerators.wrongUnitsOf(c).map(u -> InvalidInput.of(
        c + " in " + u, "UNIT_MISMATCH", "amount", () -> Consumption.of(c, year, "100", u))));
    Gen<InvalidInput<Consumption>> calorificOnElectricity = Generate.pick(List.of(Carrier.ELECTRICITY, Carrier.HEAT,
        Carrier.WATER, Carrier.PV_SELF_CONSUMED)).map(c -> InvalidInput.of("a measured calorific value on " + c,
        "INVALID_VALUE", "measuredCalorificValue", () -> withCalorificValue(c, year, BigDecimal.valueOf(3600))));
    Gen<InvalidInput<Consumption>> nonPositiveCalorific = Generate.pick(CarrierGenerators.fuels()).zip(
        integers().between(-50_000, 0), (c, v) -> InvalidInput.of("calorific value " + v + " on " + c, "INVALID_VALUE",
            "measuredCalorificValue", () -> withCalorificValue(c, year, BigDecimal.valueOf(v))));
    Gen<InvalidInput<Consumption>> unknownCarrier = Generate.pick(List.of("TOWN_GAS", "BIOMASS", "electricity", "")).map(name ->
        InvalidInput.of("unknown carrier \"" + name + "\" on the wire", "UNKNOWN_CODE", "carrier", () -> read(
            "{\"carrier\":\"" + name + "\",\"period\":\"2024\",\"amount\":{\"value\":\"1\",\"unit\":\"kWh\"}}")));
    Gen<InvalidInput<Consumption>> notFinite = Generate.pick(List.of("NaN", "Infinity", "-Infinity", "1e400", "12,5")).map(text ->
        InvalidInput.of("amount \"" + text + "\" on the wire", "INVALID_VALUE", "value", () -> read(
            "{\"carrier\":\"ELECTRICITY\",\"period\":\"2024\",\"amount\":{\"value\":\"" + text + "\",\"unit\":\"kWh\"}}")));
    return negative.mix(wrongUnit).mix(notFinite, 20).mix(calorificOnElectricity, 30).mix(nonPositiveCalorific, 25).mix(unknownCarrier, 20);
  }

  /** {@return lists the coal-equivalent calculator must refuse: one meter's overlapping periods, a period outside, none at all} */
  public static Gen<InvalidInput<CoalEquivalentResult>> conversions() {
    CoalEquivalents coal = CoalEquivalents.in(org.anxiao.core.rule.RuleContext.of(
        org.anxiao.core.rule.RulePackRegistry.standard(), org.anxiao.core.jurisdiction.JurisdictionCode.of("110000"),
        java.time.LocalDate.of(2024, 12, 31)));
    Period year = new CalendarYear(2024);
    Gen<InvalidInput<CoalEquivalentResult>> overlap = integers().between(1, 4).map(q -> InvalidInput.of(
        "meter E1 over month " + (3 * q) + " and quarter " + q + " of 2024", "PERIOD_OVERLAP", "consumptions[E1/ELECTRICITY].period",
        () -> coal.convert(SUBJECT, year, List.of(metered(new Month(2024, 3 * q)), metered(new Quarter(2024, q))),
            ElectricityBasis.CALORIFIC)));
    Gen<InvalidInput<CoalEquivalentResult>> outside = integers().between(2000, 2023).map(y -> InvalidInput.of(
        "a consumption of " + y + " in a report of 2024", "INVALID_VALUE", "consumptions[0].period",
        () -> coal.convert(SUBJECT, year, List.of(Consumption.of(Carrier.ELECTRICITY, new CalendarYear(y), "1", "kWh")),
            ElectricityBasis.CALORIFIC)));
    Gen<InvalidInput<CoalEquivalentResult>> none = CarrierGenerators.bases().map(b -> InvalidInput.of("no consumption",
        "MISSING_VALUE", "consumptions", () -> coal.convert(SUBJECT, year, List.of(), b)));
    return overlap.mix(outside).mix(none, 20);
  }

  private static Consumption metered(Period period) {
    return new Consumption(Carrier.ELECTRICITY, period, org.anxiao.core.unit.Measure.of("100", "kWh"),
        java.util.Optional.of("E1"), java.util.Optional.empty(), EndUse.WHOLE, false, java.util.Optional.empty());
  }

  private static Consumption withCalorificValue(Carrier carrier, Period period, BigDecimal value) {
    return new Consumption(carrier, period, org.anxiao.core.unit.Measure.of("100", carrier.unit()), java.util.Optional.empty(),
        java.util.Optional.empty(), EndUse.WHOLE, false, java.util.Optional.of(value));
  }

  /** Reads the wire form strictly; a model error behind a wire error is the error raised. */
  private static Consumption read(String json) {
    try {
      return AnxiaoJson.strict().read(json, Consumption.class);
    } catch (WireFormatException e) {
      throw e.modelError().orElse(e);
    }
  }
}
