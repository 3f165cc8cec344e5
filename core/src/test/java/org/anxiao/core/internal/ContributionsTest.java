package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.anxiao.core.error.VocabularyException;
import org.anxiao.core.internal.Contributions.Entry;
import org.anxiao.core.spi.AnxiaoVocabulary;
import org.anxiao.core.spi.SubjectKindContribution;
import org.anxiao.core.spi.TestVocabulary;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The one merge every vocabulary section uses, shown on a section of plain strings keyed by their
 * first letter (as rule kinds will be keyed by id), and the providers found on the class path.
 */
class ContributionsTest {
  /** The key: a code's first letter. */
  private static String first(String s) {
    return s.substring(0, 1);
  }

  /** The section: a provider's subject-kind codes, read here as plain strings. */
  private static List<String> section(AnxiaoVocabulary p) {
    return p.subjectKinds().stream().map(SubjectKindContribution::code).toList();
  }

  static final class Alpha implements AnxiaoVocabulary {
    @Override
    public List<SubjectKindContribution> subjectKinds() {
      return List.of(SubjectKindContribution.of("APPLE",
          LocalizedText.of("苹果", "apple")));
    }
  }

  static final class Beta implements AnxiaoVocabulary {
    @Override
    public List<SubjectKindContribution> subjectKinds() {
      return List.of(SubjectKindContribution.of("AVOCADO",
          LocalizedText.of("牛油果", "avocado")));
    }
  }

  @Test
  void byKeyMergesBuiltInsThenProvidersAndNamesBothSidesOfAClash() {
    Map<String, Entry<String>> merged = Contributions.byKey("fruit", Map.of("B", "BANANA"), List.of(new Alpha()),
        ContributionsTest::section, ContributionsTest::first, String::equals, s -> s);
    assertEquals(List.of("B", "A"), List.copyOf(merged.keySet()));
    assertEquals(new Entry<>(Contributions.CORE, "BANANA"), merged.get("B"));
    assertEquals(new Entry<>(Alpha.class.getName(), "APPLE"), merged.get("A"));
    VocabularyException e = assertThrows(VocabularyException.class, () -> Contributions.byKey("fruit", Map.of(),
        List.of(new Alpha(), new Beta()), ContributionsTest::section, ContributionsTest::first, String::equals, s -> s));
    assertEquals(VocabularyException.CLASH, e.errorCode());
    assertEquals("fruit", e.field().orElseThrow());
    assertEquals("A", e.value().orElseThrow());
    assertEquals("[VOCABULARY_CLASH] fruit = A: is defined by " + Alpha.class.getName() + " as APPLE and by "
        + Beta.class.getName() + " as AVOCADO", e.getMessage());
  }

  @Test
  void theClassPathProviderIsFoundOnce() {
    List<AnxiaoVocabulary> providers = Contributions.providers();
    assertEquals(1, providers.stream().filter(p -> p instanceof TestVocabulary).count(), providers.toString());
    assertTrue(providers == Contributions.providers(), "found once, kept");
    assertFalse(providers.isEmpty());
  }
}
