package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Subject kinds as an open vocabulary: core's constants, contributed kinds, clashes, wire form. */
class SubjectKindTest {
  static class MeterVocabulary implements AnxiaoVocabulary {
    @Override
    public List<SubjectKindContribution> subjectKinds() {
      return List.of(SubjectKindContribution.of("METER", LocalizedText.of("计量表", "meter")));
    }
  }

  static final class SameMeterVocabulary extends MeterVocabulary {}

  /** Uses METER for a parking meter. */
  static final class ParkingVocabulary implements AnxiaoVocabulary {
    @Override
    public List<SubjectKindContribution> subjectKinds() {
      return List.of(SubjectKindContribution.of("METER", LocalizedText.of("停车咪表", "parking meter")));
    }
  }

  static final class SchoolVocabulary implements AnxiaoVocabulary {
    @Override
    public List<SubjectKindContribution> subjectKinds() {
      return List.of(SubjectKindContribution.of("SCHOOL", LocalizedText.of("学堂", "academy")));
    }
  }

  @Test
  void coreKindsKeepTheirNamesCodesAndOrder() {
    assertEquals(List.of("JURISDICTION", "SCHOOL", "CAMPUS", "BUILDING", "GATE", "KEY_PART", "CHECKLIST_ITEM", "OTHER"),
        SubjectKind.builtIn().stream().map(SubjectKind::code).toList());
    assertSame(SubjectKind.SCHOOL, SubjectKind.of("SCHOOL"));
    assertEquals("SCHOOL", SubjectKind.SCHOOL.toString());
    assertEquals("学校", SubjectKind.SCHOOL.label().zh());
    assertEquals(SubjectKind.GATE, AnxiaoJson.strict().read("\"GATE\"", SubjectKind.class));
    assertEquals("\"KEY_PART\"", AnxiaoJson.strict().write(SubjectKind.KEY_PART));
    assertNotEquals(SubjectKind.SCHOOL, SubjectKind.CAMPUS);
  }

  @Test
  void contributedKindsFollowCoresAndTheSameDefinitionTwiceIsNoClash() {
    Map<String, SubjectKind> kinds = SubjectKind.merge(List.of(new MeterVocabulary(), new SameMeterVocabulary()));
    assertEquals(SubjectKind.builtIn().size() + 1, kinds.size());
    assertEquals("meter", kinds.get("METER").label().en());
    assertSame(SubjectKind.OTHER, kinds.get("OTHER"));
  }

  @Test
  void twoProvidersGivingOneCodeDifferentLabelsClash() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> SubjectKind.merge(List.of(new MeterVocabulary(), new ParkingVocabulary())));
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("subject kind", e.field().orElseThrow());
    assertEquals("METER", e.value().orElseThrow());
    assertTrue(e.getMessage().contains(MeterVocabulary.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(ParkingVocabulary.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("parking meter"), e.getMessage());
  }

  @Test
  void aProviderRedefiningACoreKindClashes() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> SubjectKind.merge(List.of(new SchoolVocabulary())));
    assertEquals("SCHOOL", e.value().orElseThrow());
    assertTrue(e.getMessage().contains(Contributions.CORE), e.getMessage());
    assertTrue(e.getMessage().contains(SchoolVocabulary.class.getName()), e.getMessage());
  }

  @Test
  void unknownCodesAreRefusedNamingFieldAndValue() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> SubjectKind.of("school"));
    assertEquals("kind", e.field().orElseThrow());
    assertEquals("school", e.value().orElseThrow());
    assertEquals(UnknownCodeException.CODE, e.errorCode());
    assertThrows(MissingValueException.class, () -> SubjectKind.of(null));
  }

  @Test
  void contributionsValidateTheirCode() {
    assertThrows(InvalidValueException.class, () -> SubjectKindContribution.of("meter", LocalizedText.of("表", "m")));
    assertThrows(InvalidValueException.class, () -> SubjectKindContribution.of("A".repeat(65), LocalizedText.of("表", "m")));
    assertThrows(MissingValueException.class, () -> SubjectKindContribution.of("METER", null));
    assertThrows(MissingValueException.class, () -> SubjectKindContribution.of(null, LocalizedText.of("表", "m")));
  }
}
