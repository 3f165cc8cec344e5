package org.anxiao.energy.dualcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Each component bound of {@link GlideTarget} at its limit and one past it. */
class GlideTargetBoundariesTest {

  private static GlideTarget target(long baselineYear, long targetYear, int year, double baseline, String cut,
      double value) {
    return new GlideTarget(IntensityMetric.ENERGY_PER_AREA, year, baselineYear, targetYear, baseline,
        new BigDecimal(cut), GlidePath.LINEAR, value, List.of());
  }

  private static InvalidValueException refused(long baselineYear, long targetYear, int year, double baseline,
      String cut, double value) {
    return assertThrows(InvalidValueException.class, () -> target(baselineYear, targetYear, year, baseline, cut, value));
  }

  @Test
  void yearsAtTheirLimitsAreAccepted() {
    // 1900 is the first year allowed, 2200 the last.
    assertEquals(1900, target(1900, 1901, 1900, 20, "5", 20).baselineYear());
    assertEquals(2200, target(2199, 2200, 2200, 20, "5", 19).targetYear());
    assertEquals(2199, target(2199, 2200, 2199, 20, "5", 20).year());
  }

  @Test
  void yearsPastTheirLimitsAreRefusedNamingTheField() {
    assertEquals(Optional.of("baselineYear"), refused(1899, 1901, 1900, 20, "5", 20).field());
    assertEquals(Optional.of("baselineYear"), refused(2201, 2202, 2201, 20, "5", 20).field());
    // A baseline year of 2200 is itself allowed: what fails is the target year after it (2201 > 2200).
    InvalidValueException at2200 = refused(2200, 2201, 2200, 20, "5", 20);
    assertEquals(Optional.of("targetYear"), at2200.field());
    assertEquals("must be 1900 to 2200", at2200.rule());
    // A target year of 2201 with a valid baseline year and year.
    assertEquals(Optional.of("targetYear"), refused(2000, 2201, 2000, 20, "5", 20).field());
    // A target year of 1900 is in range; it fails because it is not after the baseline year 1900.
    InvalidValueException at1900 = refused(1900, 1900, 1900, 20, "5", 20);
    assertEquals(Optional.of("targetYear"), at1900.field());
    assertEquals("must be after the baseline year 1900", at1900.rule());
    // Equal years: no path.
    InvalidValueException equal = refused(2020, 2020, 2020, 20, "5", 20);
    assertEquals(Optional.of("targetYear"), equal.field());
    assertEquals("must be after the baseline year 2020", equal.rule());
    // The year outside baseline..target, either side.
    assertEquals(Optional.of("year"), refused(2020, 2025, 2019, 20, "5", 20).field());
    assertEquals(Optional.of("year"), refused(2020, 2025, 2026, 20, "5", 20).field());
  }

  @Test
  void valuesMustBeAboveZeroAndTheCutBelowOneHundred() {
    assertEquals(Optional.of("baseline"), refused(2020, 2025, 2020, 0, "5", 20).field());
    assertEquals(Optional.of("baseline"), refused(2020, 2025, 2020, -1, "5", 20).field());
    assertEquals(Optional.of("value"), refused(2020, 2025, 2020, 20, "5", 0).field());
    assertEquals(Optional.of("value"), refused(2020, 2025, 2020, 20, "5", -1).field());
    assertEquals(Optional.of("reductionPercent"), refused(2020, 2025, 2020, 20, "100", 20).field());
    assertEquals(Optional.of("reductionPercent"), refused(2020, 2025, 2020, 20, "-1", 20).field());
    // Just above zero and just below 100 % are fine; a cut of 0 % too.
    assertEquals(new BigDecimal("99.99"), target(2020, 2025, 2025, Double.MIN_VALUE, "99.99", Double.MIN_VALUE)
        .reductionPercent());
    assertEquals(BigDecimal.ZERO, target(2020, 2025, 2025, 20, "0", 20).reductionPercent());
  }
}
