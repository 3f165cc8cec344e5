package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.food.FoodSafetyLogs;
import org.anxiao.logistics.food.FoodSafetyRoutineRule;
import org.anxiao.logistics.food.FoodSample;
import org.anxiao.logistics.food.StaffOnDuty;
import org.quicktheories.core.Gen;

/**
 * Food-safety samples at and beside the minimums of the shipped pack {@code cn.food-safety-routines} (read through
 * {@link FoodSafetyLogs#rule()} in Guangdong, which has no pack of its own): mass at the minimum and 0.01 g either
 * side (125 g: 124.99, 125, 125.01 g), time kept at the minimum and one minute either side (48 h: 47 h 59 min,
 * 48 h, 48 h 1 min); health certificates (健康证明) around the day of work when the pack asks for them
 * ({@code healthCertificates}): valid on their expiry date, expired from the day after (so on the day a certificate
 * that expired the day before is expired); and invalid samples labelled with their error.
 */
public final class FoodEdgeCases {
  /** Guangdong: the national pack only. */
  public static final JurisdictionCode NATIONAL = JurisdictionCode.of("440000");

  private FoodEdgeCases() {}

  /** {@return the rule of cn.food-safety-routines on {@link FoodGenerators#DAY}} */
  public static FoodSafetyRoutineRule nationalRule() {
    return FoodSafetyLogs.in(RuleContext.standard(NATIONAL, FoodGenerators.DAY)).rule();
  }

  /** {@return sample masses in grams at the pack's minimum and 0.01 g either side} */
  public static Gen<BigDecimal> sampleMasses() {
    return Boundaries.around(List.of(nationalRule().sampleMinimumMass().value()), new BigDecimal("0.01"));
  }

  /** {@return minutes kept at the pack's minimum hours and one minute either side} */
  public static Gen<Long> sampleMinutes() {
    long minutes = nationalRule().sampleMinimumHours().value() * 60;
    return Boundaries.around(List.of(BigDecimal.valueOf(minutes)), BigDecimal.ONE).map(BigDecimal::longValueExact);
  }

  /** {@return samples of 米饭 with mass and time kept each at or beside its minimum} */
  public static Gen<FoodSample> samplesAtTheMinimums() {
    return sampleMasses().zip(sampleMinutes(), (g, min) -> FoodGenerators.sample("米饭", g, Optional.of(min)));
  }

  /**
   * {@return staff whose certificate's last valid day is the day before {@link FoodGenerators#DAY} (expired on it), the
   * day itself (still valid) or the day after}
   */
  public static Gen<StaffOnDuty> certificatesAroundTheDay() {
    return Boundaries.aroundInts(List.of(0), -1).map(d -> new StaffOnDuty("赵厨师",
        Optional.of(FoodGenerators.DAY.plusDays(d))));
  }

  /** {@return a sample "mass" in square metres: UNIT_MISMATCH naming mass} */
  public static Gen<InvalidInput<FoodSample>> massInTheWrongUnit() {
    return integers().between(1, 1000).map(n -> InvalidInput.of(n + " m² as a sample mass", "UNIT_MISMATCH", "mass",
        () -> {
          @SuppressWarnings({"unchecked", "rawtypes"})
          javax.measure.Quantity<javax.measure.quantity.Mass> wrong =
              (javax.measure.Quantity) AnxiaoUnits.of(BigDecimal.valueOf(n), AnxiaoUnits.SQUARE_METER);
          return new FoodSample("米饭", wrong, FoodGenerators.RETAINED, Optional.empty(), true, true);
        }));
  }

  /** {@return a sample discarded 1–600 minutes before it was retained: INVALID_VALUE naming discardedAt} */
  public static Gen<InvalidInput<FoodSample>> discardedBeforeRetained() {
    return integers().between(1, 600).map(m -> InvalidInput.of("discarded " + m + " min before retained",
        "INVALID_VALUE", "discardedAt", () -> new FoodSample("米饭", FoodGenerators.grams(BigDecimal.valueOf(150)),
            FoodGenerators.RETAINED, Optional.of(FoodGenerators.RETAINED.minusMinutes(m)), true, true)));
  }
}
