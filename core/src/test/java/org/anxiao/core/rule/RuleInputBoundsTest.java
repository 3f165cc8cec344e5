package org.anxiao.core.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad value into the rule model is refused by its field, with the value named. */
class RuleInputBoundsTest {
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");

  private static <E extends AnxiaoException> E refused(Class<E> type, String field, org.junit.jupiter.api.function.Executable call) {
    E e = assertThrows(type, call);
    assertEquals(field, e.field().orElse(null), e::getMessage);
    return e;
  }

  private static RulePack.Builder pack() {
    return RulePack.builder().id("test.bounds").version(PackVersion.of("1.0")).kind("anxiao.test.bounds")
        .title(LocalizedText.of("测试", "test")).jurisdiction(JurisdictionCode.CN)
        .validFrom(LocalDate.of(2024, 1, 1)).source(Citation.of("某机关", "某文件", 2024))
        .verification(Verification.SECONDARY);
  }

  private static Parameter.Decimal decimal(String value) {
    return new Parameter.Decimal(new BigDecimal(value), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Parameter.WholeNumber whole(long value) {
    return new Parameter.WholeNumber(value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void hugeDecimalsAreRefusedBeforeAnythingFormatsThem() {
    InvalidValueException e = refused(InvalidValueException.class, "value",
        () -> new Parameter.Decimal(HUGE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("integer digits"), e::getMessage);
    refused(InvalidValueException.class, "value", () -> new DecimalEntry(HUGE, Optional.empty(), Optional.empty()));
    refused(InvalidValueException.class, "value", () -> new DecimalEntry(new BigDecimal("1E-999999999"), Optional.empty(), Optional.empty()));
  }

  @Test
  void validityDatesOutsideTheModelsCalendarAreRefused() {
    for (LocalDate bad : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1)}) {
      InvalidValueException e = refused(InvalidValueException.class, "validFrom", () -> pack().validFrom(bad).build());
      assertTrue(e.getMessage().contains(bad.toString()), e::getMessage);
      refused(InvalidValueException.class, "validTo", () -> pack().validTo(bad).build());
    }
    String json = AnxiaoJson.strict().write(pack().build()).replace("2024-01-01", "0000-01-01");
    RulePackException read = assertThrows(RulePackException.class,
        () -> RulePackReader.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json"));
    assertTrue(read.field().orElseThrow().startsWith("p.json#/validFrom"), read::getMessage);
  }

  @Test
  void schemaVersionMustBeAVersion() {
    for (String bad : new String[] {"", "NaN", "2.0", " 1.0"}) {
      InvalidValueException e = refused(InvalidValueException.class, "schemaVersion", () -> pack().schemaVersion(bad).build());
      assertEquals(bad, e.value().orElse(null));
    }
    assertEquals("1.7", pack().schemaVersion("1.7").build().schemaVersion());
  }

  @Test
  void idsRefuseControlCharacters() {
    refused(InvalidValueException.class, "id", () -> new PackRef("a\u202Eb", PackVersion.of("1")));
    refused(InvalidValueException.class, "parameter", () -> new AppliedRule(PackRef.of("a.b", "1"), "x\u0000",
        "1", Optional.empty(), Verification.SECONDARY, Citation.of("i", "d", 2024)));
  }

  @Test
  void appliedRuleValueMustNotBeBlank() {
    for (String bad : new String[] {"", " \t"}) {
      refused(InvalidValueException.class, "value", () -> new AppliedRule(PackRef.of("a.b", "1"), "x", bad,
          Optional.empty(), Verification.SECONDARY, Citation.of("i", "d", 2024)));
    }
    refused(MissingValueException.class, "value", () -> new AppliedRule(PackRef.of("a.b", "1"), "x", null,
        Optional.empty(), Verification.SECONDARY, Citation.of("i", "d", 2024)));
  }

  @Test
  void nullArgumentsAreMissingValues() {
    RulePack p = pack().build();
    refused(MissingValueException.class, "parameter", () -> p.verificationOf(null));
    refused(MissingValueException.class, "kind", () -> new ResolvedRules(null, JurisdictionCode.CN, LocalDate.of(2024, 1, 1), List.of(p)));
    refused(MissingValueException.class, "jurisdiction", () -> new ResolvedRules("anxiao.test.bounds", null, LocalDate.of(2024, 1, 1), List.of(p)));
    refused(MissingValueException.class, "date", () -> new ResolvedRules("anxiao.test.bounds", JurisdictionCode.CN, null, List.of(p)));
    refused(MissingValueException.class, "layers[0]", () -> new ResolvedRules("anxiao.test.bounds", JurisdictionCode.CN,
        LocalDate.of(2024, 1, 1), Collections.singletonList(null)));
  }

  @Test
  void builderRefusesNullCollectionsAndNullElementsByIndex() {
    refused(MissingValueException.class, "parameters", () -> pack().putAllParameters(null));
    refused(MissingValueException.class, "parameters", () -> pack().parameters(null));
    Map<String, Parameter> withNull = new HashMap<>();
    withNull.put("ratio", null);
    refused(MissingValueException.class, "parameters.ratio", () -> pack().putAllParameters(withNull));
    refused(MissingValueException.class, "parameters", () -> pack().putParameters((Map.Entry<String, Parameter>) null));
  }

  @Test
  void listsInAParameterAreBounded() {
    List<String> million = Collections.nCopies(1_000_000, "A");
    InvalidValueException e = refused(InvalidValueException.class, "values",
        () -> new Parameter.TextList(million, Optional.empty(), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("1000000"), e::getMessage);
    List<String> withNull = new ArrayList<>(List.of("A", "B"));
    withNull.add(null);
    refused(MissingValueException.class, "values[2]",
        () -> new Parameter.TextList(withNull, Optional.empty(), Optional.empty(), Optional.empty()));
    refused(InvalidValueException.class, "values[0]",
        () -> new Parameter.TextList(List.of("A\u0000"), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void structuresAreBoundedInSizeDepthAndText() {
    refused(InvalidValueException.class, "value.tiers[1].name", () -> new Parameter.Structure(
        "{\"tiers\":[{\"name\":\"a\"},{\"name\":\"b\\u202Ec\"}]}", Optional.empty(), Optional.empty(), Optional.empty()));
    String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
    InvalidValueException tooDeep = refused(InvalidValueException.class, "value" + ".a".repeat(Bounds32.DEPTH),
        () -> new Parameter.Structure(deep, Optional.empty(), Optional.empty(), Optional.empty()));
    assertTrue(tooDeep.getMessage().contains("nests at most"), tooDeep::getMessage);
    String many = "{\"tiers\":[" + "0,".repeat(100_001) + "0]}";
    InvalidValueException tooMany = assertThrows(InvalidValueException.class,
        () -> new Parameter.Structure(many, Optional.empty(), Optional.empty(), Optional.empty()));
    assertTrue(tooMany.field().orElseThrow().startsWith("value.tiers["), tooMany::getMessage);
    refused(InvalidValueException.class, "value.x",
        () -> new Parameter.Structure("{\"x\":1E+999999999}", Optional.empty(), Optional.empty(), Optional.empty()));
    // the reader names the pointer of the bad node inside the pack
    String json = AnxiaoJson.strict().write(pack().putParameters("tiers", new Parameter.Structure(
        "{\"tiers\":[{\"name\":\"ok\"}]}", Optional.empty(), Optional.empty(), Optional.empty())).build())
        .replace("\"ok\"", "\"o\\u0000k\"");
    RulePackException read = assertThrows(RulePackException.class,
        () -> RulePackReader.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json"));
    assertEquals("p.json#/parameters/tiers/value/tiers/0/name", read.field().orElseThrow(), read::getMessage);
  }

  /** The depth bound of structures, restated here so that the test fails if it changes unnoticed. */
  private static final class Bounds32 {
    static final int DEPTH = org.anxiao.core.internal.Bounds.MAX_DEPTH;
  }

  @Test
  void aParameterDomainRefusesValuesOutsideItWithThePointer() {
    ParameterSpec<BigDecimal> coal = ParameterSpec.decimal("coalFactor").positive();
    ParameterSpec<Long> guards = ParameterSpec.wholeNumber("guardsPerGate", Optional.empty()).positive();
    ParameterSpec<BigDecimal> share = ParameterSpec.decimal("share").range(BigDecimal.ZERO, BigDecimal.ONE).optional();
    ParameterSpec<RuleTable<String>> rows = ParameterSpec.decimalTable("rows", "kgce").nonNegative().optional();
    RuleKind<List<Object>> kind = RuleKind.of("anxiao.test.bounds", List.of(coal, guards, share, rows),
        b -> List.of(b.get(coal), b.get(guards)));
    Map<String, Parameter> good = new LinkedHashMap<>();
    good.put("coalFactor", decimal("0.1229"));
    good.put("guardsPerGate", whole(2));
    RulePackRegistry.builder().kind(kind).add(pack().parameters(good).build()).build();

    record Case(String name, Parameter value, String pointer) {}
    for (Case c : List.of(
        new Case("coalFactor", decimal("-1"), "/parameters/coalFactor/value"),
        new Case("coalFactor", decimal("0"), "/parameters/coalFactor/value"),
        new Case("guardsPerGate", whole(0), "/parameters/guardsPerGate/value"),
        new Case("guardsPerGate", whole(-1), "/parameters/guardsPerGate/value"),
        new Case("guardsPerGate", whole(Long.MIN_VALUE), "/parameters/guardsPerGate/value"),
        new Case("share", decimal("1.01"), "/parameters/share/value"),
        new Case("rows", new Parameter.DecimalTable(Map.of("coal", DecimalEntry.of("-0.5")), Optional.of("kgce"),
            Optional.empty(), Optional.empty(), Optional.empty()), "/parameters/rows/rows/coal/value"))) {
      Map<String, Parameter> bad = new LinkedHashMap<>(good);
      bad.put(c.name(), c.value());
      RulePackException e = assertThrows(RulePackException.class,
          () -> RulePackRegistry.builder().kind(kind).add(pack().parameters(bad).build()).build(), c::toString);
      assertEquals(RulePackException.INVALID, e.errorCode());
      assertEquals("test.bounds@1.0#" + c.pointer(), e.field().orElseThrow(), e::getMessage);
      assertTrue(e.value().isPresent(), e::getMessage);
    }
    refused(InvalidValueException.class, "type", () -> ParameterSpec.text("name").positive());
    refused(InvalidValueException.class, "max", () -> ParameterSpec.decimal("x").range(BigDecimal.ONE, BigDecimal.ZERO));
  }

  @Test
  void readingAMissingFileOrAFailingStreamIsALibraryError(@TempDir Path dir) {
    RulePackException missing = assertThrows(RulePackException.class, () -> RulePackReader.read(dir.resolve("none.json")));
    assertEquals(RulePackException.NOT_FOUND, missing.errorCode());
    assertEquals("file", missing.field().orElseThrow());
    assertTrue(missing.getMessage().contains("none.json"), missing::getMessage);
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk on fire");
      }
    };
    RulePackException failed = assertThrows(RulePackException.class, () -> RulePackReader.read(failing, "s.json"));
    assertEquals(RulePackException.INVALID, failed.errorCode());
    assertTrue(failed.getMessage().contains("disk on fire"), failed::getMessage);
  }

  @Test
  void aPackWritesTheSameBytesWhateverTheOrderItsParametersWereGivenIn() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      names.add("p" + Integer.toString(i * 7919 % 1000, 36) + i);
    }
    byte[] first = null;
    for (int round = 0; round < 6; round++) {
      Collections.shuffle(names, new java.util.Random(round));
      Map<String, Parameter> parameters = round % 2 == 0 ? new HashMap<>(64, 0.9f) : new LinkedHashMap<>();
      for (String n : names) {
        parameters.put(n, decimal(Integer.toString(n.length())));
      }
      RulePack p = pack().parameters(parameters).putParameters("table", new Parameter.DecimalTable(
          tableRows(names, round), Optional.of("kgce"), Optional.empty(), Optional.empty(), Optional.empty())).build();
      byte[] bytes = AnxiaoJson.strict().write(p).getBytes(StandardCharsets.UTF_8);
      byte[] pretty = AnxiaoJson.strict().writePretty(p).getBytes(StandardCharsets.UTF_8);
      if (first == null) {
        first = bytes;
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> sorted = new ArrayList<>(names);
        sorted.add("table");
        Collections.sort(sorted);
        int at = -1;
        for (String n : sorted) {
          int next = text.indexOf("\"" + n + "\":{");
          assertTrue(next > at, () -> n + " out of order in " + text);
          at = next;
        }
      } else {
        assertArrayEquals(first, bytes, "round " + round);
      }
      assertEquals(p, AnxiaoJson.strict().read(pretty, RulePack.class));
    }
  }

  private static Map<String, DecimalEntry> tableRows(List<String> names, int round) {
    Map<String, DecimalEntry> rows = round % 2 == 0 ? new HashMap<>() : new LinkedHashMap<>();
    names.forEach(n -> rows.put(n.toUpperCase(java.util.Locale.ROOT), DecimalEntry.of("1.5")));
    return rows;
  }
}
