package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.measure.Quantity;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.campus.KeyPart;
import org.anxiao.core.campus.KeyPartKind;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.Deduction;
import org.anxiao.core.scorecard.GradeBand;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.ItemScore;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.scorecard.SectionScore;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each object definition of the schemas against the Java type it describes: the properties it
 * declares are exactly those the library writes, and those it requires are exactly those whose
 * absence the Java reader rejects.
 *
 * <p>The samples avoid cross-field invariants (a key part naming a building, PARTIAL boarding
 * needing pupils) so that removing one property tests only that property; where a property is
 * needed only because of another one, the row lists it as dependent.
 */
class SchemaModelAgreementTest {
  private static final ObjectMapper MAPPER = AnxiaoJson.strict().mapperCopy();

  /**
   * One schema definition and its Java type.
   *
   * @param schema    schema name
   * @param pointer   the definition, empty for the document itself
   * @param type      the Java type the reader binds it to
   * @param samples   instances that together write every property
   * @param dependent properties whose absence Java rejects only because of another property's value
   */
  record Row(String schema, String pointer, Class<?> type, List<?> samples, Set<String> dependent) {
    Row(String schema, String pointer, Class<?> type, Object... samples) {
      this(schema, pointer, type, List.of(samples), Set.of());
    }

    @Override
    public String toString() {
      return schema + "#" + pointer + " ~ " + type.getSimpleName();
    }
  }

  static Stream<Row> rows() {
    Scorecard scorecard = unvetoedScorecard();
    SectionScore section = scorecard.sections().get(0);
    Map<String, Parameter> parameters = WireSamples.allParameterTypes();
    return Stream.of(
        new Row("common", "/$defs/localizedText", LocalizedText.class, WireSamples.text("中", "en")),
        new Row("common", "/$defs/quantity", Quantity.class, AnxiaoUnits.of("12.5", AnxiaoUnits.KILOWATT_HOUR)),
        new Row("common", "/$defs/quantity", Measure.class, Measure.of("-3.25", "tCO2e")),
        new Row("common", "/$defs/money", Money.class, Money.ofYuan("-12.3")),
        new Row("common", "/$defs/citation", Citation.class, WireSamples.fullCitation()),
        new Row("common", "/$defs/packRef", PackRef.class, WireSamples.PACK),
        new Row("common", "/$defs/packHeader", PackHeader.class, WireSamples.fullRulePack().header()),
        new Row("common", "/$defs/appliedRule", AppliedRule.class, WireSamples.fullAppliedRule()),
        new Row("common", "/$defs/subject", Subject.class, WireSamples.SCHOOL_SUBJECT),
        new Row("common", "/$defs/finding", Finding.class,
            Finding.builder().from(WireSamples.fullFinding()).required(Optional.empty()).build(),
            Finding.builder().from(WireSamples.fullFinding()).measured(Optional.empty()).build()),
        new Row("common", "/$defs/gradeBand", GradeBand.class, scorecard.grade()),
        new Row("school", "", SchoolDocument.class, new SchoolDocument("1.0", WireSamples.minimalSchool(),
            Optional.of(org.anxiao.core.text.LocalizedText.of("虚构", "fictional")))),
        new Row("school", "/$defs/school", School.class, School.builder().from(WireSamples.fullSchool())
            .boarding(BoardingMode.NONE).boarders(0).build()),
        new Row("school", "/$defs/stageEnrolment", StageEnrolment.class,
            new StageEnrolment(SchoolStage.PRIMARY, 30, 1)),
        new Row("school", "/$defs/campus", Campus.class, Campus.builder().from(WireSamples.fullCampus())
            .keyParts(List.of(new KeyPart("K2", "配电房", KeyPartKind.POWER_SUPPLY, Optional.empty()))).build()),
        new Row("school", "/$defs/boundary", Boundary.class, WireSamples.boundary()),
        new Row("school", "/$defs/geoPoint", GeoPoint.class, WireSamples.boundary().vertices().get(0)),
        new Row("school", "/$defs/gate", Gate.class, new Gate("g", "南门", GateKind.PEDESTRIAN, true, false)),
        new Row("school", "/$defs/building", Building.class, WireSamples.fullBuilding()),
        new Row("school", "/$defs/keyPart", KeyPart.class,
            new KeyPart("K1", "危化品仓库", KeyPartKind.HAZARDOUS_MATERIALS_STORE, Optional.of("B1"))),
        new Row("rule-pack", "", RulePack.class, WireSamples.fullRulePack()),
        new Row("rule-pack", "/$defs/decimalParameter", Parameter.class, parameters.get("coalFactor")),
        new Row("rule-pack", "/$defs/integerParameter", Parameter.class, parameters.get("guardsPerGate")),
        new Row("rule-pack", "/$defs/booleanParameter", Parameter.class, parameters.get("countNightGates")),
        new Row("rule-pack", "/$defs/textParameter", Parameter.class, parameters.get("postCode")),
        new Row("rule-pack", "/$defs/textListParameter", Parameter.class, parameters.get("gateKinds")),
        new Row("rule-pack", "/$defs/decimalTableParameter", Parameter.class, parameters.get("factors")),
        new Row("rule-pack", "/$defs/structureParameter", Parameter.class, parameters.get("tiers")),
        new Row("rule-pack", "/$defs/decimalEntry", DecimalEntry.class,
            ((Parameter.DecimalTable) parameters.get("factors")).rows().get("ELECTRICITY")),
        new Row("checklist", "", Checklist.class, WireSamples.fullChecklist()),
        new Row("checklist", "/$defs/section", ChecklistSection.class, WireSamples.fullChecklist().sections().get(0)),
        new Row("checklist", "/$defs/item", ChecklistItem.class,
            WireSamples.fullChecklist().sections().get(0).items().get(0)),
        new Row("scorecard", "", Scorecard.class, scorecard, WireSamples.minimalScorecard()),
        new Row("scorecard", "/$defs/sectionScore", SectionScore.class, section),
        new Row("scorecard", "/$defs/itemScore", ItemScore.class, section.items().get(1)),
        new Row("assessment", "", Assessment.class,
            Assessment.builder().from(WireSamples.fullAssessment()).rulesApplied(List.of()).build()),
        new Row("jurisdiction-table", "", JurisdictionTable.class, WireSamples.fullJurisdictionTable()),
        new Row("jurisdiction-table", "/$defs/jurisdiction", Jurisdiction.class,
            List.of(WireSamples.fullJurisdictionTable().entries().get(2)), Set.of("parent")),
        new Row("pack-index", "", PackIndex.class, WireSamples.fullPackIndex()),
        new Row("pack-index", "/$defs/entry", PackIndex.Entry.class, WireSamples.fullPackIndex().packs().get(0)));
  }

