package org.anxiao.energy.meter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Consumption;

/** Shared builders of the meter tests: the standard context, subjects, readings by date. */
final class MeterFixtures {
  static final JurisdictionCode CN = JurisdictionCode.of("CN");
  static final RuleContext CN_2024 = RuleContext.of(RulePackRegistry.standard(), CN, LocalDate.of(2024, 12, 31));
  static final MeterData METERS_2024 = MeterData.in(CN_2024);
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "31011200001");

  private MeterFixtures() {}

  static LocalDateTime at(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 0, 0);
  }

  static RegisterReading read(String meter, LocalDateTime at, String value, String unit) {
    return RegisterReading.of(meter, at, value, unit);
  }

  static IntervalReading monthValue(String meter, int year, int month, String amount, String unit) {
    return IntervalReading.of(meter, new Month(year, month), Measure.of(amount, unit));
  }

  /** The consumption of {@code meter} in {@code month}. */
  static Consumption in(MeterDataResult result, String meter, int year, int month) {
    return result.consumptionsOf(meter).stream().filter(c -> c.period().equals(new Month(year, month))).findFirst()
        .orElseThrow(() -> new AssertionError("no consumption of " + meter + " in " + year + "-" + month));
  }

  /** The exact amount of {@code meter} in {@code month}. */
  static BigDecimal amount(MeterDataResult result, String meter, int year, int month) {
    return in(result, meter, year, month).amount().value();
  }

  /** Asserts that {@code actual} equals the decimal {@code expected} numerically. */
  static void assertAmount(String expected, BigDecimal actual) {
    org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  static BigDecimal total(List<Consumption> consumptions) {
    return consumptions.stream().map(c -> c.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
