package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import javax.measure.Unit;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testing.Fuzzing;

/**
 * Fuzz targets for unit texts: unit codes ({@link AnxiaoUnits#unit(String)}), decimal strings
 * ({@link AnxiaoUnits#decimal}), quantities from text, and the reader of the unit-definitions table.
 * Any input ends in a value or an {@code AnxiaoException}; a unit's code maps back to the unit.
 */
class UnitTextFuzzTest {

  @FuzzTest
  void unitCode(FuzzedDataProvider data) {
    String code = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> AnxiaoUnits.unit(code)).ifPresent(unit -> {
      String canonical = AnxiaoUnits.code(unit);
      assertEquals(unit, AnxiaoUnits.unit(canonical), "code → unit → code → unit");
    });
  }

  @FuzzTest
  void decimal(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> AnxiaoUnits.decimal(text)).ifPresent(d -> {
      assertEquals(0, d.compareTo(AnxiaoUnits.decimal(d.toPlainString().length() <= 64 ? d.toPlainString() : text)),
          "text → decimal → plain text → decimal");
    });
  }

  /** A quantity from a value text and a unit code, converted to another code (as the units vectors do). */
  @FuzzTest
  @SuppressWarnings({"unchecked", "rawtypes"})
  void quantity(FuzzedDataProvider data) {
    String value = data.consumeString(80);
    String code = data.consumeString(40);
    String target = data.consumeRemainingAsString();
    Fuzzing.attempt(() -> {
      Unit unit = AnxiaoUnits.unit(code);
      Unit to = AnxiaoUnits.unit(target);
      return AnxiaoUnits.toDecimal(AnxiaoUnits.of(value, unit), to);
    });
  }

  @FuzzTest
  void unitDefinitionsTable(byte[] json) {
    Fuzzing.attempt(() -> AnxiaoJson.strict().read(json, UnitDefinitionTable.class));
    Fuzzing.attempt(() -> AnxiaoJson.lenient().read(json, UnitDefinitionTable.class));
  }
}
