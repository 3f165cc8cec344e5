package org.anxiao.core.json;

import org.anxiao.core.testkit.gen.PeriodGenerators;
import org.anxiao.core.testkit.gen.ValueGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Quarter;
import org.anxiao.core.time.Semester;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The value definitions of {@code common.schema.json} agree with the Java types: every value the
 * library writes passes, and for codes the schema accepts exactly what the Java parser accepts.
 */
class SchemaDefinitionProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = AnxiaoJson.strict().mapperCopy();

  private static Schema definition(String name) {
    return SchemaFiles.compiled("common", "/$defs/" + name);
  }

  private static boolean passes(Schema schema, String text) {
    return schema.validate(NODES.textNode(text)).isEmpty();
  }

  private static boolean parses(Supplier<?> parser) {
    try {
      parser.get();
      return true;
    } catch (AnxiaoException e) {
      return false;
    }
  }

  /** Strings of 0 to {@code max} characters drawn from {@code alphabet}. */
  private static Gen<String> strings(String alphabet, int max) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, max)
        .map(l -> l.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void everyDecimalTheLibraryWritesIsADecimalString() {
    Schema decimal = definition("decimal");
    Schema nonNegative = definition("nonNegativeDecimal");
    Schema positive = definition("positiveDecimal");
    qt().forAll(ValueGenerators.wideDecimals()).checkAssert(d -> {
      String written = AnxiaoJson.strict().write(d);
      String text = written.substring(1, written.length() - 1);
      assertEquals(d.toPlainString(), text);
      assertEquals(text.length() <= 64, passes(decimal, text), text);
      if (text.length() <= 64) {
        assertEquals(d.signum() >= 0, passes(nonNegative, text), text);
        assertEquals(d.signum() > 0, passes(positive, text), text);
      }
    });
  }

  @Test
  void aDecimalStringTheSchemaAcceptsIsReadToTheSameValue() {
    Schema decimal = definition("decimal");
    qt().forAll(strings("0123456789.-+eE", 10)).checkAssert(s -> {
      if (passes(decimal, s)) {
        assertEquals(new BigDecimal(s), AnxiaoUnits.decimal(s), s);
        assertTrue(s.chars().allMatch(c -> c == '-' || c == '.' || Character.isDigit(c)), s);
      }
    });
  }

  @Test
  void jurisdictionCodeSchemaAcceptsExactlyTheCodesJavaAccepts() {
    Schema code = definition("jurisdictionCode");
    Gen<String> sixDigits = lists().of(integers().between(0, 9)).ofSize(6)
        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> shaped = sixDigits.zip(integers().between(0, 3), (digits, shape) -> switch (shape) {
      case 0 -> digits.substring(0, 2) + "0000";
      case 1 -> digits.substring(0, 4) + "00";
      case 2 -> digits.substring(0, 2) + "00" + digits.substring(4);
      default -> digits;
    });
    qt().forAll(shaped.mix(strings("0123456789CNX", 7))).checkAssert(s ->
        assertEquals(parses(() -> JurisdictionCode.of(s)), passes(code, s), s));
  }

  @Test
  void packVersionSchemaAcceptsExactlyTheVersionsJavaAccepts() {
    Schema version = definition("packVersion");
    Gen<String> dotted = lists().of(strings("0123456789", 11)).ofSizeBetween(1, 6).map(l -> String.join(".", l));
    qt().forAll(dotted.mix(strings("0123456789.", 14))).checkAssert(s ->
        assertEquals(parses(() -> PackVersion.of(s)), passes(version, s), s));
  }

  @Test
  void findingCodeSchemaAcceptsExactlyTheCodesJavaAccepts() {
    Schema code = definition("findingCode");
    qt().forAll(strings("AZ09_.a", 12)).checkAssert(s ->
        assertEquals(parses(() -> FindingCode.of(s)), passes(code, s), s));
  }

  @Test
  void everyPeriodCodeTheLibraryWritesPassesAndParsesBack() {
    Schema code = definition("periodCode");
    Gen<Period> periods = PeriodGenerators.periods(1900, 2198);
    qt().forAll(periods).checkAssert(p -> {
      JsonNode written = MAPPER.valueToTree(p);
      assertEquals(p.code(), written.asText());
      assertTrue(passes(code, p.code()), p.code());
      assertEquals(p, Period.parse(p.code()));
    });
  }

  @Test
  void everyInstantTheLibraryWritesPasses() {
    Schema instant = definition("instant");
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    qt().forAll(longs().between(from, to), integers().between(0, 999_999_999), arbitrary().pick(0, 1))
        .checkAssert((seconds, nanos, whole) -> {
          Instant t = Instant.ofEpochSecond(seconds, whole == 0 ? 0 : nanos);
          String text = MAPPER.valueToTree(t).asText();
          assertTrue(passes(instant, text), text);
          assertEquals(t, AnxiaoJson.strict().read('"' + text + '"', Instant.class));
        });
  }
}
