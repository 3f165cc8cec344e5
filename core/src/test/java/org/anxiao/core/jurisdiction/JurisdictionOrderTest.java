package org.anxiao.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Level order, code order, the parent rule of CN and provinces, and directories built from a table. */
class JurisdictionOrderTest {
  private static final JurisdictionCode ZHEJIANG = JurisdictionCode.of("330000");
  private static final JurisdictionCode HANGZHOU = JurisdictionCode.of("330100");
  private static final Jurisdiction CN = new Jurisdiction(JurisdictionCode.CN, LocalizedText.of("中国", "China"), Optional.empty());
  private static final Jurisdiction ZJ = new Jurisdiction(ZHEJIANG, LocalizedText.of("浙江省", "Zhejiang"),
      Optional.of(JurisdictionCode.CN));
  private static final Jurisdiction HZ = new Jurisdiction(HANGZHOU, LocalizedText.of("杭州市", "Hangzhou"),
      Optional.of(ZHEJIANG));

  private static JurisdictionTable table(List<Jurisdiction> entries) {
    return new JurisdictionTable("1.0", LocalizedText.of("测试", "test"), Citation.of("民政部", "行政区划代码", 2019),
        Verification.SECONDARY, Optional.empty(), entries);
  }

  @Test
  void aLevelIsWiderOnlyThanTheNarrowerLevels() {
    JurisdictionLevel[] widestFirst = JurisdictionLevel.values();
    for (int i = 0; i < widestFirst.length; i++) {
      for (int j = 0; j < widestFirst.length; j++) {
        assertEquals(i < j, widestFirst[i].isWiderThan(widestFirst[j]), widestFirst[i] + " vs " + widestFirst[j]);
      }
    }
    assertEquals(List.of(JurisdictionLevel.NATION, JurisdictionLevel.PROVINCE, JurisdictionLevel.PREFECTURE,
        JurisdictionLevel.COUNTY), List.of(widestFirst));
  }

  @Test
  void aDivisionIsAtTheLevelOfItsCode() {
    assertEquals(JurisdictionLevel.NATION, CN.level());
    assertEquals(JurisdictionLevel.PROVINCE, ZJ.level());
    assertEquals(JurisdictionLevel.PREFECTURE, HZ.level());
  }

  @Test
  void codeOrderIsConsistentWithEquals() {
    List<JurisdictionCode> codes = List.of(JurisdictionCode.CN, ZHEJIANG, HANGZHOU, JurisdictionCode.of("310112"));
    for (JurisdictionCode a : codes) {
      for (JurisdictionCode b : codes) {
        int ab = a.compareTo(b);
        assertEquals(a.equals(b), ab == 0, a + " vs " + b);
        assertEquals(Integer.signum(ab), -Integer.signum(b.compareTo(a)), a + " vs " + b);
      }
    }
    assertEquals(0, HANGZHOU.compareTo(JurisdictionCode.of("330100")));
  }

  @Test
  void onlyCnIsWithoutAParent() {
    InvalidValueException orphan = assertThrows(InvalidValueException.class,
        () -> new Jurisdiction(ZHEJIANG, LocalizedText.of("浙江省", "Zhejiang"), Optional.empty()));
    assertEquals("parent", orphan.field().orElseThrow());
    assertTrue(orphan.rule().contains("needs a parent"), orphan::getMessage);
    InvalidValueException cnWithParent = assertThrows(InvalidValueException.class,
        () -> new Jurisdiction(JurisdictionCode.CN, LocalizedText.of("中国", "China"), Optional.of(ZHEJIANG)));
    assertEquals("parent", cnWithParent.field().orElseThrow());
    assertTrue(cnWithParent.rule().contains("no parent"), cnWithParent::getMessage);
    assertEquals(Optional.empty(), new Jurisdiction(JurisdictionCode.CN, CN.name(), null).parent(), "null reads as empty");
  }

  @Test
  void aDirectoryOfATableHoldsExactlyItsEntries() {
    JurisdictionDirectory d = JurisdictionDirectory.of(table(List.of(CN, ZJ, HZ)));
    assertEquals(Optional.of(HZ), d.find(HANGZHOU));
    assertEquals(Optional.of(CN), d.find(JurisdictionCode.CN));
    assertEquals(Optional.empty(), d.find(JurisdictionCode.of("310000")));
    assertEquals(List.of(CN, ZJ, HZ), List.copyOf(d.all()));
    assertEquals(List.of(HANGZHOU, ZHEJIANG, JurisdictionCode.CN), d.chain(HANGZHOU));
  }

  @Test
  void aConflictingEntryIsNamedByItsIndex() {
    Jurisdiction otherName = new Jurisdiction(HANGZHOU, LocalizedText.of("杭州", "Hangchow"), Optional.of(ZHEJIANG));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JurisdictionDirectory.of(table(List.of(CN, ZJ, HZ, otherName))));
    assertEquals("entries[3]", e.field().orElseThrow());
    assertEquals("330100", e.value().orElseThrow());
    JurisdictionDirectory d = JurisdictionDirectory.of(table(List.of(CN, ZJ)));
    InvalidValueException added = assertThrows(InvalidValueException.class,
        () -> d.withEntries(List.of(HZ, new Jurisdiction(ZHEJIANG, LocalizedText.of("浙", "Zhe"), Optional.of(JurisdictionCode.CN)))));
    assertEquals("entries[1]", added.field().orElseThrow());
    assertFalse(d.withEntries(List.of(HZ, ZJ)).all().isEmpty(), "an identical entry is no conflict");
  }
}
