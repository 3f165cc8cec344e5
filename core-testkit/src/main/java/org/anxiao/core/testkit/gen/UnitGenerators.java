package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.core.unit.UnitDefinition;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of unit codes, measures ({@code {value, unit}}) and quantities by unit kind, read from
 * core's table of unit definitions ({@link AnxiaoUnits#definitions()}: kinds {@code energy},
 * {@code mass}, {@code co2e-mass}, {@code volume}, {@code area}, {@code count}), and of invalid
 * measures labelled with the error core raises.
 *
 * <p>Values are exact decimals with at most 12 fractional digits and at most 13 integer digits, so
 * every conversion between two units of a kind stays within core's bounds (64 integer digits, 32
 * fractional digits before rounding).
 */
public final class UnitGenerators {
  private UnitGenerators() {}

  /** Decimal strings that often show a fault: zeros, signs, leading zeros, the kgce factors. */
  private static final List<String> AWKWARD = List.of("0", "-0", "0.0", "1", "-1", "0.1", "0.01", "007.50", "01",
      "29307.6", "8.141", "0.000000000001", "999999999999.999999999999", "3.6", "1000", "0.5", "-0.5");

  /** Unit codes that match core's code grammar but are not in the table (codes are case-sensitive). */
  private static final List<String> UNKNOWN_CODES = java.util.stream.Stream.of("KWH", "kwh", "BTU",
      "tonne", "kg-ce", "KGCE", "M3", "Kg").filter(c -> !known(c)).toList();

  /** Whether core, or a module contributing units on the class path, knows {@code code}. */
  private static boolean known(String code) {
    try {
      AnxiaoUnits.unit(code);
      return true;
    } catch (org.anxiao.core.error.AnxiaoException e) {
      return false;
    }
  }

  /** Strings that are not decimals of core's grammar {@code -?[0-9]+(\.[0-9]+)?}. */
  private static final List<String> NOT_DECIMALS = List.of("1e3", "+1", ".5", "1.", "1,5", " 1", "1 ", "0x10", "NaN",
      "Infinity", "-", "", "1.2.3", "１");

  /** {@return the unit kinds of core's table, sorted: {@code area, co2e-mass, count, energy, mass, volume}} */
  public static List<String> kinds() {
    return List.copyOf(byKind().keySet());
  }

  /**
   * {@return the unit codes of one kind, sorted, e.g. {@code GJ, MJ, MWh, kJ, kWh, kgce, tce} for {@code energy}}
   *
   * @param kind a kind of {@link #kinds()}
   * @throws IllegalArgumentException for another kind
   */
  public static List<String> codesOf(String kind) {
    List<String> codes = byKind().get(kind);
    if (codes == null) {
      throw new IllegalArgumentException("no unit kind " + kind + "; kinds: " + kinds());
    }
    return codes;
  }

