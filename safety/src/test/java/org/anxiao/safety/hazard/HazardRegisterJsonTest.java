package org.anxiao.safety.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.HazardGenerators;
import org.anxiao.safety.testkit.HazardLifecycleGenerators;
import org.junit.jupiter.api.Test;

/**
 * The hazard register as a JSON document: the example register of a fictional Minhang school validates
 * against the published schema, binds, round-trips, and is written without personal names unless the
 * caller asks; the history's type discriminator round-trips every event.
 */
class HazardRegisterJsonTest {
  private static final String EXAMPLE = "example-register.json";

  static HazardRegister example() throws IOException {
    try (InputStream in = HazardRegisterJsonTest.class.getResourceAsStream(EXAMPLE)) {
      return AnxiaoJson.strict().readDocument(in, HazardRegister.DOCUMENT);
    }
  }

  @Test
  void theExampleValidatesAndBinds() throws IOException {
    HazardRegister r = example();
    assertEquals(4, r.hazards().size());
    Hazard closed = r.hazards().get(0);
    assertEquals(HazardState.CLOSED, closed.state(LocalDate.of(2024, 3, 27)));
    assertEquals(Optional.of("王某某"), ((HazardEvent.RectificationStarted) closed.history().get(1)).owner().name());
    Hazard major = r.hazards().get(1);
    assertEquals(EnumSet.of(PlanElement.RESPONSIBILITY, PlanElement.MEASURES, PlanElement.DEADLINE),
        major.status(LocalDate.of(2024, 4, 1)).plan().orElseThrow().covered());
    assertEquals(Optional.of(MinhangOutcome.HARD_TO_RESOLVE), r.hazards().get(2).outcome(LocalDate.of(2024, 4, 10)));
    assertEquals(Optional.empty(), r.hazards().get(3).outcome(LocalDate.of(2024, 4, 10)));
    // The checks on the example: H-2024-002 lacks funds and the emergency plan.
    HazardCheckResult checks = HazardChecks.in(RuleContext.standard(r.jurisdiction(), LocalDate.of(2024, 4, 10)))
        .check(r, LocalDate.of(2024, 4, 10));
    assertEquals(List.of("H-2024-002"), checks.incompletePlans().stream().map(HazardCheck::hazardId).toList());
    assertEquals(EnumSet.of(PlanElement.FUNDS, PlanElement.EMERGENCY_PLAN), checks.incompletePlans().get(0).missing());
  }

  @Test
  void writingOmitsNamesByDefaultAndKeepsThemOnlyWhenAsked() throws IOException {
    HazardRegister r = example();
    String json = r.toJson();
    assertFalse(json.contains("王某某"), json);
    assertFalse(json.contains("赵某某"), json);
    assertFalse(json.contains("\"name\""), json);
    assertTrue(json.contains("\"role\":\"总务处\""), json);
    String named = r.toJsonWithNames();
    assertTrue(named.contains("王某某") && named.contains("赵某某"));
    assertFalse(r.toString().contains("王某某"), "toString redacts");
    assertEquals(r.withoutNames(), AnxiaoJson.strict().readDocument(json, HazardRegister.DOCUMENT));
  }

  @Test
  void roundTripsWithNamesWhenAsked() throws IOException {
    HazardRegister r = example();
    HazardRegister back = AnxiaoJson.strict().readDocument(r.toJsonWithNames(), HazardRegister.DOCUMENT);
    assertEquals(r, back);
    assertEquals(r.toJsonWithNames(), back.toJsonWithNames());
    assertTrue(r.toJsonWithNames().contains("\"type\":\"FLAGGED_HARD_TO_RESOLVE\""));
  }

  @Test
  void everyEventTypeRoundTripsThroughItsDiscriminator() {
    qt().withExamples(150).forAll(HazardLifecycleGenerators.walks())
        .checkAssert(steps -> {
          Hazard h = LifecycleProperties.walk(steps);
          HazardRegister r = HazardRegister.of("S-1", HazardFixtures.MINHANG, List.of(h));
          assertEquals(r, AnxiaoJson.strict().readDocument(r.toJsonWithNames(), HazardRegister.DOCUMENT));
        });
    for (int k = 0; k < 8; k++) {
      HazardEvent e = HazardLifecycleGenerators.event(k, LocalDate.of(2024, 5, 1));
      assertEquals(e, AnxiaoJson.strict().read(AnxiaoJson.strict().write(e), HazardEvent.class));
      assertTrue(AnxiaoJson.strict().write(e).contains("\"type\":\"" + Lifecycle.typeOf(e) + "\""));
    }
  }

  @Test
  void anIllegalHistoryInADocumentIsRefusedWithItsPointer() throws IOException {
    String json = example().toJson().replace("{\"type\":\"GRADED\",\"date\":\"2024-03-06\",\"grade\":\"GENERAL\"},", "");
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(json, HazardRegister.DOCUMENT));
    // The reader turns the field history[0] into the JSON pointer of the event.
    assertEquals(Optional.of("/hazards/0/history/0"), e.field());
    assertTrue(e.getMessage().contains("in state REPORTED"), e.getMessage());
  }

  @Test
  void theSchemaRefusesWhatTheTypesRefuse() throws IOException {
    String json = example().toJson();
    for (String bad : List.of(json.replace("\"factor\":\"4201\"", "\"factor\":\"4200\""),
        json.replace("\"accidentType\":\"08\"", "\"accidentType\":\"8\""),
        json.replace("\"type\":\"GRADED\"", "\"type\":\"CLOSED\""),
        json.replace("\"unitId\"", "\"unit\""),
        json.replace("\"inspection\":\"SELF\"", "\"inspection\":\"OTHER\""))) {
      assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(bad, HazardRegister.DOCUMENT), bad);
    }
  }

  @Test
  void theDocumentTypeIsContributed() {
    assertEquals(List.of(HazardRegister.DOCUMENT), new SafetyVocabulary().documentTypes());
    assertTrue(DocumentType.contributed().contains(HazardRegister.DOCUMENT));
    assertTrue(HazardRegister.DOCUMENT.isContributed());
    assertEquals("https://anxiao.org/schemas/hazard-register.schema.json", HazardRegister.DOCUMENT.schemaId());
    try (InputStream in = HazardRegister.class.getClassLoader().getResourceAsStream(HazardRegister.SCHEMA_RESOURCE)) {
      assertTrue(in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"$id\""));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void duplicateHazardIdsAreRefused() {
    Hazard h = HazardFixtures.closedGeneral("H-1");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> HazardRegister.of("S-1", HazardFixtures.MINHANG, List.of(h, h)));
    assertEquals(Optional.of("hazards[1].id"), e.field());
  }

  @Test
  void generatedRegistersRoundTripAsDocuments() {
    qt().withExamples(40).forAll(HazardGenerators.registers()).checkAssert(r ->
        assertEquals(r, AnxiaoJson.strict().readDocument(r.toJsonWithNames(), HazardRegister.DOCUMENT)));
  }

  @Test
  void generatedHazardsRoundTripThroughTheMapper() {
    Laws.standard().withExamples(60).jsonRoundTrip(HazardGenerators.hazards("H-1"), Hazard.class,
        AnxiaoJson.strict().mapperCopy());
  }
}