  /** A scorecard with a pack, a deduction and no veto, so that vetoItems may be left out. */
  static Scorecard unvetoedScorecard() {
    return Scorecards.score(WireSamples.fullChecklist(), WireSamples.SCHOOL_SUBJECT, List.of(
        ItemResponse.scored("fire.exits", "10"),
        ItemResponse.deducted("fire.drills", new Deduction(new BigDecimal("1"), "演练记录不全")),
        ItemResponse.scored("canteen.samples", "20"),
        ItemResponse.notApplicable("canteen.boarding")));
  }

  private static JsonNode definition(Row row) {
    JsonNode d = SchemaFiles.node(row.schema(), row.pointer());
    assertEquals("object", d.path("type").asText(), row + " is an object definition");
    return d;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void declaredPropertiesAreExactlyTheWrittenOnes(Row row) {
    Set<String> written = new TreeSet<>();
    for (Object sample : row.samples()) {
      MAPPER.valueToTree(sample).fieldNames().forEachRemaining(written::add);
    }
    assertEquals(SchemaFiles.properties(definition(row)), written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void samplesPassTheirDefinition(Row row) {
    for (Object sample : row.samples()) {
      JsonNode tree = MAPPER.valueToTree(sample);
      assertEquals(List.of(), SchemaFiles.validate(row.schema(), row.pointer(), tree), tree::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void requiredPropertiesAreExactlyThoseTheReaderNeeds(Row row) {
    Set<String> required = SchemaFiles.required(definition(row));
    Set<String> needed = new TreeSet<>();
    for (Object sample : row.samples()) {
      ObjectNode tree = MAPPER.valueToTree(sample);
      assertTrue(tree.properties().stream().map(Map.Entry::getKey).toList().containsAll(required),
          "a sample writes every required property: " + tree);
      for (String property : List.copyOf(SchemaFiles.properties(definition(row)))) {
        if (!tree.has(property)) {
          continue;
        }
        ObjectNode without = tree.deepCopy();
        without.remove(property);
        if (!binds(without, row.type())) {
          needed.add(property);
        }
      }
    }
    needed.removeAll(row.dependent());
    if (row.pointer().isEmpty()) {
      // The document reader checks schemaVersion before binding; the model defaults it.
      needed.add("schemaVersion");
    }
    assertEquals(required, needed);
  }

  private static boolean binds(JsonNode tree, Class<?> type) {
    try {
      AnxiaoJson.strict().bind(tree, type);
      return true;
    } catch (AnxiaoException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void samplesRoundTripThroughTheReader(Row row) {
    for (Object sample : row.samples()) {
      assertEquals(sample, AnxiaoJson.strict().bind(MAPPER.valueToTree(sample), row.type()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void definitionsRejectUnknownProperties(Row row) {
    JsonNode additional = definition(row).path("additionalProperties");
    assertTrue(additional.isBoolean() && !additional.asBoolean(), row.toString());
  }
}
