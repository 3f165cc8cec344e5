package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.MixInRegistrar;
import org.anxiao.core.spi.TestVocabulary;
import org.anxiao.vocabtest.MeterSerial;
import org.anxiao.vocabtest.MeterSerialMixIn;
import org.junit.jupiter.api.Test;

/**
 * Contributed document types come out in name order whatever order providers list them in; a
 * registrar chains, so one provider can register several mix-ins in one expression; and a clash with
 * a core schema name describes both meanings.
 */
class ContributedDefinitionsOrderTest {
  private static final Module HERE = ContributedDefinitionsOrderTest.class.getModule();

  static final class TwoDocuments implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("zeta-reading", MeterSerial.class, HERE, "z.schema.json"),
          DocumentType.of("alpha-reading", MeterSerial.class, HERE, "a.schema.json"));
    }
  }

  static final class MiddleDocument implements AnxiaoVocabulary {
    @Override
    public List<DocumentType<?>> documentTypes() {
      return List.of(DocumentType.of("mid-reading", MeterSerial.class, HERE, "m.schema.json"));
    }
  }

  static final class ChainedMixIns implements AnxiaoVocabulary {
    @Override
    public void mixIns(MixInRegistrar registrar) {
      registrar.mixIn(MeterSerial.class, MeterSerialMixIn.class)
          .mixIn(MeterSerialMixIn.Writer.class, Object.class);
    }
  }

  @Test
  void contributedDocumentTypesAreInNameOrder() {
    Map<String, DocumentType<?>> merged = DocumentType.merge(List.of(new TwoDocuments(), new MiddleDocument()));
    assertEquals(List.of("alpha-reading", "mid-reading", "zeta-reading"), List.copyOf(merged.keySet()));
    assertEquals(List.of(TestVocabulary.METER_READING), DocumentType.contributed());
    assertEquals(Map.of(), DocumentType.merge(List.of()));
  }

  @Test
  void aRegistrarReturnsItselfForTheNextMixIn() {
    assertEquals(Map.of(MeterSerial.class, MeterSerialMixIn.class, MeterSerialMixIn.Writer.class, Object.class),
        ContributedMixIns.merge(List.of(new ChainedMixIns())));
  }

  @Test
  void aClashWithACoreSchemaDescribesBothDefinitions() {
    VocabularyException e = assertThrows(VocabularyException.class,
        () -> DocumentType.merge(List.of(new ContributedVocabularyTest.SchoolVocabulary())));
    String message = e.getMessage();
    assertTrue(message.contains("is defined by " + Contributions.CORE
        + " as core's schema META-INF/anxiao/schemas/school.schema.json and by "
        + ContributedVocabularyTest.SchoolVocabulary.class.getName() + " as " + SchoolDocument.class.getName()
        + " with schema school.schema.json of " + HERE), message);
  }
}
