package org.anxiao.core.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.jspecify.annotations.Nullable;

/**
 * A unit code (计量单位代码) an {@link AnxiaoVocabulary} adds to {@link AnxiaoUnits}: a wire code and
 * either a JSR-385 {@link Unit} ({@link #of(String, Unit)}) or an exact multiple of a unit that
 * already has a code ({@link #scaled}, e.g. {@code MW} = 1000 × {@code kW}). A unit that is the first
 * of a new kind of quantity names that quantity type too ({@link #of(String, Unit, Class)}, e.g.
 * {@code kW} for {@link javax.measure.quantity.Power}); it then becomes the type's reference unit, the
 * one fields of that type are checked against.
 *
 * <p>Once contributed, the code reads and writes like a core code: in {@code Measure}, in JSON
 * quantities ({@code {"value": "2.5", "unit": "kW"}}) and in {@link AnxiaoUnits#unit}. Every code has
 * one unit and every unit one code: contributing a code core or another provider defines otherwise,
 * or a second code for an equal unit, is a {@code VocabularyException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitContribution {
  private static final Pattern CODE = Pattern.compile(AnxiaoUnits.CODE_PATTERN);

  private final String code;
  private final @Nullable Unit<?> unit;
  private final @Nullable Class<? extends Quantity<?>> quantityType;
  private final @Nullable String baseCode;
  private final @Nullable BigDecimal factor;

  private UnitContribution(String code, @Nullable Unit<?> unit, @Nullable Class<? extends Quantity<?>> quantityType,
      @Nullable String baseCode, @Nullable BigDecimal factor) {
    this.code = code(code, "code");
    this.unit = unit;
    this.quantityType = quantityType;
    this.baseCode = baseCode;
    this.factor = factor;
  }

  private static String code(String value, String field) {
    Require.nonNull(field, value);
    Require.that(CODE.matcher(value).matches(), field, value,
        "a unit code is 1 to 32 characters of letters, digits and % / . _ -, e.g. kW or kgce/m2");
    return value;
  }

  /**
   * {@return the code {@code code} for {@code unit}, of a kind of quantity that already has a reference unit}
   *
   * @param code the wire code
   * @param unit the unit
   */
  public static UnitContribution of(String code, Unit<?> unit) {
    return new UnitContribution(code, Require.nonNull("unit", unit), null, null, null);
  }

  /**
   * {@return the code {@code code} for {@code unit}, the reference unit of a new kind of quantity
   * {@code quantityType} (one that neither core nor another provider gives a reference unit)}
   *
   * @param <Q>          the kind of quantity
   * @param code         the wire code
   * @param unit         the reference unit
   * @param quantityType the new kind of quantity
   */
  public static <Q extends Quantity<Q>> UnitContribution of(String code, Unit<Q> unit, Class<Q> quantityType) {
    return new UnitContribution(code, Require.nonNull("unit", unit), Require.nonNull("quantityType", quantityType),
        null, null);
  }

  /**
   * {@return the code {@code code} for exactly {@code factor} × the unit with code {@code baseCode}, which
   * core or any provider defines; e.g. {@code scaled("MW", "kW", BigDecimal.valueOf(1000))}} The
   * factor is kept exact (as a fraction), never rounded to a double.
   *
   * @param code     the wire code
   * @param baseCode the code of the unit it is a multiple of
   * @param factor greater than zero
   */
  public static UnitContribution scaled(String code, String baseCode, BigDecimal factor) {
    return new UnitContribution(code, null, null, code(baseCode, "baseCode"), Bounds.positive("factor", factor));
  }

  /** {@return the wire code, e.g. {@code kW}} */
  public String code() {
    return code;
  }

  /** {@return the unit, for a contribution made with {@code of}; empty for a {@link #scaled} one} */
  public Optional<Unit<?>> unit() {
    return Optional.ofNullable(unit);
  }

  /** {@return the new quantity type this unit is the reference unit of, if any} */
  public Optional<Class<? extends Quantity<?>>> quantityType() {
    return Optional.ofNullable(quantityType);
  }

  /** {@return the code this unit is a multiple of, for a {@link #scaled} contribution} */
  public Optional<String> baseCode() {
    return Optional.ofNullable(baseCode);
  }

  /** {@return how many {@link #baseCode()} units one unit is, for a {@link #scaled} contribution} */
  public Optional<BigDecimal> factor() {
    return Optional.ofNullable(factor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitContribution u && code.equals(u.code) && Objects.equals(unit, u.unit)
        && Objects.equals(quantityType, u.quantityType) && Objects.equals(baseCode, u.baseCode)
        && (factor == null ? u.factor == null : u.factor != null && factor.compareTo(u.factor) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, unit, quantityType, baseCode, factor == null ? null : factor.stripTrailingZeros());
  }

  @Override
  public String toString() {
    if (factor != null) {
      return code + " = " + factor.toPlainString() + " " + baseCode;
    }
    return code + " = " + unit + (quantityType == null ? "" : " (" + quantityType.getSimpleName() + ")");
  }
}
