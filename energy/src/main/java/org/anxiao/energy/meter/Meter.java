package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.UnitDefinition;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.EndUse;
import org.jspecify.annotations.Nullable;

/**
 * A meter (计量表): what it measures, in which unit its readings are written, where, for which end
 * use (分项计量), and how its register behaves.
 *
 * <p>Invariants: {@code id} is a code; {@code unit} is a unit code of the carrier's kind (energy for
 * electricity and heat, volume for gas and water, mass for liquid fuels, coal and steam; another
 * kind, a unit without a definition, or a coal-equivalent unit is {@code UNIT_MISMATCH} — a meter
 * registers what is delivered, never its coal equivalent); {@code rollover}, only for a
 * {@link RegisterKind#CUMULATIVE} register, is greater than zero; {@code multiplier} is greater
 * than zero.
 *
 * <p>Rollover: a register showing at most 99999.9 wraps to 0 at 100000, and {@code rollover} is
 * that modulus, 100000 (not the largest value shown: with it, {@code rollover − previous + current}
 * is the exact consumption across the wrap). Every reading of the meter must be below it.
 *
 * <p>Multiplier (倍率, the CT/PT ratio): consumption = register difference (or interval amount) ×
 * multiplier. Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"id": "E-01", "carrier": "ELECTRICITY", "unit": "kWh", "buildingId": "B1",
 * "endUse": "LIGHTING_SOCKETS", "registerKind": "CUMULATIVE", "rollover": "100000", "multiplier": "80"}};
 * {@code buildingId}, {@code endUse} (default {@code WHOLE}), {@code rollover} and {@code multiplier}
 * (default 1) may be absent.
 *
 * @param id           the meter's id (表号)
 * @param carrier      the carrier it measures
 * @param unit         the unit code of its readings, e.g. {@code kWh}, {@code m3}
 * @param buildingId   the building it serves, if known
 * @param endUse       the end use it measures ({@link EndUse#WHOLE} for a main meter)
 * @param registerKind cumulative register or interval values
 * @param rollover     the register's modulus, in {@code unit}, if it wraps (cumulative only)
 * @param multiplier   the CT/PT ratio the register values are multiplied by, greater than zero
 */
public record Meter(String id, Carrier carrier, String unit, Optional<String> buildingId, EndUse endUse,
    RegisterKind registerKind, Optional<BigDecimal> rollover, BigDecimal multiplier) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id           the meter's id
   * @param carrier      the carrier it measures
   * @param unit         the unit code of its readings
   * @param buildingId   the building it serves, if known
   * @param endUse       the end use it measures
   * @param registerKind cumulative register or interval values
   * @param rollover     the register's modulus, if it wraps
   * @param multiplier   the CT/PT ratio, greater than zero
   */
  public Meter {
    Bounds.code("id", id);
    Require.nonNull("carrier", carrier);
    requireUnitOf("unit", unit, carrier);
    buildingId = Objects.requireNonNullElse(buildingId, Optional.empty());
    buildingId.ifPresent(b -> Bounds.code("buildingId", b));
    Require.nonNull("endUse", endUse);
    Require.nonNull("registerKind", registerKind);
    rollover = Objects.requireNonNullElse(rollover, Optional.empty());
    rollover.ifPresent(r -> Bounds.positive("rollover", r));
    if (rollover.isPresent() && registerKind != RegisterKind.CUMULATIVE) {
      throw new InvalidValueException("rollover", rollover.get().toPlainString(),
          "applies to a cumulative register only, not to " + registerKind);
    }
    Bounds.positive("multiplier", multiplier);
  }

  /**
   * Reads the wire form, where {@code buildingId}, {@code endUse}, {@code rollover} and {@code multiplier} may be absent.
   */
  @JsonCreator
  static Meter fromJson(@JsonProperty("id") String id, @JsonProperty("carrier") Carrier carrier,
      @JsonProperty("unit") String unit, @JsonProperty("buildingId") @Nullable String buildingId,
      @JsonProperty("endUse") @Nullable EndUse endUse, @JsonProperty("registerKind") RegisterKind registerKind,
      @JsonProperty("rollover") @Nullable BigDecimal rollover, @JsonProperty("multiplier") @Nullable BigDecimal multiplier) {
    return new Meter(id, carrier, unit, Optional.ofNullable(buildingId), endUse == null ? EndUse.WHOLE : endUse,
        registerKind, Optional.ofNullable(rollover), multiplier == null ? BigDecimal.ONE : multiplier);
  }

  /**
   * {@return a cumulative main meter (总表) with multiplier 1 and no rollover, not tied to a building}
   *
   * @param id      the meter's id
   * @param carrier the carrier it measures
   * @param unit    the unit code of its readings
   */
  public static Meter cumulative(String id, Carrier carrier, String unit) {
    return new Meter(id, carrier, unit, Optional.empty(), EndUse.WHOLE, RegisterKind.CUMULATIVE, Optional.empty(),
        BigDecimal.ONE);
  }

  /**
   * {@return an interval main meter (总表) with multiplier 1, not tied to a building}
   *
   * @param id      the meter's id
   * @param carrier the carrier it measures
   * @param unit    the unit code of its values
   */
  public static Meter interval(String id, Carrier carrier, String unit) {
    return new Meter(id, carrier, unit, Optional.empty(), EndUse.WHOLE, RegisterKind.INTERVAL, Optional.empty(),
        BigDecimal.ONE);
  }

  /**
   * {@return this meter with a rollover modulus}
   *
   * @param modulus the value at which the register reads 0 again, e.g. 100000
   */
  public Meter withRollover(BigDecimal modulus) {
    return new Meter(id, carrier, unit, buildingId, endUse, registerKind, Optional.of(Require.nonNull("modulus", modulus)),
        multiplier);
  }

  /**
   * {@return this meter with a multiplier (CT/PT ratio)}
   *
   * @param ratio the multiplier, greater than zero
   */
  public Meter withMultiplier(BigDecimal ratio) {
    return new Meter(id, carrier, unit, buildingId, endUse, registerKind, rollover, ratio);
  }

  /**
   * {@return this meter placed in a building and assigned an end use}
   *
   * @param building the building's id
   * @param use      the end use it measures
   */
  public Meter in(String building, EndUse use) {
    return new Meter(id, carrier, unit, Optional.of(Bounds.code("building", building)), use, registerKind, rollover,
        multiplier);
  }

  /** Refuses a unit that is not a delivered-amount unit of the carrier's kind. */
  private static void requireUnitOf(String field, String unit, Carrier carrier) {
    Bounds.code(field, unit);
    AnxiaoUnits.unit(unit);
    UnitDefinition definition = AnxiaoUnits.definitions().get(unit);
    UnitDefinition expected = Objects.requireNonNull(AnxiaoUnits.definitions().get(carrier.unit()), carrier.unit());
    if (definition == null || !definition.kind().equals(expected.kind())) {
      throw new UnitMismatchException(field, unit, "must be a unit of " + expected.kind() + ", as " + carrier
          + " is measured in (" + carrier.unit() + ")");
    }
    if (unit.equals(AnxiaoUnits.code(AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT))
        || unit.equals(AnxiaoUnits.code(AnxiaoUnits.TONNE_COAL_EQUIVALENT))) {
      throw new UnitMismatchException(field, unit, "a meter registers the energy delivered, not its coal equivalent");
    }
  }
}
