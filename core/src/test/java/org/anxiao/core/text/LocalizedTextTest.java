package org.anxiao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Picking the language of a bilingual text by language tag, and the two required texts. */
class LocalizedTextTest {
  private static final LocalizedText TEXT = LocalizedText.of("东门", "East gate");

  @Test
  void chineseTagsInAnyCaseGiveTheChineseText() {
    assertEquals("东门", TEXT.in("zh-CN"));
    assertEquals("东门", TEXT.in("zh"));
    assertEquals("东门", TEXT.in("ZH-Hant-TW"));
  }

  @Test
  void everyOtherTagGivesTheEnglishText() {
    assertEquals("East gate", TEXT.in("en"));
    assertEquals("East gate", TEXT.in("en-GB"));
    assertEquals("East gate", TEXT.in("fr-FR"));
    assertEquals("East gate", TEXT.in("z"));
  }

  @Test
  void aBlankTagOrTextIsRefused() {
    assertEquals("languageTag", assertThrows(InvalidValueException.class, () -> TEXT.in("")).field().orElseThrow());
    assertEquals("zh", assertThrows(InvalidValueException.class, () -> LocalizedText.of(" ", "x")).field().orElseThrow());
    assertEquals("en", assertThrows(InvalidValueException.class, () -> LocalizedText.of("东", "")).field().orElseThrow());
  }
}
