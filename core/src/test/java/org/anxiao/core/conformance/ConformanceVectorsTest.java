package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.fire.CrowdedPlaceDetermination;
import org.anxiao.core.fire.CrowdedPlaces;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.scorecard.SectionScore;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Periods;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector of the language-neutral conformance files in {@code conformance/} through the
 * library with {@link ConformanceRunner}: per file a container with its schema, header and data-file
 * checks and one dynamic test per vector, named {@code file#id comment}. A vector file the runner
 * does not know, or a known file that is missing, fails; so does an error code of the vector-file
 * schema that the conformance README does not define or the library does not throw.
 */
class ConformanceVectorsTest {
  private static final Subject SUBJECT = Subject.of(SubjectKind.SCHOOL, "conformance");
  /** The artifact whose jar carries the data files the core vectors name. */
  private static final String CORE_ARTIFACT = "org.anxiao:anxiao-core";
  private static final String UNIT_DEFINITIONS = "org/anxiao/core/unit/unit-definitions.json";
  private static final String JURISDICTION_TABLE = "org/anxiao/core/jurisdiction/gbt2260.json";

  /**
   * Vector file name → the calculator it must declare, the runner of its tests and the reference
   * tables (class-path resources) the calculator reads, which the file must name in
   * {@code dataFiles}.
   */
  static final Map<String, Calculator> CALCULATORS = Map.of(
      "scorecard.json", new Calculator("anxiao.core.scorecard", ConformanceVectorsTest::scorecard, Set.of(),
          CORE_ARTIFACT),
      "units.json", new Calculator("anxiao.core.units", ConformanceVectorsTest::units, Set.of(UNIT_DEFINITIONS),
          CORE_ARTIFACT),
      "periods.json", new Calculator("anxiao.core.periods", ConformanceVectorsTest::periods, Set.of(), CORE_ARTIFACT),
      "crowded-places.json", new Calculator("anxiao.core.crowded-places", ConformanceVectorsTest::crowdedPlaces,
          Set.of(JURISDICTION_TABLE), CORE_ARTIFACT),
      "wire.json", new Calculator("anxiao.core.wire", ConformanceVectorsTest::wire,
          Set.of("META-INF/anxiao/schemas/checklist.schema.json", ConformanceRunner.COMMON_SCHEMA_RESOURCE), CORE_ARTIFACT));

  /** The document types a wire vector may name, by their wire names. */
  private static final Map<String, DocumentType<?>> DOCUMENT_TYPES = Map.of(
      "school", org.anxiao.core.school.SchoolDocument.DOCUMENT,
      "rule-pack", org.anxiao.core.rule.RulePack.DOCUMENT,
      "checklist", Checklist.DOCUMENT,
      "scorecard", Scorecard.DOCUMENT,
      "assessment", org.anxiao.core.finding.Assessment.DOCUMENT,
      "jurisdiction-table", org.anxiao.core.jurisdiction.JurisdictionTable.DOCUMENT,
      "pack-index", org.anxiao.core.rule.PackIndex.DOCUMENT);

  @TestFactory
  Stream<DynamicNode> vectors() {
    Path folder = ConformanceRunner.folder();
    ConformanceRunner runner = new ConformanceRunner(folder, folder.getParent(), CALCULATORS);
    List<String> files = runner.fileNames();
    DynamicNode known = DynamicTest.dynamicTest("every vector file has a runner and every runner a file", () -> {
      Set<String> unknown = new TreeSet<>(files);
      unknown.removeAll(CALCULATORS.keySet());
      assertTrue(unknown.isEmpty(), "vector files the runner does not know: " + unknown);
      Set<String> missing = new TreeSet<>(CALCULATORS.keySet());
      missing.removeAll(files);
      assertTrue(missing.isEmpty(), "vector files missing from " + folder + ": " + missing);
    });
    return Stream.concat(Stream.of(known), runner.files());
  }

  // ---------------------------------------------------------------------------------------------
  // Outcome handling

  private static <T> void expect(JsonNode test, Supplier<T> action, java.util.function.BiConsumer<T, JsonNode> check) {
    VectorOutcomes.expect(test, action, check);
  }

  private static String errorCode(AnxiaoException e) {
    return VectorOutcomes.errorCode(e);
  }

  private static void assertDecimal(JsonNode expected, BigDecimal actual, String what) {
    VectorOutcomes.assertDecimal(what, expected, actual);
  }

  private static <T> T bind(JsonNode node, Class<T> type) {
    return VectorOutcomes.bind(node, type);
  }

  // ---------------------------------------------------------------------------------------------
  // Calculators

  /**
   * Checking the group's checklist is part of each test's call: a checklist that breaks a rule fails
   * every test of its group with the checklist's error, before any response is read.
   */
  private static void scorecard(VectorFile file, JsonNode group, JsonNode test) {
    expect(test, () -> {
      Checklist checklist = bind(group.path("parameters").path("checklist"), Checklist.class);
      ItemResponse[] responses = bind(test.path("input").path("responses"), ItemResponse[].class);
      return Scorecards.score(checklist, SUBJECT, List.of(responses));
    }, (Scorecard card, JsonNode expected) -> {
      assertDecimal(expected.path("total"), card.total(), "total");
      assertDecimal(expected.path("maxScore"), card.maxScore(), "maxScore");
      assertDecimal(expected.path("percent"), card.percent(), "percent");
      assertEquals(expected.path("grade").asText(), card.grade().code(), "grade");
      assertEquals(expected.path("gradeByScore").asText(), card.gradeByScore().code(), "gradeByScore");
      assertEquals(expected.path("vetoed").asBoolean(), card.vetoed(), "vetoed");
      assertEquals(texts(expected.path("vetoItems")), card.vetoItems(), "vetoItems");
      JsonNode sections = expected.path("sections");
      assertEquals(sections.size(), card.sections().size(), "number of sections");
      for (int i = 0; i < sections.size(); i++) {
        JsonNode want = sections.get(i);
        SectionScore got = card.sections().get(i);
        String at = "sections[" + i + "]";
        assertEquals(want.path("id").asText(), got.sectionId(), at + ".id");
        assertEquals(want.path("applicable").asBoolean(), got.applicable(), at + ".applicable");
        assertDecimal(want.path("score"), got.score(), at + ".score");
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void units(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    JsonNode rounding = test.path("expected").get("rounding");
    expect(test, () -> {
      Measure measure = bind(input.path("quantity"), Measure.class);
      Unit target = AnxiaoUnits.unit(input.path("target").asText());
      Quantity quantity = AnxiaoUnits.of(measure.value(), (Unit) AnxiaoUnits.unit(measure.unit()));
      BigDecimal value = AnxiaoUnits.toDecimal(quantity, target);
      // The exact value rounded once, to compare with the library's result rounded again.
      return rounding == null ? Map.entry(value, value)
          : Map.entry(value, AnxiaoUnits.toDecimal(quantity, target, rounding.path("decimals").asInt()));
    }, (Map.Entry<BigDecimal, BigDecimal> result, JsonNode expected) -> {
      assertEquals(expected.path("unit").asText(), input.path("target").asText(), "expected unit is the target");
      BigDecimal value = result.getKey();
      assertEquals(0, value.compareTo(AnxiaoUnits.decimal(value.toPlainString())), "the result reads back");
      BigDecimal actual = value;
      if (rounding != null) {
        assertEquals("HALF_EVEN", rounding.path("mode").asText(), "rounding mode");
        actual = value.setScale(rounding.path("decimals").asInt(), RoundingMode.HALF_EVEN);
        assertDecimal(expected.path("value"), result.getValue(), "the exact value rounded once");
      }
      assertDecimal(expected.path("value"), actual, "value (unrounded: " + value.toPlainString() + ")");
    });
  }

  /**
   * Reads the document text as a top-level document of the group's type and mode. The code
   * expected is the reader's own ({@code JSON_*}), not the model error a {@code JSON_INVALID_VALUE}
   * carries.
   */
  private static void wire(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    DocumentType<?> type = DOCUMENT_TYPES.get(parameters.path("documentType").asText());
    assertTrue(type != null, () -> "unknown document type " + parameters.path("documentType"));
    AnxiaoJson json = "lenient".equals(parameters.path("mode").asText()) ? AnxiaoJson.lenient() : AnxiaoJson.strict();
    String text = test.path("input").path("document").asText();
    JsonNode expectedError = test.get("expectedError");
    try {
      json.readDocument(text, type);
    } catch (AnxiaoException e) {
      if (expectedError == null) {
        throw new AssertionError("expected the document to be read, got " + e.errorCode() + ": " + e.getMessage(), e);
      }
      assertEquals(expectedError.asText(), e.errorCode(), () -> "error code; message: " + e.getMessage());
      return;
    }
    if (expectedError != null) {
      fail("expected error " + expectedError.asText() + ", the document was read");
    }
    assertTrue(test.path("expected").path("valid").asBoolean(), "expected.valid");
  }

  private static void periods(VectorFile file, JsonNode group, JsonNode test) {
    String check = group.path("parameters").path("check").asText();
    JsonNode input = test.path("input");
    switch (check) {
      case "parse" -> expect(test, () -> Period.parse(input.path("code").asText()), (Period p, JsonNode expected) -> {
        assertEquals(expected.path("code").asText(), p.code(), "code");
        assertEquals(LocalDate.parse(expected.path("start").asText()), p.start(), "start");
        assertEquals(LocalDate.parse(expected.path("end").asText()), p.end(), "end");
        assertEquals(expected.path("days").asLong(), p.days(), "days");
      });
      case "noOverlap" -> expect(test, () -> {
        Periods.requireNoOverlap("periods", parseAll(input.path("periods")));
        return Boolean.FALSE;
      }, (Boolean overlap, JsonNode expected) -> assertEquals(expected.path("overlap").asBoolean(), overlap, "overlap"));
      case "gaps" -> expect(test, () -> {
        List<Period> periods = parseAll(input.path("periods"));
        Period within = Period.parse(input.path("within").asText());
        List<String> gaps = Periods.gaps(periods, within).stream().map(DateRange::code).toList();
        return Map.entry(gaps, Periods.tiles(periods, within));
      }, (Map.Entry<List<String>, Boolean> result, JsonNode expected) -> {
        assertEquals(texts(expected.path("gaps")), result.getKey(), "gaps");
        assertEquals(expected.path("tiles").asBoolean(), result.getValue(), "tiles");
      });
      default -> fail("unknown periods check " + check);
    }
  }

  /**
   * Installing the group's test packs ({@code parameters.testPacks}) on top of the standard packs is
   * part of each test's call: a set of packs the registry refuses fails every test of its group.
   */
  private static void crowdedPlaces(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    List<String> packs = texts(file.root().path("packs"));
    expect(test, () -> {
      CrowdedPlaces rule = CrowdedPlaces.in(RuleContext.of(
          ConformanceRunner.registryWithTestPacks(file, parameters.path("testPacks")),
          JurisdictionCode.of(parameters.path("jurisdiction").asText()),
          LocalDate.parse(parameters.path("date").asText())));
      List<String> inForce = parameters.has("packs") ? texts(parameters.path("packs")) : packs;
      assertEquals(inForce, rule.rules().packs().stream().map(PackRef::toString).toList(), "packs in force");
      Building building = Building.builder()
          .id("conformance-building")
          .name("conformance building")
          .use(BuildingUse.valueOf(input.path("use").asText()))
          .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER))
          .crowdedPlace(input.has("crowdedPlace") ? Optional.of(input.path("crowdedPlace").asBoolean()) : Optional.empty())
          .build();
      return rule.determine(building);
    }, (CrowdedPlaceDetermination d, JsonNode expected) -> {
      assertEquals(expected.path("crowded").asBoolean(), d.crowded(), "crowded");
      assertEquals(expected.path("basis").asText(), d.basis().name(), "basis");
      assertEquals(texts(expected.path("parameters")), d.rules().stream().map(AppliedRule::parameter).toList(),
          "parameters consulted");
      for (AppliedRule rule : d.rules()) {
        assertTrue(packs.contains(rule.pack().toString()), "rule from a pack the file does not list: " + rule.pack());
      }
      if (expected.has("from")) {
        assertEquals(texts(expected.path("from")), d.rules().stream().map(r -> r.pack().toString()).toList(),
            "the pack each parameter consulted came from");
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static List<Period> parseAll(JsonNode codes) {
    List<Period> periods = new ArrayList<>();
    codes.forEach(c -> periods.add(Period.parse(c.asText())));
    return periods;
  }

  private static List<String> texts(JsonNode array) {
    return VectorOutcomes.texts(array);
  }
}
