package org.anxiao.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
  private static final MessageCatalog CORE = MessageCatalog.load(Scorecards.class, "messages");

  @Test
  void formatsBothLanguagesIndependentlyOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : new Locale[] {Locale.forLanguageTag("hi-IN"), Locale.forLanguageTag("ar-EG"), Locale.GERMANY}) {
        Locale.setDefault(l);
        LocalizedText t = CORE.format(Scorecards.ITEM_SHORTFALL, "a1", LocalizedText.of("消防", "fire"), "1234.5", "2000");
        assertEquals("检查项“a1”（消防）得分 1234.5，满分 2000。", t.zh());
        assertEquals("Item \"a1\" (fire) scored 1234.5 of 2000.", t.en());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void everyCoreFindingCodeHasAMessage() {
    assertEquals(java.util.Set.of(Scorecards.ITEM_SHORTFALL.value(), Scorecards.VETO.value()), CORE.keys());
    assertThrows(UnknownCodeException.class, () -> CORE.format("CORE.NOPE.NOPE"));
  }

  @Test
  void findingCodesHaveAShape() {
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> FindingCode.of("lower.case"));
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> FindingCode.of("SINGLE"));
    assertEquals("SAFETY.STAFFING.GUARD_DAY_SHORTFALL", FindingCode.of("SAFETY.STAFFING.GUARD_DAY_SHORTFALL").value());
  }
}
