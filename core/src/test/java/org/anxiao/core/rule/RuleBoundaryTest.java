package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The rule model at its documented limits: a value exactly at a bound is accepted and the next one
 * refused (parameter-name and id length, structure nesting and size, validity dates), and a rule
 * kind refuses to bind rules of another kind or to hand out a null rule.
 */
class RuleBoundaryTest {
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");

  private static RulePack.Builder pack(String kind) {
    return RulePack.builder().id("mh.bounds").version(PackVersion.of("1.0")).kind(kind)
        .title(LocalizedText.of("测试", "test")).jurisdiction(MINHANG)
        .validFrom(LocalDate.of(2024, 1, 1)).source(Citation.of("某机关", "某文件", 2024))
        .verification(Verification.SECONDARY);
  }

  private static Parameter.Flag flag() {
    return new Parameter.Flag(true, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static ResolvedRules resolved(String kind) {
    return new ResolvedRules(kind, MINHANG, LocalDate.of(2024, 9, 1), List.of(pack(kind).build()));
  }

  @Test
  void aParameterNameOfTheMaximumCodeLengthIsAcceptedAndOneMoreIsRefused() {
    String longest = "a".repeat(Bounds.MAX_CODE_LENGTH);
    assertTrue(pack("anxiao.test.bounds").putParameters(longest, flag()).build().parameters().containsKey(longest));
    String tooLong = longest + "b";
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> pack("anxiao.test.bounds").putParameters(tooLong, flag()).build());
    assertEquals(Optional.of("parameters." + tooLong), e.field());
  }

  @Test
  void supersededByIsHeldToTheCodeLengthEvenWhenItIsAWellFormedId() {
    String tooLong = "a".repeat(Bounds.MAX_CODE_LENGTH + 1);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> pack("anxiao.test.bounds").supersededBy(tooLong).build());
    assertEquals(Optional.of("supersededBy"), e.field());
    assertTrue(e.rule().contains("longer than"), e::getMessage);
    String longest = "a".repeat(Bounds.MAX_CODE_LENGTH);
    assertEquals(Optional.of(longest), pack("anxiao.test.bounds").supersededBy(longest).build().supersededBy());
  }

