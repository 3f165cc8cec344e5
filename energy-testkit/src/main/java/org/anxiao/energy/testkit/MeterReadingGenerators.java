package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.meter.Meter;
import org.anxiao.energy.meter.MeterDataInput;
import org.anxiao.energy.meter.MeterReplacement;
import org.anxiao.energy.meter.RegisterReading;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of cumulative meter data ({@link MeterDataInput}) over one calendar year: register
 * readings at month starts and within months, never going backwards except across a
 * {@link MeterReplacement} (the new register starting from a small value), optionally missing the
 * first or last months (gaps). Increments are whole thousandths of the meter's own unit, so the
 * total the readings imply is exact ({@link MeterSeriesCase#total()}).
 */
public final class MeterReadingGenerators {
  /** The id of the generated meter. */
  public static final String METER = "M1";

  private MeterReadingGenerators() {}

  /**
   * {@return a year's readings of one meter of {@code carrier}, complete (no gap), with zero to two replacements}
   *
   * @param carrier the carrier the meter measures (readings in its own unit)
   * @param year    the calendar year
   */
  public static Gen<MeterSeriesCase> complete(Carrier carrier, int year) {
    return series(carrier, year, false);
  }

  /**
   * {@return a year's readings of one meter of {@code carrier}, possibly starting late or ending early (gaps), with replacements}
   *
   * @param carrier the carrier the meter measures
   * @param year    the calendar year
   */
  public static Gen<MeterSeriesCase> withGaps(Carrier carrier, int year) {
    return series(carrier, year, true);
  }

  private static Gen<MeterSeriesCase> series(Carrier carrier, int year, boolean gaps) {
    Gen<Integer> increments = integers().between(0, 50_000_000);
    return in -> {
      int firstMonth = gaps ? integers().between(1, 4).generate(in) : 1;
      int lastMonth = gaps ? integers().between(Math.max(firstMonth, 9), 12).generate(in) : 12;
      String unit = carrier.unit();
      List<RegisterReading> readings = new ArrayList<>();
      List<MeterReplacement> replacements = new ArrayList<>();
      BigDecimal register = BigDecimal.valueOf(integers().between(0, 1_000_000).generate(in));
      BigDecimal total = BigDecimal.ZERO;
      LocalDateTime at = LocalDateTime.of(year, firstMonth, 1, 0, 0);
      LocalDateTime end = lastMonth == 12 ? LocalDateTime.of(year + 1, 1, 1, 0, 0) : LocalDateTime.of(year, lastMonth + 1, 1, 0, 0);
      readings.add(new RegisterReading(METER, at, Measure.of(register.toPlainString(), unit)));
      int replaced = 0;
      while (at.isBefore(end)) {
        LocalDateTime next = at.plusDays(integers().between(5, 40).generate(in));
        if (next.isAfter(end) || (Generate.booleans().generate(in) && next.getMonth() != at.getMonth())) {
          next = next.isAfter(end) ? end : next.withDayOfMonth(1);
        }
        if (!next.isAfter(at)) {
          next = at.plusDays(1);
        }
        if (replaced < 2 && integers().between(0, 9).generate(in) == 0) {
          // Replace the register halfway: the old one's last value, then a new one from a small value.
          LocalDateTime swap = at.plusSeconds(java.time.Duration.between(at, next).toSeconds() / 2);
          BigDecimal used = BigDecimal.valueOf(increments.generate(in), 3);
          BigDecimal initial = BigDecimal.valueOf(integers().between(0, 100).generate(in));
          replacements.add(new MeterReplacement(METER, swap, Measure.of(register.add(used).toPlainString(), unit),
              Measure.of(initial.toPlainString(), unit)));
          total = total.add(used);
          register = initial;
          replaced++;
        }
        BigDecimal used = BigDecimal.valueOf(increments.generate(in), 3);
        register = register.add(used);
        total = total.add(used);
        readings.add(new RegisterReading(METER, next, Measure.of(register.toPlainString(), unit)));
        at = next;
      }
      List<Integer> gapMonths = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (m < firstMonth || m > lastMonth) {
          gapMonths.add(m);
        }
      }
      MeterDataInput input = MeterDataInput.ofRegisters(List.of(Meter.cumulative(METER, carrier, unit)), readings, replacements);
      return new MeterSeriesCase(new CalendarYear(year), input, total, gapMonths);
    };
  }

  /**
   * {@return meter data the library refuses, labelled: a negative reading ({@code INVALID_VALUE}),
   * a reading in a unit other than the meter's ({@code UNIT_MISMATCH}), a reading of an unknown
   * meter ({@code UNKNOWN_CODE}), no meter ({@code MISSING_VALUE})}
   *
   * @param carrier the carrier of the meter
   */
  public static Gen<InvalidInput<MeterDataInput>> invalidInputs(Carrier carrier) {
    String unit = carrier.unit();
    LocalDateTime jan = LocalDateTime.of(2024, 1, 1, 0, 0);
    Meter meter = Meter.cumulative(METER, carrier, unit);
    Gen<InvalidInput<MeterDataInput>> negative = integers().between(1, 1_000_000).map(v -> InvalidInput.of(
        "reading -" + v + " " + unit, "INVALID_VALUE", "reading",
        () -> MeterDataInput.ofRegisters(List.of(meter), List.of(RegisterReading.of(METER, jan, "-" + v, unit)), List.of())));
    // Another unit of the meter's kind, or one of another kind; drawn without an assumption, so that
    // no run gives up for want of examples (the kind's list can be as short as the meter's own and one more).
    List<String> sameKind = new ArrayList<>(CarrierGenerators.unitCodesOf(carrier));
    sameKind.remove(unit);
    Gen<String> otherUnits = sameKind.isEmpty() ? CarrierGenerators.wrongUnitsOf(carrier)
        : Generate.pick(sameKind).mix(CarrierGenerators.wrongUnitsOf(carrier));
    Gen<InvalidInput<MeterDataInput>> wrongUnit = otherUnits.map(u -> InvalidInput.of("reading in " + u + " of a meter in " + unit,
            "UNIT_MISMATCH", "registerReadings[0].reading", () -> MeterDataInput.ofRegisters(List.of(meter),
                List.of(RegisterReading.of(METER, jan, "1", u)), List.of())));
    Gen<InvalidInput<MeterDataInput>> unknownMeter = Generate.pick(List.of("M2", "X", "m1")).map(id -> InvalidInput.of(
        "reading of unknown meter " + id, "UNKNOWN_CODE", "registerReadings[0].meterId", () -> MeterDataInput.ofRegisters(
            List.of(meter), List.of(RegisterReading.of(id, jan, "1", unit)), List.of())));
    Gen<InvalidInput<MeterDataInput>> noMeter = Generate.constant(InvalidInput.of("no meter", "MISSING_VALUE", "meters",
        () -> MeterDataInput.ofRegisters(List.of(), List.of(), List.of())));
    return negative.mix(wrongUnit).mix(unknownMeter, 30).mix(noMeter, 10);
  }

  /**
   * {@return a year's readings in which one reading goes backwards with no replacement to explain it:
   * {@code MeterData.monthly} refuses it with {@code INVALID_VALUE}}
   *
   * @param carrier the carrier of the meter
   * @param year    the calendar year
   */
  public static Gen<MeterSeriesCase> goingBackwards(Carrier carrier, int year) {
    return complete(carrier, year).zip(integers().between(1, 1_000_000), (c, drop) -> {
      // A reading above the next one, between it and the one before: the next one then goes backwards.
      List<RegisterReading> readings = new ArrayList<>(c.input().registerReadings());
      int i = readings.size() / 2;
      RegisterReading before = readings.get(i - 1);
      RegisterReading after = readings.get(i);
      LocalDateTime between = before.readAt().plusSeconds(java.time.Duration.between(before.readAt(), after.readAt()).toSeconds() / 2);
      BigDecimal higher = after.reading().value().add(BigDecimal.valueOf(drop, 3));
      readings.add(i, new RegisterReading(METER, between, Measure.of(higher.toPlainString(), carrier.unit())));
      return new MeterSeriesCase(c.period(), MeterDataInput.ofRegisters(c.input().meters(), readings,
          c.input().replacements()), c.total(), c.gapMonths());
    });
  }

  /** {@return monthly profiles for gap estimation: twelve whole weights from 1 to 100} */
  public static Gen<org.anxiao.energy.meter.MonthlyProfile> profiles() {
    return org.quicktheories.generators.SourceDSL.lists().of(integers().between(1, 100)).ofSize(12)
        .map(w -> new org.anxiao.energy.meter.MonthlyProfile(w.stream().map(BigDecimal::valueOf).toList()));
  }
}
