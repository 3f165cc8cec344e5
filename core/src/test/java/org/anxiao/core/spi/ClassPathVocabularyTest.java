package org.anxiao.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import javax.measure.MetricPrefix;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Power;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.AnxiaoModule;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.vocabtest.MeterSerial;
import org.junit.jupiter.api.Test;
import tech.units.indriya.unit.Units;

/**
 * On the class path, the contributions of {@link TestVocabulary} (found by {@code ServiceLoader} in
 * {@code META-INF/services}) read and write like core's own: the unit codes {@code kW} and
 * {@code MW}, the subject kind {@code METER}, the document type {@code meter-reading} validated
 * against its contributed schema, and the mix-in for {@link MeterSerial}.
 */
class ClassPathVocabularyTest {
  private static final String READING = """
      {"schemaVersion": "1.0", "meter": {"kind": "METER", "id": "M-1"}, "serial": "SN-7",
       "peakDemand": {"value": "2.5", "unit": "kW"}, "capacity": {"value": "1.5", "unit": "MW"}}""";

  private static String reading(String from, String to) {
    assertTrue(READING.contains(from), from);
    return READING.replace(from, to);
  }

  @Test
  void contributedUnitCodesParseAndWriteInAMeasure() {
    assertTrue(AnxiaoUnits.codes().containsAll(java.util.Set.of("kW", "MW", "kWh")), AnxiaoUnits.codes().toString());
    Quantity<Power> peak = Measure.of("2.5", "kW").toQuantity(Power.class);
    assertEquals("2.5 kW", Measure.of(peak).toString());
    assertEquals("kW", AnxiaoUnits.code(MetricPrefix.KILO(Units.WATT)));
    assertEquals("kW", AnxiaoUnits.code(AnxiaoUnits.referenceUnit(Power.class)));
    Unit<Power> mw = AnxiaoUnits.unit("capacity", "MW", Power.class);
    Quantity<Power> capacity = AnxiaoUnits.of("1.5", mw);
    assertEquals("1.5 MW", Measure.of(capacity).toString());
    assertEquals(0, new BigDecimal("1500").compareTo(
        AnxiaoUnits.toDecimal(capacity, AnxiaoUnits.unit("kw", "kW", Power.class))));
    // A power unit is no energy unit, contributed or not.
    assertThrows(UnitMismatchException.class, () -> Measure.of("2.5", "kW").toQuantity(javax.measure.quantity.Energy.class));
    assertThrows(UnknownCodeException.class, () -> Measure.of("1", "GW"));
  }

