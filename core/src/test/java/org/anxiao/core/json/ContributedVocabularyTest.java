package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.MixInRegistrar;
import org.anxiao.vocabtest.MeterSerial;
import org.anxiao.vocabtest.MeterSerialMixIn;
import org.junit.jupiter.api.Test;

/**
 * Merging contributed document types and Jackson mix-ins: core's schema names are reserved, a name
 * or a mix-in target has one meaning, and a mix-in never changes the wire form of core's or the JDK's
 * types.
 */
class ContributedVocabularyTest {
  private static final Module HERE = ContributedVocabularyTest.class.getModule();

  static class ReadingVocabulary implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("reading", MeterSerial.class, HERE, "schemas/reading.schema.json"));
    }
  }

  static final class SameReadingVocabulary extends ReadingVocabulary {}

  /** Another module's "reading", with its own schema. */
  static final class OtherReadingVocabulary implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("reading", MeterSerial.class, HERE, "other/reading.schema.json"));
    }
  }

  static final class SchoolVocabulary implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("school", SchoolDocument.class, HERE, "school.schema.json"));
    }
  }

  /** Lists a document type made without a schema source. */
  static final class SourcelessVocabulary implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("reading", MeterSerial.class));
    }
  }

  static class SerialMixIns implements AnxiaoVocabulary {
    @Override
    public void mixIns(MixInRegistrar registrar) {
      registrar.mixIn(MeterSerial.class, MeterSerialMixIn.class);
    }
  }

  static final class SameSerialMixIns extends SerialMixIns {}

  static final class OtherSerialMixIns implements AnxiaoVocabulary {
    @Override
    public void mixIns(MixInRegistrar registrar) {
      registrar.mixIn(MeterSerial.class, Object.class);
    }
  }

  /** Tries to change how core writes a school. */
  static final class CoreMixIns implements AnxiaoVocabulary {
    @Override
    public void mixIns(MixInRegistrar registrar) {
      registrar.mixIn(SchoolDocument.class, MeterSerialMixIn.class);
    }
  }

  static final class JdkMixIns implements AnxiaoVocabulary {
    @Override
    public void mixIns(MixInRegistrar registrar) {
      registrar.mixIn(String.class, MeterSerialMixIn.class);
    }
  }

  private static void names(Exception e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "message names " + p + ": " + e.getMessage());
    }
  }

  @Test
  void aContributedDocumentTypeNamesItsSchemaSource() {
    DocumentType<MeterSerial> d = DocumentType.of("reading", MeterSerial.class, HERE, "/schemas/reading.schema.json");
    assertTrue(d.isContributed());
    assertEquals("schemas/reading.schema.json", d.schemaResource());
    assertEquals(HERE, d.schemaModule());
    assertEquals(DocumentType.SCHEMA_BASE_URI + "reading.schema.json", d.schemaId());
    assertFalse(SchoolDocument.DOCUMENT.isContributed());
    assertEquals(DocumentType.class.getModule(), SchoolDocument.DOCUMENT.schemaModule());
    assertEquals(DocumentType.of("school", SchoolDocument.class), SchoolDocument.DOCUMENT);
    assertNotEquals(DocumentType.of("reading", MeterSerial.class), d);
    assertThrows(InvalidValueException.class, () -> DocumentType.of("Reading", MeterSerial.class));
    assertThrows(InvalidValueException.class, () -> DocumentType.of("reading.json", MeterSerial.class, HERE, "r.json"));
    assertThrows(MissingValueException.class, () -> DocumentType.of("reading", MeterSerial.class, null, "r.json"));
    assertThrows(InvalidValueException.class, () -> DocumentType.of("reading", MeterSerial.class, HERE, " "));
  }

  @Test
  void documentTypesMergeByNameAndTheSameDefinitionTwiceIsNoClash() {
    Map<String, DocumentType<?>> merged = DocumentType.merge(List.of(new ReadingVocabulary(), new SameReadingVocabulary()));
    assertEquals(List.of("reading"), List.copyOf(merged.keySet()));
  }

  @Test
  void twoProvidersGivingOneDocumentNameDifferentSchemasClash() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> DocumentType.merge(List.of(new ReadingVocabulary(), new OtherReadingVocabulary())));
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("document type", e.field().orElseThrow());
    assertEquals("reading", e.value().orElseThrow());
    names(e, ReadingVocabulary.class.getName(), OtherReadingVocabulary.class.getName(), "other/reading.schema.json");
  }

  @Test
  void aProviderCannotTakeACoreSchemaName() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> DocumentType.merge(List.of(new SchoolVocabulary())));
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("school", e.value().orElseThrow());
    names(e, Contributions.CORE, SchoolVocabulary.class.getName());
  }

  @Test
  void aContributedDocumentTypeNeedsASchemaSource() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> DocumentType.merge(List.of(new SourcelessVocabulary())));
    assertEquals(VocabularyException.INVALID, e.errorCode());
    names(e, SourcelessVocabulary.class.getName(), "schemaModule");
  }

  @Test
  void mixInsMergeByTargetAndTheSameMixInTwiceIsNoClash() {
    assertEquals(Map.of(MeterSerial.class, MeterSerialMixIn.class),
        ContributedMixIns.merge(List.of(new SerialMixIns(), new SameSerialMixIns())));
  }

  @Test
  void twoMixInsForOneTargetClash() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> ContributedMixIns.merge(List.of(new SerialMixIns(), new OtherSerialMixIns())));
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals(MeterSerial.class.getName(), e.value().orElseThrow());
    names(e, SerialMixIns.class.getName(), OtherSerialMixIns.class.getName());
  }

  @Test
  void mixInsNeverTargetCoreOrJdkTypes() {
    for (AnxiaoVocabulary p : List.of(new CoreMixIns(), new JdkMixIns())) {
      VocabularyException e = assertThrows(VocabularyException.class, () -> ContributedMixIns.merge(List.of(p)));
      assertEquals(VocabularyException.INVALID, e.errorCode());
      names(e, p.getClass().getName(), "core, the JDK or Jackson");
    }
    assertTrue(ContributedMixIns.reserved(SchoolDocument.class));
    assertTrue(ContributedMixIns.reserved(int.class));
    assertTrue(ContributedMixIns.reserved(String[].class));
    assertFalse(ContributedMixIns.reserved(MeterSerial.class));
  }

  @Test
  void aRegistrarIsValidOnlyDuringTheCall() {
    AtomicReference<MixInRegistrar> kept = new AtomicReference<>();
    ContributedMixIns.merge(List.of(new AnxiaoVocabulary() {
      @Override
      public void mixIns(MixInRegistrar registrar) {
        kept.set(registrar);
      }
    }));
    assertThrows(InvalidValueException.class, () -> kept.get().mixIn(MeterSerial.class, MeterSerialMixIn.class));
    VocabularyException nulls = assertThrows(VocabularyException.class,
        () -> ContributedMixIns.merge(List.of(new AnxiaoVocabulary() {
          @Override
          public void mixIns(MixInRegistrar registrar) {
            registrar.mixIn(null, MeterSerialMixIn.class);
          }
        })));
    assertTrue(nulls.getCause() instanceof MissingValueException, String.valueOf(nulls.getCause()));
  }
}
