package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.DATE;
import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the risk matrix (风险矩阵, R = L × S, each 1–5) under the two shipped packs
 * (safety.md §2): A {@code cn.customary.risk-matrix} 1–3 低, 4–9 一般, 10–16 较大, 20–25 重大 (CN,
 * SECONDARY) and B {@code sd.customary.risk-matrix} 1–8 低, 9–12 一般, 15–16 较大, 20–25 重大 (370000,
 * UNVERIFIED), and how a caller selects one.
 */
class RiskMatricesTest {
  static final PackRef A = PackRef.of("cn.customary.risk-matrix", "1.0.0");
  static final PackRef B = PackRef.of("sd.customary.risk-matrix", "1.0.0");

  /** Matrix A: any province without a pack of its own. */
  static RiskMatrices a() {
    return RiskMatrices.in(RuleContext.standard(RiskFixtures.GUANGDONG, DATE));
  }

  /** Matrix B: Shandong, with the caller's consent to unverified figures. */
  static RiskMatrices b() {
    return RiskMatrices.in(RuleContext.standard(RiskFixtures.SHANDONG, DATE)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  private static RiskLevel level(RiskMatrices m, int l, int s) {
    return m.grade(SUBJECT, l, s).level();
  }

  @Test
  void cellsThatGradeDifferentlyUnderAAndB() {
    // R = 2 × 2 = 4: A 4–9 一般; B 1–8 低
    assertEquals(RiskLevel.GENERAL, level(a(), 2, 2));
    assertEquals(RiskLevel.LOW, level(b(), 2, 2));
    // R = 2 × 4 = 8: A 一般; B 低 (8 is B's top of 低)
    assertEquals(RiskLevel.GENERAL, level(a(), 2, 4));
    assertEquals(RiskLevel.LOW, level(b(), 2, 4));
    // R = 2 × 5 = 10: A 10–16 较大; B 9–12 一般
    assertEquals(RiskLevel.SIGNIFICANT, level(a(), 2, 5));
    assertEquals(RiskLevel.GENERAL, level(b(), 2, 5));
    // R = 3 × 4 = 12: A 较大; B 一般 (12 is B's top of 一般)
    assertEquals(RiskLevel.SIGNIFICANT, level(a(), 3, 4));
    assertEquals(RiskLevel.GENERAL, level(b(), 4, 3));
  }

  @Test
  void cellsThatGradeAlikeUnderAAndB() {
    // R = 3: both 低; R = 9: both 一般; R = 15, 16: both 较大; R = 20, 25: both 重大
    for (RiskMatrices m : List.of(a(), b())) {
      assertEquals(RiskLevel.LOW, level(m, 1, 3));
      assertEquals(RiskLevel.GENERAL, level(m, 3, 3));
      assertEquals(RiskLevel.SIGNIFICANT, level(m, 3, 5));
      assertEquals(RiskLevel.SIGNIFICANT, level(m, 4, 4));
      assertEquals(RiskLevel.MAJOR, level(m, 4, 5));
      assertEquals(RiskLevel.MAJOR, level(m, 5, 5));
    }
  }

  @Test
  void theBandEdgesOfA() {
    // 3 (1×3) 低 | 4 (1×4) 一般; 9 (3×3) 一般 | 10 (2×5) 较大; 16 (4×4) 较大 | 20 (4×5) 重大
    RiskMatrices a = a();
    assertEquals(RiskLevel.LOW, level(a, 3, 1));
    assertEquals(RiskLevel.GENERAL, level(a, 4, 1));
    assertEquals(RiskLevel.GENERAL, level(a, 3, 3));
    assertEquals(RiskLevel.SIGNIFICANT, level(a, 5, 2));
    assertEquals(RiskLevel.SIGNIFICANT, level(a, 4, 4));
    assertEquals(RiskLevel.MAJOR, level(a, 5, 4));
    assertEquals(RiskLevel.LOW, level(a, 1, 1));
  }

  @Test
  void theBandEdgesOfB() {
    // 8 (2×4) 低 | 9 (3×3) 一般; 12 (3×4) 一般 | 15 (3×5) 较大; 16 (4×4) 较大 | 20 (4×5) 重大
    RiskMatrices b = b();
    assertEquals(RiskLevel.LOW, level(b, 4, 2));
    assertEquals(RiskLevel.GENERAL, level(b, 3, 3));
    assertEquals(RiskLevel.GENERAL, level(b, 3, 4));
    assertEquals(RiskLevel.SIGNIFICANT, level(b, 5, 3));
    assertEquals(RiskLevel.SIGNIFICANT, level(b, 4, 4));
    assertEquals(RiskLevel.MAJOR, level(b, 5, 4));
  }

  @Test
  void aSchoolInShandongGetsBWhichTheDefaultPolicyRefuses() {
    RiskMatrices m = RiskMatrices.in(RuleContext.standard(RiskFixtures.SHANDONG, DATE));
    // both packs are in force along 370000 → CN, narrowest first; B defines matrix
    assertEquals(List.of(B, A), m.rules().packs());
    RulePackException e = assertThrows(RulePackException.class, () -> m.grade(SUBJECT, 2, 2));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  @Test
  void aCityOfShandongInheritsB() {
    RiskMatrices m = RiskMatrices.in(RuleContext.standard(RiskFixtures.JINAN, DATE)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
    assertEquals(List.of(B, A), m.rules().packs());
    assertEquals(RiskLevel.LOW, level(m, 2, 2));
  }

  @Test
  void aShandongCallerSelectsAByAskingForSecondaryPacksAtSelection() {
    RiskMatrices m = RiskMatrices.in(RuleContext.standard(RiskFixtures.SHANDONG, DATE).atLeast(Verification.SECONDARY));
    assertEquals(List.of(A), m.rules().packs());
    // R = 4 under A: 一般
    assertEquals(RiskLevel.GENERAL, level(m, 2, 2));
  }

  @Test
  void elsewhereANationalMatrixApplies() {
    assertEquals(List.of(A), a().rules().packs());
    assertEquals(List.of(A), RiskMatrices.in(RuleContext.standard(JurisdictionCode.CN, DATE)).rules().packs());
  }

  @Test
  void withConsentBIsReadAndRecordedAsUnverified() {
    RiskMatrixGrade g = b().grade(SUBJECT, 2, 5);
    assertEquals(1, g.rules().size());
    AppliedRule rule = g.rules().get(0);
    assertEquals(B, rule.pack());
    assertEquals("matrix", rule.parameter());
    assertEquals(Verification.UNVERIFIED, rule.verification());
  }

  @Test
  void theGradeCarriesTheLevelsLabelAndColourAndBecomesAnAssessment() {
    // R = 2 × 5 = 10 under A: 较大风险, orange
    RiskMatrixGrade g = a().grade(SUBJECT, 2, 5);
    assertEquals(10, g.product());
    assertEquals(RiskLevel.SIGNIFICANT.label(), g.label());
    assertEquals("#FF8000", g.colour());
    assertEquals(List.of(A), g.packs());
    Finding f = g.findings().get(0);
    assertEquals(RiskMatrices.MATRIX_GRADED, f.code());
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("Risk matrix: R = L × S = 2 × 5 = 10: significant risk.", f.message().en());
    assertEquals("风险矩阵：R = L × S = 2 × 5 = 10，较大风险。", f.message().zh());
    assertEquals("anxiao.safety.risk-matrix", g.toAssessment(Instant.EPOCH).calculator());
    assertEquals(RiskMatrices.ID, g.calculator());
    assertEquals(g.rules(), g.rulesApplied());
    assertEquals(new RiskMatrixGrade.Inputs(SUBJECT, 2, 5), g.inputs());
  }

  @Test
  void outOfRangeLikelihoodOrSeverityIsRefusedNamingTheField() {
    RiskMatrices a = a();
    for (int bad : new int[] {0, 6, -1, Integer.MAX_VALUE}) {
      InvalidValueException l = assertThrows(InvalidValueException.class, () -> a.grade(SUBJECT, bad, 3));
      assertEquals(Optional.of("likelihood"), l.field());
      assertEquals(Optional.of(String.valueOf(bad)), l.value());
      InvalidValueException s = assertThrows(InvalidValueException.class, () -> a.grade(SUBJECT, 3, bad));
      assertEquals(Optional.of("severity"), s.field());
    }
    // the edges 1 and 5 are inside
    assertEquals(1, a.grade(SUBJECT, 1, 1).product());
    assertEquals(25, a.grade(SUBJECT, 5, 5).product());
  }

  @Test
  void aCallersMatrixMayListCellsWithFewerLevelsAndItsOwnLabelsAndColours() {
    // a 3 × 3 matrix with three levels: the diagonal and above "高", the rest "低"/"中"
    RiskMatrix m = RiskFixtures.threeByThree();
    RiskMatrices calc = RiskFixtures.matrixWith(m);
    RiskMatrixGrade high = calc.grade(SUBJECT, 3, 3);
    assertEquals(RiskLevel.MAJOR, high.level());
    assertEquals(LocalizedText.of("高", "high"), high.label());
    assertEquals("#C00000", high.colour());
    RiskMatrixGrade low = calc.grade(SUBJECT, 1, 1);
    assertEquals(RiskLevel.LOW, low.level());
    assertEquals(RiskLevel.LOW.label(), low.label());
    assertEquals(RiskLevel.LOW.hexColour(), low.colour());
    assertThrows(InvalidValueException.class, () -> calc.grade(SUBJECT, 4, 1));
    assertThrows(InvalidValueException.class, () -> calc.grade(SUBJECT, 1, 4));
  }

  @Test
  void aBandMayCarryItsOwnLabelAndColour() {
    // two levels on a 2 × 2 grid: R 1–2 "可接受" in #00B050, R 3–4 重大 with the level's own display
    RiskMatrix m = RiskMatrix.ofBands(2, 2, List.of(
        new RiskBand(1, 2, RiskLevel.LOW, Optional.of(LocalizedText.of("可接受", "acceptable")), Optional.of("#00B050")),
        RiskBand.of(3, 4, RiskLevel.MAJOR)));
    RiskMatrixGrade low = RiskFixtures.matrixWith(m).grade(SUBJECT, 1, 2);
    assertEquals(RiskLevel.LOW, low.level());
    assertEquals(LocalizedText.of("可接受", "acceptable"), low.label());
    assertEquals("#00B050", low.colour());
    RiskMatrixGrade major = RiskFixtures.matrixWith(m).grade(SUBJECT, 2, 2);
    assertEquals(RiskLevel.MAJOR, major.level());
    assertEquals(RiskLevel.MAJOR.label(), major.label());
    assertEquals(RiskLevel.MAJOR.hexColour(), major.colour());
  }

  @Test
  void theCalculatorNamesItsKindAndRule() {
    RiskMatrices m = a();
    assertEquals(RiskMatrices.ID, m.id());
    assertEquals(List.of(RiskMatrixRule.KIND), m.requirements());
    RiskMatrices same = RiskMatrices.of(m.rules(), VerificationPolicy.DEFAULT);
    assertEquals(RiskLevel.GENERAL, level(same, 2, 2));
    assertTrue(m.toString().startsWith("anxiao.safety.risk-matrix 440000 2026-03-01"), m.toString());
  }
}
