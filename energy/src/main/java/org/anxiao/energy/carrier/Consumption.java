package org.anxiao.energy.carrier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.jspecify.annotations.Nullable;

/**
 * An amount of one carrier used over one period (消费量): what the calculators read. Meter readings
 * become consumptions through {@code org.anxiao.energy.meter}; a caller with billed figures builds
 * them directly.
 *
 * <p>Invariants: {@code amount} is zero or more, in a unit of the carrier's kind (any energy unit
 * for electricity and heat, any volume unit for gas and water, any mass unit for liquid fuels,
 * coal and steam; another kind is {@code UNIT_MISMATCH}); {@code measuredCalorificValue}, when
 * given, is greater than zero and only for a fuel or steam. {@link #value()} is the amount in the
 * carrier's own unit ({@link Carrier#unit()}). Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"carrier": "ELECTRICITY", "period": "2024-03", "amount": {"value": "12500",
 * "unit": "kWh"}, "meterId": "M1", "buildingId": "B1", "endUse": "WHOLE", "estimated": false}}.
 *
 * @param carrier                the carrier
 * @param period                 the period the amount was used in
 * @param amount                 the amount, zero or more
 * @param meterId                the meter that measured it, if any
 * @param buildingId             the building it was used in, if known
 * @param endUse                 the end use ({@link EndUse#WHOLE} for a main meter)
 * @param estimated              true when the amount was estimated, not measured (gap filled)
 * @param measuredCalorificValue the fuel's measured net calorific value in kJ per carrier unit
 *                               (e.g. kJ/m³), which replaces the pack's coefficient (GB/T 2589 §4)
 */
public record Consumption(Carrier carrier, Period period, Measure amount, Optional<String> meterId,
    Optional<String> buildingId, EndUse endUse, boolean estimated, Optional<BigDecimal> measuredCalorificValue) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param carrier                the carrier
   * @param period                 the period the amount was used in
   * @param amount                 the amount, zero or more
   * @param meterId                the meter that measured it, if any
   * @param buildingId             the building it was used in, if known
   * @param endUse                 the end use ({@link EndUse#WHOLE} for a main meter)
   * @param estimated              true when the amount was estimated, not measured
   * @param measuredCalorificValue measured net calorific value in kJ per carrier unit, if any
   */
  public Consumption {
    Require.nonNull("carrier", carrier);
    Require.nonNull("period", period);
    Require.nonNull("amount", amount);
    Bounds.nonNegative("amount", amount.value());
    String kind = kindOf(amount.unit());
    String expected = kindOf(carrier.unit());
    if (!kind.equals(expected)) {
      throw new UnitMismatchException("amount", amount.unit(),
          "is a unit of " + kind + "; " + carrier + " is measured in " + expected + " (" + carrier.unit() + ")");
    }
    meterId = Objects.requireNonNullElse(meterId, Optional.empty());
    meterId.ifPresent(m -> Bounds.code("meterId", m));
    buildingId = Objects.requireNonNullElse(buildingId, Optional.empty());
    buildingId.ifPresent(b -> Bounds.code("buildingId", b));
    endUse = Objects.requireNonNullElse(endUse, EndUse.WHOLE);
    measuredCalorificValue = Objects.requireNonNullElse(measuredCalorificValue, Optional.empty());
    measuredCalorificValue.ifPresent(v -> Bounds.positive("measuredCalorificValue", v));
    if (measuredCalorificValue.isPresent() && !(carrier.isFuel() || carrier == Carrier.STEAM)) {
      throw new org.anxiao.core.error.InvalidValueException("measuredCalorificValue",
          measuredCalorificValue.get().toPlainString(), "applies to fuels and steam only, not " + carrier);
    }
  }

  /**
   * Reads the wire form, where every field but {@code carrier}, {@code period} and {@code amount} may be absent.
   */
  @JsonCreator
  static Consumption fromJson(@JsonProperty("carrier") Carrier carrier, @JsonProperty("period") Period period,
      @JsonProperty("amount") Measure amount, @JsonProperty("meterId") @Nullable String meterId,
      @JsonProperty("buildingId") @Nullable String buildingId, @JsonProperty("endUse") @Nullable EndUse endUse,
      @JsonProperty("estimated") @Nullable Boolean estimated,
      @JsonProperty("measuredCalorificValue") @Nullable BigDecimal measuredCalorificValue) {
    return new Consumption(carrier, period, amount, Optional.ofNullable(meterId), Optional.ofNullable(buildingId),
        endUse == null ? EndUse.WHOLE : endUse, Boolean.TRUE.equals(estimated), Optional.ofNullable(measuredCalorificValue));
  }

  /**
   * {@return a measured consumption of a whole supply, with no meter, building or calorific value}
   *
   * @param carrier the carrier
   * @param period  the period
   * @param amount  the amount, zero or more
   */
  public static Consumption of(Carrier carrier, Period period, Measure amount) {
    return new Consumption(carrier, period, amount, Optional.empty(), Optional.empty(), EndUse.WHOLE, false,
        Optional.empty());
  }

  /**
   * {@return a measured consumption of a whole supply}
   *
   * @param carrier the carrier
   * @param period  the period
   * @param decimal the amount as decimal text, zero or more
   * @param unit    the amount's unit code
   */
  public static Consumption of(Carrier carrier, Period period, String decimal, String unit) {
    return of(carrier, period, Measure.of(decimal, unit));
  }

  /** {@return the amount in the carrier's own unit ({@link Carrier#unit()}), as a double} */
  public double value() {
    if (amount.unit().equals(carrier.unit())) {
      return amount.value().doubleValue();
    }
    return convert(amount, carrier.unit()).doubleValue();
  }

  /** {@return the amount in the carrier's own unit, exactly (rounded only where the conversion does not terminate)} */
  public BigDecimal exactValue() {
    if (amount.unit().equals(carrier.unit())) {
      return amount.value();
    }
    return convert(amount, carrier.unit());
  }

  /**
   * {@return the same consumption marked as estimated}
   */
  public Consumption asEstimated() {
    return new Consumption(carrier, period, amount, meterId, buildingId, endUse, true, measuredCalorificValue);
  }

  private static String kindOf(String unit) {
    // Every Measure's unit is a code of AnxiaoUnits, and every carrier's unit is a core unit.
    return Objects.requireNonNull(AnxiaoUnits.definitions().get(unit), unit).kind();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static BigDecimal convert(Measure measure, String target) {
    // Both units are of one kind (checked at construction), so the raw conversion is sound.
    javax.measure.Unit from = AnxiaoUnits.unit(measure.unit());
    javax.measure.Unit to = AnxiaoUnits.unit(target);
    return AnxiaoUnits.toDecimal(AnxiaoUnits.of(measure.value(), from), to);
  }
}