  private static Map<String, List<String>> byKind() {
    Map<String, List<String>> out = new TreeMap<>();
    for (UnitDefinition d : new TreeMap<>(AnxiaoUnits.definitions()).values()) {
      out.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d.unit());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** {@return every unit code of core's table} */
  public static Gen<String> codes() {
    return Generate.pick(List.copyOf(AnxiaoUnits.codes()));
  }

  /** {@return every ordered pair {@code [from, to]} of codes of one kind, each pair equally likely (both orders, and a code with itself)} */
  public static Gen<List<String>> sameKindPairs() {
    List<List<String>> pairs = new ArrayList<>();
    for (List<String> codes : byKind().values()) {
      for (String from : codes) {
        for (String to : codes) {
          pairs.add(List.of(from, to));
        }
      }
    }
    return Generate.pick(pairs);
  }

  /** {@return ordered pairs {@code [from, to]} of known codes of two different kinds} */
  public static Gen<List<String>> mixedKindPairs() {
    List<List<String>> pairs = new ArrayList<>();
    Map<String, List<String>> kinds = byKind();
    for (Map.Entry<String, List<String>> a : kinds.entrySet()) {
      for (Map.Entry<String, List<String>> b : kinds.entrySet()) {
        if (!a.getKey().equals(b.getKey())) {
          for (String from : a.getValue()) {
            for (String to : b.getValue()) {
              pairs.add(List.of(from, to));
            }
          }
        }
      }
    }
    return Generate.pick(pairs);
  }

  /** {@return codes of core's grammar that no unit has (codes are case-sensitive), e.g. {@code KWH}, {@code BTU}} */
  public static Gen<String> unknownCodes() {
    return Generate.pick(UNKNOWN_CODES);
  }

  /**
   * {@return exact decimals, negative too, with 0–12 fractional digits and up to 13 integer digits,
   * mixed with awkward ones (zero, {@code -0}, {@code 0.1}, the kgce factors 29307.6 and 8.141)}
   */
  public static Gen<BigDecimal> values() {
    return decimalTexts().map(AnxiaoUnits::decimal);
  }

  /**
   * {@return decimal strings of core's grammar: those of {@link #values()}, some with leading zeros
   * ({@code 007.50}) or trailing zeros, and {@code -0}}
   */
  public static Gen<String> decimalTexts() {
    Gen<String> plain = longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .zip(integers().between(0, 12), (v, s) -> BigDecimal.valueOf(v, s).toPlainString());
    Gen<String> small = longs().between(-100_000, 100_000)
        .zip(integers().between(0, 6), (v, s) -> BigDecimal.valueOf(v, s).toPlainString());
    return plain.mix(small, 40).mix(Generate.pick(AWKWARD), 25);
  }

  /** {@return strings that are not decimals of core's grammar: exponents, a plus sign, a bare point, blanks, NaN} */
  public static Gen<String> notDecimals() {
    return Generate.pick(NOT_DECIMALS);
  }

  /** {@return measures of every unit code, with values of {@link #values()}} */
  public static Gen<Measure> measures() {
    return values().zip(codes(), Measure::new);
  }

  /**
   * {@return measures of one kind of quantity}
   *
   * @param kind a kind of {@link #kinds()}, e.g. {@code energy}
   */
  public static Gen<Measure> measures(String kind) {
    return values().zip(Generate.pick(codesOf(kind)), Measure::new);
  }

  /**
   * {@return quantities in {@code unit}, with values of {@link #values()}}
   *
   * @param <Q>  the kind of quantity
   * @param unit the unit, e.g. {@link AnxiaoUnits#KILOWATT_HOUR}
   */
  public static <Q extends Quantity<Q>> Gen<Quantity<Q>> quantities(Unit<Q> unit) {
    return values().map(v -> AnxiaoUnits.of(v, unit));
  }

  /**
   * {@return quantities in any of {@code units} (all of one kind), with values of {@link #values()}}
   *
   * @param <Q>   the kind of quantity
   * @param units the units drawn from, at least one
   */
  public static <Q extends Quantity<Q>> Gen<Quantity<Q>> quantities(List<Unit<Q>> units) {
    return values().zip(Generate.pick(units), (v, u) -> AnxiaoUnits.of(v, u));
  }

  /**
   * {@return invalid measures and quantities, each labelled: an unknown unit code
   * ({@code UNKNOWN_CODE} naming {@code unit}), a value that is not a decimal ({@code INVALID_VALUE}
   * naming {@code value}), a NaN or infinite value ({@code INVALID_VALUE} naming {@code value})}
   */
  public static Gen<InvalidInput<Object>> invalid() {
    Gen<InvalidInput<Object>> unknown = unknownCodes().zip(values(), (code, v) -> InvalidInput.of(
        "unknown unit code " + code, "UNKNOWN_CODE", "unit", () -> new Measure(v, code)));
    Gen<InvalidInput<Object>> notDecimal = notDecimals().zip(codes(), (text, code) -> InvalidInput.of(
        "value \"" + text + "\" is not a decimal", "INVALID_VALUE", "value", () -> Measure.of(text, code)));
    Gen<InvalidInput<Object>> nonFinite = Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY)).zip(codes(), (d, code) -> InvalidInput.of("value " + d + " " + code,
            "INVALID_VALUE", "value", () -> AnxiaoUnits.of(d, AnxiaoUnits.unit(code))));
    return Generate.oneOf(unknown, notDecimal, nonFinite);
  }
}
