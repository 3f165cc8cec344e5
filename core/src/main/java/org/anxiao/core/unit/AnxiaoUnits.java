package org.anxiao.core.unit;

import static tech.units.indriya.unit.Units.CUBIC_METRE;
import static tech.units.indriya.unit.Units.JOULE;
import static tech.units.indriya.unit.Units.KILOGRAM;
import static tech.units.indriya.unit.Units.SQUARE_METRE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import javax.measure.Dimension;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.quantity.Area;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Volume;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.BundledResource;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Lazy;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.spi.AnxiaoVocabulary;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * The units Anxiao's domain needs beyond Indriya's SI set, each with a stable wire code.
 *
 * <table>
 *   <caption>Units and codes</caption>
 *   <tr><th>code</th><th>unit</th><th>definition</th></tr>
 *   <tr><td>{@code kWh}, {@code MWh}</td><td>kilowatt-hour, megawatt-hour</td><td>3.6 MJ, 3.6 GJ</td></tr>
 *   <tr><td>{@code kJ}, {@code MJ}, {@code GJ}</td><td>heat</td><td>SI</td></tr>
 *   <tr><td>{@code kgce}, {@code tce}</td><td>千克/吨标准煤</td><td>29 307.6 kJ (GB/T 2589-2020), ×1000</td></tr>
 *   <tr><td>{@code m3}</td><td>cubic metre (water)</td><td>SI</td></tr>
 *   <tr><td>{@code m2}</td><td>square metre (floor area)</td><td>SI</td></tr>
 *   <tr><td>{@code kg}, {@code t}</td><td>mass of fuel</td><td>SI, ×1000</td></tr>
 *   <tr><td>{@code kgCO2e}, {@code tCO2e}</td><td>CO₂-equivalent mass, a {@link CarbonMass}</td><td>own dimension, ×1000</td></tr>
 *   <tr><td>{@code 1}</td><td>a count or ratio</td><td>dimensionless</td></tr>
 * </table>
 *
 * <p>The reference table {@code unit-definitions.json} ({@link #definitions()}, also a data file of
 * the conformance vectors) lists every code above with its kind and its exact factor to the
 * kind's base unit (kJ, kg, kgCO2e, m3, m2, 1). The kgce factor is read from it, not written in
 * code; a test checks that every other code agrees with its row and that every row has a code.
 *
 * <p>A unit conversion is not an energy coefficient: by definition 1 kWh = 3600 / 29 307.6 kgce =
 * 0.12284 kgce, while GB/T 2589-2020 prints the electricity coefficient (当量值) as 0.1229 kgce/kWh
 * (from 860 kcal/kWh). Calculators take coefficients from rule packs, never from this conversion.
 *
 * <p>Other modules add codes through {@link org.anxiao.core.spi.AnxiaoVocabulary#units()} (e.g.
 * {@code kW}, {@code kgce/m2}); they are merged over the codes above on the first lookup of any code
 * ({@link #unit}, {@link #code}, {@link #codes}, a JSON quantity, a {@link Measure}), and from then on
 * read and write like core's own. A provider that gives a core code another unit, two providers that
 * give one code different units, or two codes for one unit make that first lookup throw
 * {@link org.anxiao.core.error.VocabularyException}. Core's codes are constants of this class, built
 * in rather than contributed, so that they exist without scanning the class path.
 *
 * <p>Indriya arithmetic is about 10⁴ times slower than {@code double} arithmetic: convert a quantity
 * once at the boundary with {@link #toDouble} and compute on primitives. All members are immutable
 * and thread-safe.
 */
public final class AnxiaoUnits {
  private AnxiaoUnits() {}

  /**
   * The form of a unit code, core's or contributed: 1 to 32 characters of ASCII letters, digits and
   * {@code % / . _ -}, not starting with a punctuation mark other than {@code %}. The same pattern is
   * {@code common.schema.json#/$defs/unitCode}.
   */
  public static final String CODE_PATTERN = "^[A-Za-z0-9%][A-Za-z0-9%/._-]{0,31}$";

  private static final Map<String, UnitDefinition> DEFINITIONS = loadDefinitions();

  /** Kilojoule. */
  public static final Unit<Energy> KILOJOULE = scaled("kJ", JOULE, BigDecimal.valueOf(1_000));
  /** Megajoule. */
  public static final Unit<Energy> MEGAJOULE = scaled("MJ", JOULE, BigDecimal.valueOf(1_000_000));
  /** Gigajoule. */
  public static final Unit<Energy> GIGAJOULE = scaled("GJ", JOULE, BigDecimal.valueOf(1_000_000_000));
  /** Kilowatt-hour (3.6 MJ). */
  public static final Unit<Energy> KILOWATT_HOUR = scaled("kWh", JOULE, BigDecimal.valueOf(3_600_000));
  /** Megawatt-hour. */
  public static final Unit<Energy> MEGAWATT_HOUR = scaled("MWh", JOULE, BigDecimal.valueOf(3_600_000_000L));
  /** Kilogram of standard coal equivalent (千克标准煤), defined in {@code unit-definitions.json}. */
  public static final Unit<Energy> KILOGRAM_COAL_EQUIVALENT = coalEquivalent(
      java.util.Objects.requireNonNull(DEFINITIONS.get("kgce"), "unit-definitions.json defines kgce"));
  /** Tonne of standard coal equivalent (吨标准煤). */
  public static final Unit<Energy> TONNE_COAL_EQUIVALENT =
      scaled("tce", KILOGRAM_COAL_EQUIVALENT, BigDecimal.valueOf(1_000));
  /** Cubic metre (立方米), for water and gas volumes. */
  public static final Unit<Volume> CUBIC_METER = CUBIC_METRE;
  /** Square metre (平方米), for floor and green areas. */
  public static final Unit<Area> SQUARE_METER = SQUARE_METRE;
  /** Kilogram, for fuel masses. */
  public static final Unit<Mass> KILOGRAM_MASS = KILOGRAM;
  /** Tonne, for fuel masses. */
  public static final Unit<Mass> TONNE = scaled("t", KILOGRAM, BigDecimal.valueOf(1_000));
  /** Kilogram of CO₂ equivalent; its own dimension, so it never mixes with {@link Mass}. */
  public static final Unit<CarbonMass> KILOGRAM_CO2E =
      new BaseUnit<>("kgCO2e", "kilogram CO2-equivalent", UnitDimension.parse('C'));
  /** Tonne of CO₂ equivalent. */
  public static final Unit<CarbonMass> TONNE_CO2E = scaled("tCO2e", KILOGRAM_CO2E, BigDecimal.valueOf(1_000));
  /** A count or a ratio. */
  public static final Unit<Dimensionless> ONE = AbstractUnit.ONE;

  /** Core's codes. */
  private static final Map<String, Unit<?>> BY_CODE = codeTable();
  /** Core's reference unit of each quantity type. */
  private static final Map<Class<? extends Quantity<?>>, Unit<?>> BY_TYPE = Map.of(
      Energy.class, KILOWATT_HOUR,
      Volume.class, CUBIC_METER,
      Area.class, SQUARE_METER,
      Mass.class, KILOGRAM_MASS,
      CarbonMass.class, KILOGRAM_CO2E,
      Dimensionless.class, ONE);
  /** Core's codes and every provider's, merged on the first lookup. */
  private static final Lazy<UnitTable> TABLE = new Lazy<>(UnitTable.SECTION,
      () -> merged(Contributions.providers()));

  /** Core's codes merged with the contributions of {@code providers}. */
  static UnitTable merged(List<AnxiaoVocabulary> providers) {
    return UnitTable.merge(BY_CODE, BY_TYPE, providers);
  }

  private static Map<String, Unit<?>> codeTable() {
    Map<String, Unit<?>> m = new LinkedHashMap<>();
    for (Unit<?> u : new Unit<?>[] {KILOWATT_HOUR, MEGAWATT_HOUR, KILOJOULE, MEGAJOULE, GIGAJOULE,
        KILOGRAM_COAL_EQUIVALENT, TONNE_COAL_EQUIVALENT, KILOGRAM_CO2E, TONNE_CO2E, TONNE}) {
      m.put(u.getSymbol(), u);
    }
    m.put("m3", CUBIC_METER);
    m.put("m2", SQUARE_METER);
    m.put("kg", KILOGRAM_MASS);
    m.put("1", ONE);
    return Map.copyOf(m);
  }

  /**
   * {@return the unit with wire code {@code code}, core's or contributed}
   *
   * @param code the unit's wire code
   */
  public static Unit<?> unit(String code) {
    return lookup("unit", code);
  }

  /**
   * {@return the unit with wire code {@code code}, checked to measure {@code type}}
   *
   * @param <Q>   the kind of quantity
   * @param field the field path, for the error message
   * @param code  the unit's wire code
   * @param type  the kind of quantity it must measure
   * @throws UnknownCodeException  when the code is not known
   * @throws UnitMismatchException when the unit measures another kind of quantity
   */
  @SuppressWarnings("unchecked")
  public static <Q extends Quantity<Q>> Unit<Q> unit(String field, String code, Class<Q> type) {
    Unit<?> u = lookup(field, code);
    requireCompatible(field, u, type);
    return (Unit<Q>) u;
  }

  private static Unit<?> lookup(String field, String code) {
    Unit<?> u = code == null ? null : TABLE.get().byCode.get(code);
    if (u == null) {
      throw new UnknownCodeException(field, code, "unit");
    }
    return u;
  }

  /**
   * {@return the wire code of {@code unit}; throws for a unit without one}
   *
   * @param unit the unit
   */
  public static String code(Unit<?> unit) {
    String code = unit == null ? null : TABLE.get().codeOf.get(unit);
    if (code == null) {
      throw new UnknownCodeException("unit", unit, "unit");
    }
    return code;
  }

  /** {@return all wire codes, core's and contributed, sorted} */
  public static SortedSet<String> codes() {
    return TABLE.get().codes;
  }

  /**
   * {@return the reference unit used to check dimensions of {@code type} ({@code kWh} for energy…, or a
   * contributed type's reference unit)}
   *
   * @param <Q>  the kind of quantity
   * @param type the kind of quantity
   */
  public static <Q extends Quantity<Q>> Unit<?> referenceUnit(Class<Q> type) {
    Require.nonNull("type", type);
    Unit<?> u = TABLE.get().byType.get(type);
    if (u == null) {
      throw new UnknownCodeException("quantityType", type.getSimpleName(), "quantity type");
    }
    return u;
  }

  /**
   * Throws {@link UnitMismatchException} unless {@code unit} measures {@code type}.
   *
   * @param field the field path, for the error message
   * @param unit  the unit given
   * @param type  the kind of quantity it must measure
   */
  public static void requireCompatible(String field, Unit<?> unit, Class<? extends Quantity<?>> type) {
    Require.nonNull("unit", unit);
    Require.nonNull("type", type);
    Unit<?> reference = TABLE.get().byType.get(type);
    Dimension expected = reference == null ? null : reference.getDimension();
    if (expected == null || !expected.equals(unit.getDimension())) {
      throw new UnitMismatchException(field, unit, type.getSimpleName()
          + (reference == null ? "" : " (e.g. " + code(reference) + ")"));
    }
  }

  /**
   * {@return a quantity of {@code value} in {@code unit}; the value must be finite}
   *
   * @param <Q>   the kind of quantity
   * @param value the value, finite
   * @param unit  the unit
   * @throws InvalidValueException for NaN or infinite values
   */
  public static <Q extends Quantity<Q>> Quantity<Q> of(Number value, Unit<Q> unit) {
    if (value == null) {
      throw new InvalidValueException("value", null, "is required");
    }
    Require.nonNull("unit", unit);
    if (value instanceof Double || value instanceof Float) {
      Bounds.decimal("value", value.doubleValue());
    } else {
      Bounds.quantity("value", value instanceof BigDecimal d ? d : toBigDecimal(value));
    }
    return Quantities.getQuantity(value, unit);
  }

  /**
   * {@return a quantity from a decimal string, e.g. {@code of("123.45", KILOWATT_HOUR)}}
   *
   * @param <Q>     the kind of quantity
   * @param decimal the value as a decimal string
   * @param unit    the unit
   */
  public static <Q extends Quantity<Q>> Quantity<Q> of(String decimal, Unit<Q> unit) {
    BigDecimal value = decimal(decimal);
    return Quantities.getQuantity(value, Require.nonNull("unit", unit));
  }

  /**
   * {@return the value of {@code quantity} in {@code target}, as a double; finite by construction}
   *
   * @param <Q>      the kind of quantity
   * @param quantity the quantity
   * @param target   the unit to express it in
   * @throws UnitMismatchException when the two units measure different kinds of quantity
   */
  public static <Q extends Quantity<Q>> double toDouble(Quantity<Q> quantity, Unit<Q> target) {
    Require.nonNull("quantity", quantity);
    Require.nonNull("target", target);
    return converter(quantity.getUnit(), target).convert(quantity.getValue()).doubleValue();
  }

  /**
   * The most fractional digits of a decimal {@link #toDecimal(Quantity, Unit)} returns: as many as
   * {@link #decimal} reads, so every result reads back.
   */
  public static final int MAX_RESULT_FRACTION_DIGITS = Bounds.MAX_FRACTION_DIGITS;

  /**
   * {@return the value of {@code quantity} in {@code target}, as a decimal: the exact value when it
   * has at most {@value #MAX_RESULT_FRACTION_DIGITS} fractional digits, otherwise the exact value
   * rounded once, half to even, to {@value #MAX_RESULT_FRACTION_DIGITS} fractional digits; without
   * trailing zeros ({@code 1 kWh} is {@code 3.6 MJ}, never {@code 3.60})} A decimal value is
   * converted as an exact fraction, so a unit factor with no finite decimal expansion (1 kWh =
   * 1000/8141 kgce) is never applied as a rounded decimal: 8.141 kWh is exactly 1 kgce. The
   * result is within the grammar {@link #decimal} reads back (at most 32 fractional digits), and
   * its plain text is at most 64 characters whenever its magnitude is below 10³⁰.
   *
   * <p>Rounding this result again to {@code d} places equals rounding the exact value once when
   * the exact value terminates, or when its denominator {@code b} in lowest terms satisfies
   * {@code b × 10^d < 10^32}; {@link #toDecimal(Quantity, Unit, int)} always rounds once.
   *
   * @param <Q>      the kind of quantity
   * @param quantity the quantity
   * @param target   the unit to express it in
   * @throws UnitMismatchException when the two units measure different kinds of quantity
   * @throws InvalidValueException when the result has more than 64 integer digits
   */
  public static <Q extends Quantity<Q>> BigDecimal toDecimal(Quantity<Q> quantity, Unit<Q> target) {
    return Decimals.canonical("value", rounded(converted(quantity, target), MAX_RESULT_FRACTION_DIGITS));
  }

  /**
   * {@return the value of {@code quantity} in {@code target}: the exact value rounded once, half to
   * even, to {@code decimals} fractional digits, with that scale} For example 1 kWh in kgce is
   * exactly 1000/8141, which to 4 places is {@code 0.1228}. No intermediate value is rounded.
   *
   * @param <Q>      the kind of quantity
   * @param quantity the quantity
   * @param target   the unit to express it in
   * @param decimals the number of fractional digits, 0 to {@value #MAX_RESULT_FRACTION_DIGITS}
   * @throws UnitMismatchException when the two units measure different kinds of quantity
   * @throws InvalidValueException when {@code decimals} is out of range or the result has more than
   *                               64 integer digits
   */
  public static <Q extends Quantity<Q>> BigDecimal toDecimal(Quantity<Q> quantity, Unit<Q> target, int decimals) {
    if (decimals < 0 || decimals > MAX_RESULT_FRACTION_DIGITS) {
      throw new InvalidValueException("decimals", decimals, "must be between 0 and " + MAX_RESULT_FRACTION_DIGITS);
    }
    BigDecimal result = rounded(converted(quantity, target), decimals);
    Decimals.canonical("value", result);
    return result;
  }

  /** The exact value of {@code quantity} in {@code target}: a fraction when the value is a decimal. */
  private static <Q extends Quantity<Q>> Number converted(Quantity<Q> quantity, Unit<Q> target) {
    Require.nonNull("quantity", quantity);
    Require.nonNull("target", target);
    Number value = quantity.getValue();
    if (value instanceof BigDecimal d) {
      value = RationalNumber.of(d);
    }
    return converter(quantity.getUnit(), target).convert(value);
  }

  /** {@code n} rounded once, half to even, to {@code scale} fractional digits. */
  private static BigDecimal rounded(Number n, int scale) {
    if (n instanceof RationalNumber r) {
      return new BigDecimal(r.getDividend()).divide(new BigDecimal(r.getDivisor()), scale, RoundingMode.HALF_EVEN);
    }
    BigDecimal exact = n instanceof BigDecimal d ? d : toBigDecimal(n);
    return exact.setScale(scale, RoundingMode.HALF_EVEN);
  }

  /**
   * The converter between two units; {@link UnitMismatchException} (never Indriya's
   * {@code UnconvertibleException}) when they measure different kinds of quantity, which callers
   * holding units read from wire codes ({@code Unit<?>}) can reach.
   */
  private static <Q extends Quantity<Q>> UnitConverter converter(Unit<Q> from, Unit<Q> to) {
    try {
      return from.getConverterTo(to);
    } catch (UnconvertibleException e) {
      throw new UnitMismatchException("unit", to, "the quantity's unit " + from);
    }
  }

  /**
   * {@return the value of a {@link Number} as a decimal; rejects NaN and infinities} A fraction
   * (Indriya's {@code RationalNumber}, as conversions give) is exact when it has at most
   * {@value #MAX_RESULT_FRACTION_DIGITS} fractional digits and otherwise rounded once there, half
   * to even, as {@link #toDecimal(Quantity, Unit)} does.
   *
   * @param n the number
   */
  public static BigDecimal toBigDecimal(Number n) {
    Require.nonNull("value", n);
    if (n instanceof BigDecimal d) {
      return Bounds.decimal("value", d);
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof java.math.BigInteger b) {
      return new BigDecimal(b);
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      throw new InvalidValueException("value", n, "must be a finite number");
    }
    if (n instanceof Double || n instanceof Float) {
      return BigDecimal.valueOf(d);
    }
    if (n instanceof RationalNumber r) {
      // As toDecimal: exact up to MAX_RESULT_FRACTION_DIGITS fractional digits, else rounded once there.
      return Decimals.canonical("value", rounded(r, MAX_RESULT_FRACTION_DIGITS));
    }
    // Other Number types: exact where they can be, else via their text.
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(d);
    }
  }

  /**
   * Parses a decimal in the wire grammar of {@code common.schema.json#/$defs/decimal}: an optional
   * minus, digits, and optionally a point followed by digits ({@code -?[0-9]+(\.[0-9]+)?}), at
   * most 64 characters. No plus sign, exponent, bare point ({@code ".5"}, {@code "5."}) or
   * whitespace, so the value's plain text reads back as the same number.
   *
   * @param text the decimal as text
   * @return its value, with the scale written
   * @throws InvalidValueException naming {@code value} when the text is outside the grammar
   */
  public static BigDecimal decimal(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      throw new InvalidValueException("value", text, "must be a decimal string of 1 to 64 characters");
    }
    if (!plainDecimal(text)) {
      throw new InvalidValueException("value", text, "must be a decimal string such as \"123.45\"");
    }
    return Bounds.decimal("value", new BigDecimal(text));
  }

  private static boolean plainDecimal(String text) {
    int i = text.charAt(0) == '-' ? 1 : 0;
    int intStart = i;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    if (i == intStart) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fracStart = ++i;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i > fracStart && i == text.length();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@return the cited unit definitions read from the reference table} */
  public static Map<String, UnitDefinition> definitions() {
    return DEFINITIONS;
  }

  /**
   * kgce as {@code definition} defines it: {@code value} times its {@code baseUnit}, which must be one
   * of the energy units defined before it (kJ, MJ, GJ, kWh, MWh); any other base unit is refused, so
   * the table can never be read with a factor meant for another unit.
   */
  static Unit<Energy> coalEquivalent(UnitDefinition definition) {
    Unit<Energy> base = switch (definition.baseUnit()) {
      case "kJ" -> KILOJOULE;
      case "MJ" -> MEGAJOULE;
      case "GJ" -> GIGAJOULE;
      case "kWh" -> KILOWATT_HOUR;
      case "MWh" -> MEGAWATT_HOUR;
      default -> throw new InvalidValueException("baseUnit", definition.baseUnit(),
          "must be an energy unit defined before kgce: kJ, MJ, GJ, kWh or MWh");
    };
    if (!"energy".equals(definition.kind())) {
      throw new InvalidValueException("kind", definition.kind(), "kgce measures energy");
    }
    return scaled(definition.unit(), base, definition.value());
  }

  static <Q extends Quantity<Q>> Unit<Q> scaled(String symbol, Unit<Q> parent, BigDecimal factor) {
    return new TransformedUnit<>(symbol, parent, MultiplyConverter.of(factor));
  }

  private static Map<String, UnitDefinition> loadDefinitions() {
    UnitDefinitionTable table;
    try (java.io.InputStream in = BundledResource.open(AnxiaoUnits.class, "unit-definitions.json")) {
      table = AnxiaoJson.strict().read(in, UnitDefinitionTable.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, UnitDefinition> m = new LinkedHashMap<>();
    for (UnitDefinition def : table.definitions()) {
      m.put(def.unit(), def);
    }
    return Map.copyOf(m);
  }
}