  @Test
  void aHeadersValidToMustLieInTheModelsCalendar() {
    PackVersion v = PackVersion.of("1.0");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new PackHeader("mh.bounds", v,
        "anxiao.test.bounds", MINHANG, LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2300, 1, 1)), Verification.SECONDARY));
    assertEquals(Optional.of("validTo"), e.field());
    PackHeader open = new PackHeader("mh.bounds", v, "anxiao.test.bounds", MINHANG, LocalDate.of(2024, 1, 1), null,
        Verification.SECONDARY);
    assertEquals(Optional.empty(), open.validTo());
  }

  @Test
  void aKindRefusesToBindRulesOfAnotherKind() {
    RuleKind<String> kind = RuleKind.of("anxiao.test.bounds", List.of(), b -> "bound");
    assertEquals("bound", kind.bind(resolved("anxiao.test.bounds")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> kind.bind(resolved("anxiao.test.other")));
    assertEquals(Optional.of("rules.kind"), e.field());
    assertEquals(Optional.of("anxiao.test.other"), e.value());
  }

  @Test
  void aBinderThatReturnsNullIsRefusedNamingTheKind() {
    RuleKind<Object> kind = RuleKind.of("anxiao.test.bounds", List.of(), b -> nothing());
    MissingValueException e = assertThrows(MissingValueException.class, () -> kind.bind(resolved("anxiao.test.bounds")));
    assertEquals(Optional.of("bound anxiao.test.bounds"), e.field());
  }

  @SuppressWarnings("NullAway")
  private static Object nothing() {
    return null;
  }

  private static String nested(int levels) {
    return "{\"a\":".repeat(levels - 1) + "{}" + "}".repeat(levels - 1);
  }

  @Test
  void aStructureNestsAtMostMaxDepthLevels() {
    assertEquals(nested(Bounds.MAX_DEPTH), new Parameter.Structure(nested(Bounds.MAX_DEPTH),
        Optional.empty(), Optional.empty(), Optional.empty()).json());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Parameter.Structure(
        nested(Bounds.MAX_DEPTH + 1), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("nesting of " + (Bounds.MAX_DEPTH + 1)), e.value());
    assertEquals(Optional.of("value" + ".a".repeat(Bounds.MAX_DEPTH)), e.field());
  }

  @Test
  void aTooDeepStructureIsNamedAtItsOwnPlaceInItsArray() {
    String json = "{\"a\":" + "[".repeat(Bounds.MAX_DEPTH - 1) + "0,[]" + "]".repeat(Bounds.MAX_DEPTH - 1) + "}";
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new Parameter.Structure(json, Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("value.a" + "[0]".repeat(Bounds.MAX_DEPTH - 2) + "[1]"), e.field(),
        "the second element of the innermost array");
  }

  private static String zeros(int count) {
    return "{\"a\":[" + "0,".repeat(count - 1) + "0]}";
  }

  @Test
  void aStructureHoldsAtMostMaxElementsValuesCountingItsContainers() {
    int zeros = Bounds.MAX_ELEMENTS - 2; // the object and the array are values too
    assertEquals(zeros(zeros), new Parameter.Structure(zeros(zeros), Optional.empty(), Optional.empty(), Optional.empty()).json());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Parameter.Structure(
        zeros(zeros + 1), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of((Bounds.MAX_ELEMENTS + 1) + " values"), e.value());
    assertEquals(Optional.of("value.a[" + zeros + "]"), e.field(), "the first value too many");
  }

  @Test
  void aRuleTablesRowCitesItsOwnClauseOrElseTheTables() {
    Parameter.DecimalTable t = new Parameter.DecimalTable(Map.of(
        "coal", new DecimalEntry(new BigDecimal("0.7143"), Optional.of("附录A.2"), Optional.empty()),
        "gas", DecimalEntry.of("1.2143")), Optional.of("kgce/kg"), Optional.of("附录A"), Optional.empty(), Optional.empty());
    RuleTable<String> table = ParameterSpec.decimalTable("coalFactors", "kgce/kg").bind(pack("anxiao.test.bounds").build(), t);
    assertEquals(Optional.of("附录A.2"), table.applied("coal").citation().clause());
    assertEquals(Optional.of("附录A"), table.applied("gas").citation().clause());
    assertEquals("coalFactors[gas]", table.applied("gas").parameter());
    AnxiaoException unknown = assertThrows(AnxiaoException.class, () -> table.applied("oil"));
    assertEquals(Optional.of("oil"), unknown.value());
  }

  @Test
  void aNumericParametersPresentUnitAndClauseMustNotBeBlank() {
    for (String field : List.of("unit", "clause")) {
      Optional<String> unit = Optional.of(field.equals("unit") ? " " : "kgce");
      Optional<String> clause = Optional.of(field.equals("clause") ? " " : "4.2");
      assertEquals(Optional.of(field), assertThrows(InvalidValueException.class, () -> new Parameter.Decimal(BigDecimal.ONE,
          unit, clause, Optional.empty(), Optional.empty())).field());
      assertEquals(Optional.of(field), assertThrows(InvalidValueException.class, () -> new Parameter.DecimalTable(
          Map.of("coal", DecimalEntry.of("1")), unit, clause, Optional.empty(), Optional.empty())).field());
    }
  }

  @Test
  void aStructureReadFromAPackIsHeldAsCompactText() {
    String json = """
        {"schemaVersion":"1.0","id":"mh.bounds","version":"1.0","kind":"anxiao.test.bounds",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
         "source":{"issuer":"某机关","document":"某文件","year":2024},"verification":"SECONDARY",
         "parameters":{"tiers":{"type":"structure","value":{ "b" : [1, 2] }}}}
        """;
    RulePack read = RulePackReader.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "p.json");
    assertEquals("{\"b\":[1,2]}", read.parameters().get("tiers").valueText());
  }
}
