package org.anxiao.core.rule;

import static org.anxiao.core.rule.RulePackFixtures.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.scorecard.GradeBand;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ParameterSpec} factory checks the parameter name and states its wire type and unit;
 * binding refuses a wrong unit and reports a structure's inner error at its pointer. The
 * {@code valueText} of each parameter type is what an {@link AppliedRule} records.
 */
class ParameterSpecTest {
  private enum Shift { DAY, NIGHT }

  private static final RulePack PACK = pack("sh.guards", "1.0", "310000", "2021-01-01", null, Verification.SECONDARY, Map.of());

  @Test
  void everyFactoryRefusesANameThatIsNotCamelCase() {
    List<Function<String, ParameterSpec<?>>> factories = List.of(
        n -> ParameterSpec.enumSet(n, Shift.class), ParameterSpec::textList, ParameterSpec::text,
        n -> ParameterSpec.enumValue(n, Shift.class), ParameterSpec::flag, ParameterSpec::decimal,
        n -> ParameterSpec.decimal(n, "人"), n -> ParameterSpec.wholeNumber(n, Optional.empty()),
        n -> ParameterSpec.decimalTable(n, "kgCO2/kWh"), n -> ParameterSpec.decimalTable(n, Shift.class, "人"),
        n -> ParameterSpec.structure(n, GradeBand.class));
    for (Function<String, ParameterSpec<?>> f : factories) {
      AnxiaoException e = assertThrows(AnxiaoException.class, () -> f.apply("Per_gate"));
      assertEquals(Optional.of("name"), e.field());
      assertThrows(AnxiaoException.class, () -> f.apply(null));
      ParameterSpec<?> ok = f.apply("perGate");
      assertEquals("perGate", ok.name());
      assertTrue(ok.required());
      assertFalse(ok.optional().required());
      assertEquals(ok.type(), ok.optional().type());
    }
  }

  @Test
  void eachFactoryStatesItsWireTypeAndUnit() {
    assertEquals("text-list", ParameterSpec.enumSet("a", Shift.class).type());
    assertEquals("text-list", ParameterSpec.textList("a").type());
    assertEquals("text", ParameterSpec.text("a").type());
    assertEquals("text", ParameterSpec.enumValue("a", Shift.class).type());
    assertEquals("boolean", ParameterSpec.flag("a").type());
    assertEquals("decimal", ParameterSpec.decimal("a").type());
    assertEquals(Optional.empty(), ParameterSpec.decimal("a").unit());
    assertEquals(Optional.of("人"), ParameterSpec.decimal("a", "人").unit());
    assertEquals("integer", ParameterSpec.wholeNumber("a", Optional.of("层")).type());
    assertEquals(Optional.of("层"), ParameterSpec.wholeNumber("a", Optional.of("层")).unit());
    assertEquals("decimal-table", ParameterSpec.decimalTable("a", "人").type());
    assertEquals(Optional.of("人"), ParameterSpec.decimalTable("a", Shift.class, "人").unit());
    assertEquals("structure", ParameterSpec.structure("a", GradeBand.class).type());
    assertEquals("a: decimal [人]", ParameterSpec.decimal("a", "人").toString());
    assertEquals("a: boolean (optional)", ParameterSpec.flag("a").optional().toString());
  }