  @Test
  void contributedUnitCodesRoundTripAsJsonQuantities() {
    Quantity<Power> peak = AnxiaoUnits.of("2.5", AnxiaoUnits.unit("peak", "kW", Power.class));
    String json = AnxiaoJson.strict().write(peak);
    assertEquals("{\"value\":\"2.5\",\"unit\":\"kW\"}", json);
    Quantity<?> back = AnxiaoJson.strict().read(json, Quantity.class);
    assertEquals(Measure.of(peak), Measure.of(back));
    MeterReading r = AnxiaoJson.strict().read(READING, MeterReading.class);
    assertEquals(Measure.of("2.5", "kW"), Measure.of(r.peakDemand()));
    assertEquals(Measure.of("1.5", "MW"), r.capacity());
    WireFormatException energy = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read(reading("\"2.5\", \"unit\": \"kW\"", "\"2.5\", \"unit\": \"kWh\""), MeterReading.class));
    assertEquals("/peakDemand/unit", energy.pointer(), energy.getMessage());
    assertInstanceOf(UnitMismatchException.class, energy.modelError().orElseThrow());
  }

  @Test
  void contributedSubjectKindBindsFromJsonAndByCode() {
    SubjectKind meter = SubjectKind.of("METER");
    assertEquals("METER", meter.code());
    assertEquals("计量表", meter.label().zh());
    assertTrue(SubjectKind.values().contains(meter));
    assertEquals(SubjectKind.builtIn(), SubjectKind.values().subList(0, SubjectKind.builtIn().size()));
    assertFalse(SubjectKind.builtIn().contains(meter));
    Subject subject = AnxiaoJson.strict().read("{\"kind\":\"METER\",\"id\":\"M-1\"}", Subject.class);
    assertEquals(Subject.of(meter, "M-1"), subject);
    assertEquals("{\"kind\":\"METER\",\"id\":\"M-1\"}", AnxiaoJson.strict().write(subject));
    assertEquals("{\"kind\":\"SCHOOL\",\"id\":\"S1\"}", AnxiaoJson.strict().write(Subject.of(SubjectKind.SCHOOL, "S1")));
  }

  @Test
  void anUnknownSubjectKindIsRefusedNamingFieldAndValue() {
    UnknownCodeException direct = assertThrows(UnknownCodeException.class, () -> SubjectKind.of("BOILER"));
    assertEquals("kind", direct.field().orElseThrow());
    assertEquals("BOILER", direct.value().orElseThrow());
    assertEquals("subject kind", direct.codeSystem());
    WireFormatException wire = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\"kind\":\"BOILER\",\"id\":\"B-1\"}", Subject.class));
    assertEquals("/kind", wire.pointer(), wire.getMessage());
    assertEquals("BOILER", wire.value().orElseThrow());
    assertInstanceOf(UnknownCodeException.class, wire.modelError().orElseThrow());
  }

  @Test
  void contributedDocumentTypeIsReadAndValidatedAgainstItsSchema() {
    assertTrue(DocumentType.contributed().contains(TestVocabulary.METER_READING));
    MeterReading r = AnxiaoJson.strict().readDocument(READING, TestVocabulary.METER_READING);
    assertEquals(Subject.of(SubjectKind.of("METER"), "M-1"), r.meter());
    assertEquals(new MeterSerial("SN-7"), r.serial());
    assertEquals(Measure.of("2.5", "kW"), Measure.of(r.peakDemand()));
  }

  @Test
  void anInvalidContributedDocumentIsRefusedWithAPointer() {
    WireFormatException serial = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(reading("SN-7", "7"), TestVocabulary.METER_READING));
    assertEquals(WireFormatException.SCHEMA, serial.errorCode());
    assertEquals("/serial", serial.pointer(), serial.getMessage());
    assertTrue(serial.getMessage().contains("meter-reading"), serial.getMessage());
    WireFormatException unknownField = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(reading("\"serial\"", "\"colour\": \"red\", \"serial\""),
            TestVocabulary.METER_READING));
    assertEquals("/colour", unknownField.pointer(), unknownField.getMessage());
    // Core's definitions, reached by $ref from the contributed schema, apply too.
    WireFormatException kind = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(reading("METER", "meter"), TestVocabulary.METER_READING));
    assertEquals("/meter/kind", kind.pointer(), kind.getMessage());
    // A well-formed code that no module defines passes the schema and is refused when bound.
    WireFormatException boiler = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(reading("METER", "BOILER"), TestVocabulary.METER_READING));
    assertEquals(WireFormatException.INVALID_VALUE, boiler.errorCode());
    assertEquals("/meter/kind", boiler.pointer(), boiler.getMessage());
    WireFormatException gigawatt = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(reading("\"MW\"", "\"GW\""), TestVocabulary.METER_READING));
    assertEquals("/capacity/unit", gigawatt.pointer(), gigawatt.getMessage());
    assertInstanceOf(UnknownCodeException.class, gigawatt.modelError().orElseThrow());
  }

  @Test
  void aDocumentTypeNoProviderContributedHasNoSchema() {
    DocumentType<MeterReading> stray = DocumentType.of("meter-reading", MeterReading.class,
        TestVocabulary.class.getModule(), "org/anxiao/core/spi/elsewhere.schema.json");
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> AnxiaoJson.strict().readDocument(READING, stray));
    assertEquals("documentType", e.field().orElseThrow());
    assertEquals("meter-reading", e.value().orElseThrow());
    assertThrows(UnknownCodeException.class,
        () -> AnxiaoJson.strict().readDocument(READING, DocumentType.of("meter-reading", MeterReading.class)));
  }

  @Test
  void contributedMixInsApplyToAnxiaoJsonAndToAnxiaoModule() throws Exception {
    MeterSerial serial = new MeterSerial("SN-7");
    assertEquals("\"SN-7\"", AnxiaoJson.strict().write(serial));
    assertEquals(serial, AnxiaoJson.strict().read("\"SN-7\"", MeterSerial.class));
    assertEquals("\"SN-7\"", AnxiaoJson.strict().mapperCopy().writeValueAsString(serial));
    assertEquals("{\"value\":\"SN-7\"}", new ObjectMapper().writeValueAsString(serial), "without the contribution");
    ObjectMapper own = new ObjectMapper().registerModule(new AnxiaoModule());
    assertEquals("\"SN-7\"", own.writeValueAsString(serial));
    assertEquals(serial, own.readValue("\"SN-7\"", MeterSerial.class));
  }

  @Test
  void contributedRuleKindsBindPacksInTheStandardRegistryBuilder() {
    org.anxiao.core.rule.RulePackRegistry registry = org.anxiao.core.rule.RulePackRegistry.builder()
        .addClassPath(getClass().getClassLoader())
        .add(org.anxiao.core.rule.RulePack.builder().id("mh.power-limit").version(org.anxiao.core.rule.PackVersion.of("1"))
            .kind(TestVocabulary.POWER_LIMIT.id()).title(org.anxiao.core.text.LocalizedText.of("限额", "limit"))
            .jurisdiction(org.anxiao.core.jurisdiction.JurisdictionCode.of("310112"))
            .validFrom(java.time.LocalDate.of(2024, 1, 1))
            .source(org.anxiao.core.rule.Citation.of("某机关", "某文件", 2024))
            .verification(org.anxiao.core.rule.Verification.SECONDARY)
            .putParameters("limit", new org.anxiao.core.rule.Parameter.Decimal(new java.math.BigDecimal("250"),
                java.util.Optional.of("kW"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()))
            .build())
        .build();
    assertTrue(registry.kinds().containsKey("anxiao.core.crowded-place-uses"), "core's own kinds, through its provider");
    assertEquals(new java.math.BigDecimal("250"), org.anxiao.core.rule.RuleContext.of(registry,
        org.anxiao.core.jurisdiction.JurisdictionCode.of("310112"), java.time.LocalDate.of(2024, 6, 1))
        .bind(TestVocabulary.POWER_LIMIT).value().value());
  }
}
