package org.anxiao.safety.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.HazardGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 13861-2022 factor codes: 1 → 11 → 1101 → 110101, categories 1–4, 99 = other. */
class FactorCodeTest {
  @Test
  void theStandardsExampleChainWalksUpLevelByLevel() {
    FactorCode leaf = new FactorCode("110101");
    assertEquals(4, leaf.level());
    assertEquals(Optional.of(new FactorCode("1101")), leaf.parent());
    assertEquals(3, leaf.parent().orElseThrow().level());
    assertEquals(Optional.of(new FactorCode("11")), new FactorCode("1101").parent());
    assertEquals(2, new FactorCode("11").level());
    assertEquals(Optional.of(new FactorCode("1")), new FactorCode("11").parent());
    assertEquals(1, new FactorCode("1").level());
    assertEquals(Optional.empty(), new FactorCode("1").parent());
    assertEquals(FactorCategory.HUMAN, leaf.category());
    assertTrue(new FactorCode("1").contains(leaf));
    assertTrue(leaf.contains(leaf));
    assertFalse(leaf.contains(new FactorCode("1")));
    assertFalse(new FactorCode("12").contains(leaf));
  }

  @Test
  void theFirstDigitIsTheCategory() {
    assertEquals(FactorCategory.HUMAN, new FactorCode("1").category());
    assertEquals(FactorCategory.MATERIAL, new FactorCode("21").category());
    assertEquals(FactorCategory.ENVIRONMENT, new FactorCode("3101").category());
    assertEquals(FactorCategory.MANAGEMENT, new FactorCode("490101").category());
    assertEquals('4', FactorCategory.MANAGEMENT.digit());
    assertEquals("人的因素", FactorCategory.HUMAN.label().zh());
  }

  @Test
  void ninetyNineIsOtherWithinItsParent() {
    assertTrue(new FactorCode("1199").other());
    assertTrue(new FactorCode("110199").other());
    assertTrue(new FactorCode("39").other(), "a second digit 9 is the category's 其他");
    assertFalse(new FactorCode("38").other());
    assertFalse(new FactorCode("1198").other());
    assertFalse(new FactorCode("110198").other());
    assertFalse(new FactorCode("3").other());
    assertFalse(new FactorCode("1101").other());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "5", "9", "111", "11111", "1111111", "10", "1100", "110100", "a1", "1a", "11 1",
      "١١", "-1", "5101"})
  void aMalformedCodeIsAnInvalidValueNamingTheField(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new FactorCode(code));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertEquals(Optional.of("factor"), e.field());
  }

  @Test
  void nullIsRefusedNamingTheField() {
    assertEquals(Optional.of("factor"), assertThrows(InvalidValueException.class, () -> FactorCode.of(null)).field());
  }

  @Test
  void boundariesOfEachDigit() {
    assertEquals("1", new FactorCode("1").value());
    assertEquals("4", new FactorCode("4").value());
    assertEquals("19", new FactorCode("19").value());
    assertEquals("1101", new FactorCode("1101").value());
    assertEquals("1110", new FactorCode("1110").value(), "a pair 10 is valid");
    assertEquals("119901", new FactorCode("119901").value());
    assertThrows(InvalidValueException.class, () -> new FactorCode(":"));
    assertThrows(InvalidValueException.class, () -> new FactorCode("1/"));
  }

  @Test
  void writesAndReadsAsAString() {
    assertEquals("\"110101\"", AnxiaoJson.strict().write(new FactorCode("110101")));
    assertEquals(new FactorCode("2101"), AnxiaoJson.strict().read("\"2101\"", FactorCode.class));
    assertEquals("2101", new FactorCode("2101").toString());
  }

  @Test
  void everyWellFormedCodesParentIsWellFormedAndOneLevelUp() {
    qt().withExamples(200).forAll(HazardGenerators.leafFactorCodes()).checkAssert(leaf -> {
          int level = leaf.level();
          FactorCode at = leaf;
          while (at.parent().isPresent()) {
            FactorCode up = at.parent().get();
            assertEquals(at.level() - 1, up.level());
            assertTrue(up.contains(leaf));
            assertEquals(leaf.category(), up.category());
            at = up;
          }
          assertEquals(4, level);
          assertEquals(1, at.level());
        });
  }

  @Test
  void aZeroPairNamesItsDigitsAndLevel() {
    assertEquals("digits 3–4 (level 3) are 01 to 99 (GB/T 13861-2022)",
        assertThrows(InvalidValueException.class, () -> new FactorCode("1100")).rule());
    assertEquals("digits 3–4 (level 3) are 01 to 99 (GB/T 13861-2022)",
        assertThrows(InvalidValueException.class, () -> new FactorCode("110001")).rule());
    assertEquals("digits 5–6 (level 4) are 01 to 99 (GB/T 13861-2022)",
        assertThrows(InvalidValueException.class, () -> new FactorCode("110100")).rule());
  }

  @Test
  void everyGeneratedCodeIsWellFormedAndEveryMalformedOneRefused() {
    qt().withExamples(200).forAll(HazardGenerators.factorCodes()).checkAssert(code -> {
      assertEquals(code, new FactorCode(code.value()));
      assertEquals(code.value().length() == 1 ? 1 : code.value().length() / 2 + 1, code.level());
    });
    Laws.standard().withExamples(200).rejects(HazardGenerators.invalidFactorCodes());
  }
}
