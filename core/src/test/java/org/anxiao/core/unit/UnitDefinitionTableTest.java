package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.measure.Unit;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The unit-definitions table and the library never disagree: every code core knows has a row, every
 * row a code, each row's factor is the library's, and the kinds are the library's dimensions.
 */
class UnitDefinitionTableTest {
  /** The base unit of each kind, as the table's description states it. */
  private static final Map<String, String> BASES = Map.of("energy", "kJ", "mass", "kg", "co2e-mass", "kgCO2e",
      "volume", "m3", "area", "m2", "count", "1");

  @Test
  void everyCoreCodeHasARowAndEveryRowACode() {
    Set<String> core = new TreeSet<>(AnxiaoUnits.merged(List.of()).codes);
    assertEquals(core, new TreeSet<>(AnxiaoUnits.definitions().keySet()));
    assertEquals(Set.of("kJ", "MJ", "GJ", "kWh", "MWh", "kgce", "tce", "kg", "t", "kgCO2e", "tCO2e", "m3", "m2", "1"),
        core);
  }

  @Test
  void eachRowsFactorIsTheLibrarysConversionToTheKindsBaseUnit() {
    for (UnitDefinition row : AnxiaoUnits.definitions().values()) {
      assertEquals(BASES.get(row.kind()), row.baseUnit(), () -> row.unit() + ": the base unit of " + row.kind());
      @SuppressWarnings({"unchecked", "rawtypes"})
      BigDecimal inBase = AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", (Unit) AnxiaoUnits.unit(row.unit())),
          (Unit) AnxiaoUnits.unit(row.baseUnit()));
      assertEquals(0, row.value().compareTo(inBase), () -> row.unit() + ": table " + row.value() + ", library " + inBase);
      assertTrue(row.source().year() > 0);
    }
    UnitDefinition kgce = AnxiaoUnits.definitions().get("kgce");
    assertEquals("GB/T 2589-2020", kgce.source().document());
    assertEquals(Verification.SECONDARY, kgce.verification());
    assertEquals(new BigDecimal("29307.6"), kgce.value());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void unitsOfOneKindConvertAndUnitsOfTwoKindsNever() {
    Map<String, UnitDefinition> rows = new TreeMap<>(AnxiaoUnits.definitions());
    for (UnitDefinition a : rows.values()) {
      for (UnitDefinition b : rows.values()) {
        Unit from = AnxiaoUnits.unit(a.unit());
        Unit to = AnxiaoUnits.unit(b.unit());
        if (a.kind().equals(b.kind())) {
          // 1 a = value_a base = value_a / value_b b
          BigDecimal want = a.value().divide(b.value(), AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS,
              java.math.RoundingMode.HALF_EVEN);
          assertEquals(0, want.compareTo(AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", from), to)), a.unit() + "→" + b.unit());
        } else {
          assertThrows(UnitMismatchException.class, () -> AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", from), to),
              a.unit() + "→" + b.unit());
        }
      }
    }
  }

  @Test
  void kgceHonoursItsBaseUnitAndRefusesOneOfAnotherKind() {
    // The same definition stated in MJ: 29.3076 MJ = 29 307.6 kJ.
    Unit<javax.measure.quantity.Energy> inMj = AnxiaoUnits.coalEquivalent(kgce("29.3076", "MJ", "energy"));
    assertEquals(0, new BigDecimal("29307.6").compareTo(AnxiaoUnits.toDecimal(AnxiaoUnits.of("1", inMj),
        AnxiaoUnits.KILOJOULE)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AnxiaoUnits.coalEquivalent(kgce("29307.6", "kg", "energy")));
    assertEquals("baseUnit", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.coalEquivalent(kgce("29307.6", "J", "energy")));
    assertEquals("kind", assertThrows(InvalidValueException.class,
        () -> AnxiaoUnits.coalEquivalent(kgce("29307.6", "kJ", "mass"))).field().orElseThrow());
  }

  private static UnitDefinition kgce(String value, String baseUnit, String kind) {
    return new UnitDefinition("kgce", kind, LocalizedText.of("千克标准煤", "kgce"), new BigDecimal(value), baseUnit,
        Optional.empty(), Citation.of("i", "GB/T 2589-2020", 2020), LocalDate.of(2021, 4, 1), Verification.SECONDARY);
  }
}
