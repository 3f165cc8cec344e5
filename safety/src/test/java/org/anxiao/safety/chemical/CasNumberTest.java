package org.anxiao.safety.chemical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.json.AnxiaoJson;
import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.ChemicalGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CAS numbers: the check digit worked by hand, each shape rule at its boundary, bad input named {@code cas}. */
class CasNumberTest {

  @Test
  void hydrogenPeroxideIsValidAndTheSameDigitsWithAnotherCheckDigitAreNot() {
    // 7722-84-1: digits 772284 from the right: 4×1 + 8×2 + 2×3 + 2×4 + 7×5 + 7×6 = 4 + 16 + 6 + 8 + 35 + 42 = 111; 111 mod 10 = 1.
    assertEquals("7722-84-1", CasNumber.of("7722-84-1").value());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CasNumber.of("7722-84-2"));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertEquals("cas", e.field().orElseThrow());
    assertEquals("7722-84-2", e.value().orElseThrow());
    assertEquals(true, e.rule().contains("the check digit is 2 but the digits give 1"), e.rule());
  }

  @Test
  void theCheckDigitIsTheWeightedSumModuloTen() {
    // water 7732-18-5: 8×1 + 1×2 + 2×3 + 3×4 + 7×5 + 7×6 = 8 + 2 + 6 + 12 + 35 + 42 = 105 → 5
    assertEquals(5, CasNumber.checkDigit("773218"));
    // sulfuric acid 7664-93-9: 3×1 + 9×2 + 4×3 + 6×4 + 6×5 + 7×6 = 3 + 18 + 12 + 24 + 30 + 42 = 129 → 9
    assertEquals(9, CasNumber.checkDigit("766493"));
    // hydrochloric acid 7647-01-0: 1×1 + 0×2 + 7×3 + 4×4 + 6×5 + 7×6 = 1 + 0 + 21 + 16 + 30 + 42 = 110 → 0
    assertEquals(0, CasNumber.checkDigit("764701"));
    // sodium borohydride 16940-66-2: 6×1 + 6×2 + 0×3 + 4×4 + 9×5 + 6×6 + 1×7 = 6 + 12 + 0 + 16 + 45 + 36 + 7 = 122 → 2
    assertEquals(2, CasNumber.checkDigit("1694066"));
    assertEquals(0, CasNumber.checkDigit(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "50-00-0", // 2 digits first, the least: 0×1 + 0×2 + 0×3 + 5×4 = 20 → 0
      "1234567-89-5", // 7 digits first, the most: 9×1 + 8×2 + 7×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 + 1×9 = 165 → 5
      "7440-23-5", "7487-94-7", "100-97-0"})
  void validNumbersAtEveryLength(String value) {
    assertEquals(value, new CasNumber(value).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "5-00-5", // 1 digit before the first hyphen
      "12345678-90-5", // 8 digits
      "7722-8-41", "7722-841-", "7722-84-11", "7722-84", "772284-1", "7722841", "7722-84-", "-7722-84-1",
      "77a2-84-1", "77/2-84-1", "7722-8:-1", "7722-8b-1", "7722-84-x", "7722-84–1", "07722-84-1", "00-00-0", "7722 84 1"})
  void badShapesAreRefusedNamingTheField(String value) {
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> CasNumber.of(value));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertEquals("cas", e.field().orElseThrow());
  }

  @Test
  void nullBlankAndControlCharactersAreRefused() {
    assertThrows(AnxiaoException.class, () -> CasNumber.of(null));
    assertThrows(AnxiaoException.class, () -> CasNumber.of(" "));
    assertThrows(AnxiaoException.class, () -> CasNumber.of("7722-84-1\u0000"));
  }

  @Test
  void everyWrongCheckDigitIsRefusedAndTheRightOneAccepted() {
    qt().withExamples(200).forAll(ChemicalGenerators.casTexts()).checkAssert(cas -> {
      assertEquals(cas, CasNumber.of(cas).value());
      String digits = cas.substring(0, cas.length() - 2).replace("-", "");
      assertEquals(cas.charAt(cas.length() - 1) - '0', CasNumber.checkDigit(digits), cas);
    });
    Laws.standard().withExamples(200).rejects(ChemicalGenerators.wrongCheckDigits());
  }

  @Test
  void concentrationsOutOfRangeAreRefusedNamingTheField() {
    Laws.standard().withExamples(100).rejects(ChemicalGenerators.invalidConcentrations());
  }

  @Test
  void hydrogenPeroxideIsAnExplosivePrecursorOnlyAboveTheListsThreshold() {
    BigDecimal threshold = ChemicalGenerators.explosivePrecursorThresholds().get("7722-84-1");
    assertEquals(0, new BigDecimal("8").compareTo(threshold), "the shipped list: 过氧化氢溶液（含量>8%）");
    ChemicalRegistry registry = ChemicalRegistry.in(RuleContext.standard(JurisdictionCode.CN, ChemicalGenerators.DATE));
    CasNumber peroxide = CasNumber.of("7722-84-1");
    qt().withExamples(60).forAll(ChemicalGenerators.aroundPrecursorThreshold("7722-84-1")).checkAssert(c -> {
      Listing expected = c.compareTo(threshold) > 0 ? Listing.LISTED : Listing.NOT_LISTED;
      assertEquals(expected, registry.flags(peroxide, Optional.of(c)).explosivePrecursor(), c::toPlainString);
    });
    Laws.standard().withExamples(100).monotone(ChemicalGenerators.concentrations(),
        c -> registry.flags(peroxide, Optional.of(c)).explosivePrecursor() == Listing.LISTED);
  }

  @Test
  void theWireFormIsTheNumberAsAString() {
    String json = AnxiaoJson.strict().write(CasNumber.of("7722-84-1"));
    assertEquals("\"7722-84-1\"", json);
    assertEquals(CasNumber.of("7722-84-1"), AnxiaoJson.strict().read(json, CasNumber.class));
  }
}
