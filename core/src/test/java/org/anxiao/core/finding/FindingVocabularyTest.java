package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Severity order and labels, the finding-code length bound, catalogs whose bundles differ, core-only kinds. */
class FindingVocabularyTest {
  @Test
  void severityIsAtLeastItselfAndEveryLesserLevelButNoGreaterOne() {
    Severity[] ascending = {Severity.INFO, Severity.LOW, Severity.HIGH, Severity.CRITICAL};
    for (int i = 0; i < ascending.length; i++) {
      for (int j = 0; j < ascending.length; j++) {
        assertEquals(i >= j, ascending[i].isAtLeast(ascending[j]), ascending[i] + " vs " + ascending[j]);
      }
    }
  }

  @Test
  void severitiesCarryTheirChineseAndEnglishNames() {
    assertEquals(LocalizedText.of("提示", "info"), Severity.INFO.label());
    assertEquals(LocalizedText.of("一般", "low"), Severity.LOW.label());
    assertEquals(LocalizedText.of("较重", "high"), Severity.HIGH.label());
    assertEquals(LocalizedText.of("严重", "critical"), Severity.CRITICAL.label());
  }

  @Test
  void aFindingCodeHasAtMost120Characters() {
    String at120 = "A." + "B".repeat(118);
    assertEquals(120, FindingCode.of(at120).value().length());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FindingCode.of(at120 + "C"));
    assertEquals("code", e.field().orElseThrow());
    assertEquals(InvalidValueException.CODE, e.errorCode());
  }

  @Test
  void bundlesWithDifferentKeysAreRefusedNamingTheKeysOnEachSide() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MessageCatalog.load(FindingVocabularyTest.class, "mismatched"));
    assertEquals("base", e.field().orElseThrow());
    assertTrue(e.rule().contains("CORE.TEST.ZH_ONLY") && e.rule().contains("CORE.TEST.EN_ONLY"), e::getMessage);
    assertFalse(e.rule().contains("CORE.TEST.ONE"), "a key in both bundles is no difference");
  }

  @Test
  void aCatalogLoadedFromMatchingBundlesFormatsEachLanguageWithItsOwnPattern() {
    MessageCatalog catalog = MessageCatalog.load(FindingVocabularyTest.class, "matched");
    assertEquals(Set.of("CORE.TEST.GREETING"), catalog.keys());
    LocalizedText t = catalog.format(FindingCode.of("CORE.TEST.GREETING"), "a1", LocalizedText.of("消防", "fire"));
    assertEquals(LocalizedText.of("你好，a1（消防）。", "Hello, a1 (fire)."), t);
  }

  @Test
  void withoutProvidersTheKindsAreCoresOwnInOrder() {
    Map<String, SubjectKind> kinds = SubjectKind.merge(List.of());
    assertEquals(SubjectKind.builtIn(), List.copyOf(kinds.values()));
    assertEquals(SubjectKind.GATE, kinds.get("GATE"));
  }
}