  @Test
  void bindingValuesOfEachType() {
    assertEquals(Shift.NIGHT, ParameterSpec.enumValue("a", Shift.class)
        .bind(PACK, new Parameter.Text("NIGHT", Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals("x", ParameterSpec.text("a").bind(PACK, new Parameter.Text("x", Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals(List.of("x", "y"), ParameterSpec.textList("a")
        .bind(PACK, new Parameter.TextList(List.of("x", "y"), Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals(Boolean.TRUE, ParameterSpec.flag("a").bind(PACK, new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals(7L, ParameterSpec.wholeNumber("a", Optional.of("层"))
        .bind(PACK, new Parameter.WholeNumber(7, Optional.of("层"), Optional.empty(), Optional.empty(), Optional.empty())));
  }

  @Test
  void aWrongUnitIsRefusedAtItsPointer() {
    RulePackException whole = assertThrows(RulePackException.class, () -> ParameterSpec.wholeNumber("a", Optional.of("层"))
        .bind(PACK, new Parameter.WholeNumber(7, Optional.of("m"), Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals("sh.guards@1.0#/parameters/a/unit", whole.field().orElseThrow());
    Parameter.DecimalTable table = new Parameter.DecimalTable(Map.of("DAY", DecimalEntry.of("2")), Optional.of("m"),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals("sh.guards@1.0#/parameters/a/unit", assertThrows(RulePackException.class,
        () -> ParameterSpec.decimalTable("a", "人").bind(PACK, table)).field().orElseThrow());
    assertEquals("sh.guards@1.0#/parameters/a/unit", assertThrows(RulePackException.class,
        () -> ParameterSpec.decimalTable("a", Shift.class, "人").bind(PACK, table)).field().orElseThrow());
    Parameter.DecimalTable people = new Parameter.DecimalTable(Map.of("DAY", DecimalEntry.of("2")), Optional.of("人"),
        Optional.empty(), Optional.empty(), Optional.empty());
    RuleTable<String> byText = ParameterSpec.decimalTable("a", "人").bind(PACK, people);
    assertEquals(new BigDecimal("2"), byText.value("DAY"));
    RuleTable<Shift> byEnum = ParameterSpec.decimalTable("a", Shift.class, "人").bind(PACK, people);
    assertEquals(new BigDecimal("2"), byEnum.value(Shift.DAY));
    assertEquals(Optional.of("人"), byEnum.unit());
  }

  @Test
  void aStructureThatDoesNotBindIsReportedInsideItsValue() {
    ParameterSpec<GradeBand> spec = ParameterSpec.structure("band", GradeBand.class);
    GradeBand band = spec.bind(PACK, new Parameter.Structure(
        "{\"code\":\"PASS\",\"title\":{\"zh\":\"合格\",\"en\":\"pass\"},\"minScore\":60}",
        Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals("PASS", band.code());
    RulePackException e = assertThrows(RulePackException.class, () -> spec.bind(PACK, new Parameter.Structure(
        "{\"code\":\"PASS\",\"title\":{\"zh\":\"合格\",\"en\":\"pass\"},\"minScore\":-1}",
        Optional.empty(), Optional.empty(), Optional.empty())));
    assertTrue(e.field().orElseThrow().startsWith("sh.guards@1.0#/parameters/band/value"), e.field().orElseThrow());
    assertTrue(e.getMessage().contains("GradeBand"), e.getMessage());
  }

  @Test
  void valueTextIsTheValueAsWritten() {
    assertEquals("7", new Parameter.WholeNumber(7, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()).valueText());
    assertEquals("true", new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty()).valueText());
    assertEquals("x", new Parameter.Text("x", Optional.empty(), Optional.empty(), Optional.empty()).valueText());
    assertEquals("x,y", new Parameter.TextList(List.of("x", "y"), Optional.empty(), Optional.empty(), Optional.empty()).valueText());
    assertEquals("{\"a\":1}", new Parameter.Structure("{ \"a\" : 1 }", Optional.empty(), Optional.empty(), Optional.empty()).valueText());
    assertEquals("2021=0.5942,2022=0.5366", new Parameter.DecimalTable(
        Map.of("2022", DecimalEntry.of("0.5366"), "2021", DecimalEntry.of("0.5942")),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()).valueText());
  }

  @Test
  void aRuleTableAnswersForItsRows() {
    Parameter.DecimalTable t = new Parameter.DecimalTable(Map.of("2022", DecimalEntry.of("0.5366")), Optional.of("kgCO2/kWh"),
        Optional.empty(), Optional.empty(), Optional.empty());
    RuleTable<String> table = ParameterSpec.decimalTable("grid", "kgCO2/kWh").bind(PACK, t);
    assertEquals(java.util.Set.of("2022"), table.keys());
    assertTrue(table.contains("2022"));
    assertFalse(table.contains("2021"));
    assertEquals(Optional.of("kgCO2/kWh"), table.unit());
    RuleTable<String> same = ParameterSpec.decimalTable("grid", "kgCO2/kWh").bind(PACK, t);
    assertEquals(table, same);
    assertEquals(table.hashCode(), same.hashCode());
    RuleTable<String> other = ParameterSpec.decimalTable("grid", "kgCO2/kWh").bind(PACK, new Parameter.DecimalTable(
        Map.of("2022", DecimalEntry.of("0.6")), Optional.of("kgCO2/kWh"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertNotEquals(table, other);
    assertNotEquals(table.hashCode(), other.hashCode());
    assertNotEquals(table, ParameterSpec.decimalTable("grid2", "kgCO2/kWh").bind(PACK, t), "another parameter");
    assertFalse(table.equals("sh.guards@1.0/grid"));
    assertEquals("sh.guards@1.0/grid (1 rows)", table.toString());
    assertEquals("grid[2022]", table.applied("2022").parameter());
  }
}
