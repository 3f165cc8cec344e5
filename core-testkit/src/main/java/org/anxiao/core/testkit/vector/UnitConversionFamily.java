package org.anxiao.core.testkit.vector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.gen.UnitGenerators;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The vector family {@code core.units}: unit conversions of calculator {@code anxiao.core.units},
 * in the form of {@code conformance/units.json} — input {@code {"quantity": {"value", "unit"},
 * "target"}}, expected {@code {"value", "unit"}} and, where the exact result has more than 32
 * fractional digits, {@code "rounding": {"decimals", "mode": "HALF_EVEN"}} with the exact value
 * rounded once to 2, 4 or 10 places.
 *
 * <p>Inputs: every ordered pair of unit codes of one kind (each equally likely) with exact decimals
 * of up to 12 fractional digits, awkward ones among them ({@code -0}, {@code 007.50}, the kgce
 * factors); about one in five is an error: an unknown unit or target code ({@code UNKNOWN_CODE}),
 * codes of two kinds ({@code UNIT_MISMATCH}) or a value that is not a decimal ({@code INVALID_VALUE}).
 */
public final class UnitConversionFamily implements VectorFamily {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> COAL = Set.of("kgce", "tce");
  private static final List<Integer> ROUNDINGS = List.of(2, 4, 10);

  /** Creates the family (for {@link java.util.ServiceLoader}). */
  public UnitConversionFamily() {}

  @Override
  public String name() {
    return "core.units";
  }

  @Override
  public String calculator() {
    return "anxiao.core.units";
  }

  @Override
  public String description() {
    return "Unit conversions between Anxiao unit codes: a quantity {value, unit} (value a decimal string) converted "
        + "to a target unit code; every pair of codes of one kind, awkward decimals, unknown codes, mixed kinds and "
        + "values that are not decimals.";
  }

  @Override
  public List<String> packs() {
    return List.of();
  }

  @Override
  public List<DataFile> dataFiles() {
    return List.of(DataFile.table("core", "org/anxiao/core/unit/unit-definitions.json",
        "The unit-definitions table: every unit code, its kind and its exact factor to the "
        + "kind's base unit, with its source (GB/T 2589-2020 for kgce: 1 kgce = 29 307.6 kJ). A code not in the "
        + "table is UNKNOWN_CODE; two codes of different kinds are UNIT_MISMATCH; a conversion is value × "
        + "factor(from) / factor(to), exactly."));
  }

  @Override
  public Map<String, String> notes() {
    return Map.of(
        "Rounded", "The exact result has more than 32 fractional digits; `expected.rounding` gives the decimal "
            + "places. The expected value is the exact value rounded once, half to even, to that many places.",
        "CoalEquivalent", "1 kgce = 29 307.6 kJ (GB/T 2589-2020); 1 tce = 1000 kgce; hence 1 kgce = 8.141 kWh exactly.",
        "Negative", "Negative values convert like positive ones; \"-0\" is zero.",
        "LeadingZeros", "Leading zeros are allowed in an input value: \"01\" is 1 and \"007.50\" is 7.5.",
        "UnknownUnit", "A unit code outside the table of unit definitions (codes are case-sensitive): UNKNOWN_CODE.",
        "Dimension", "Both codes are known but measure different kinds of quantity: UNIT_MISMATCH.",
        "NotDecimal", "The value is not a decimal string of the grammar -?[0-9]+(\\.[0-9]+)?: INVALID_VALUE.");
  }

  @Override
  public Gen<ObjectNode> inputs() {
    Gen<ObjectNode> valid = UnitGenerators.decimalTexts().zip(UnitGenerators.sameKindPairs(),
        (value, pair) -> input(value, pair.get(0), pair.get(1)));
    Gen<ObjectNode> unknownUnit = UnitGenerators.decimalTexts().zip(UnitGenerators.unknownCodes(), UnitGenerators.codes(),
        (value, bad, target) -> input(value, bad, target));
    Gen<ObjectNode> unknownTarget = UnitGenerators.decimalTexts().zip(UnitGenerators.codes(), UnitGenerators.unknownCodes(),
        (value, unit, bad) -> input(value, unit, bad));
    Gen<ObjectNode> mixed = UnitGenerators.decimalTexts().zip(UnitGenerators.mixedKindPairs(),
        (value, pair) -> input(value, pair.get(0), pair.get(1)));
    Gen<ObjectNode> notDecimal = UnitGenerators.notDecimals().zip(UnitGenerators.sameKindPairs(),
        (value, pair) -> input(value, pair.get(0), pair.get(1)));
    Gen<ObjectNode> errors = Generate.oneOf(unknownUnit, unknownTarget, mixed, notDecimal);
    return valid.mix(errors, 20);
  }

  private static ObjectNode input(String value, String unit, String target) {
    ObjectNode in = NODES.objectNode();
    ObjectNode quantity = in.putObject("quantity");
    quantity.put("value", value);
    quantity.put("unit", unit);
    in.put("target", target);
    return in;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public VectorOutcome run(JsonNode input) {
    String targetCode = input.path("target").asText();
    try {
      Measure measure = AnxiaoJson.strict().read(input.path("quantity").toString(), Measure.class);
      Unit target = AnxiaoUnits.unit(targetCode);
      Quantity quantity = AnxiaoUnits.of(measure.value(), (Unit) AnxiaoUnits.unit(measure.unit()));
      BigDecimal exact = AnxiaoUnits.toDecimal(quantity, target);
      ObjectNode expected = NODES.objectNode();
      if (exact.stripTrailingZeros().scale() < AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS) {
        expected.put("value", plain(exact));
        expected.put("unit", targetCode);
      } else {
        // The places a rounded result is given to: 2, 4 or 10, fixed by the input.
        int decimals = ROUNDINGS.get(Math.floorMod(input.toString().hashCode(), ROUNDINGS.size()));
        expected.put("value", plain(AnxiaoUnits.toDecimal(quantity, target, decimals)));
        expected.put("unit", targetCode);
        ObjectNode rounding = expected.putObject("rounding");
        rounding.put("decimals", decimals);
        rounding.put("mode", "HALF_EVEN");
      }
      return new VectorOutcome.Expected(expected);
    } catch (WireFormatException e) {
      return new VectorOutcome.Refused(e.modelError().map(AnxiaoException::errorCode).orElse(e.errorCode()));
    } catch (AnxiaoException e) {
      return new VectorOutcome.Refused(e.errorCode());
    }
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  @Override
  public List<String> flags(JsonNode input, VectorOutcome outcome) {
    List<String> flags = new ArrayList<>();
    String value = input.path("quantity").path("value").asText();
    String unit = input.path("quantity").path("unit").asText();
    String target = input.path("target").asText();
    if (outcome instanceof VectorOutcome.Refused r) {
      switch (r.errorCode()) {
        case "UNKNOWN_CODE" -> flags.add("UnknownUnit");
        case "UNIT_MISMATCH" -> flags.add("Dimension");
        case "INVALID_VALUE" -> flags.add("NotDecimal");
        default -> { }
      }
      return flags;
    }
    if (value.startsWith("-")) {
      flags.add("Negative");
    }
    if (value.matches("-?0[0-9].*")) {
      flags.add("LeadingZeros");
    }
    if (COAL.contains(unit) || COAL.contains(target)) {
      flags.add("CoalEquivalent");
    }
    if (outcome instanceof VectorOutcome.Expected e && e.expected().has("rounding")) {
      flags.add("Rounded");
    }
    return flags;
  }
}
