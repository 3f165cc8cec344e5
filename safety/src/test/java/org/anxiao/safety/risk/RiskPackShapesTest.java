package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.LEC_PACK;
import static org.anxiao.safety.risk.RiskFixtures.MATRIX_A;
import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.anxiao.safety.risk.RiskFixtures.factors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * Packs of a wrong shape are refused with the pack and the JSON pointer of the offending node: a
 * matrix that leaves a cell ungraded or grades one twice (when the pack is registered), an LEC table
 * listing a score twice (when registered), LEC thresholds that do not fall or levels that fall with
 * the band (when bound).
 */
class RiskPackShapesTest {

  /** A copy of matrix A (as a TEST pack) with {@code edit} applied to its matrix value. */
  private static RulePack matrixA(String id, Consumer<ObjectNode> edit) {
    return RiskFixtures.testPack(MATRIX_A, id, t -> edit.accept((ObjectNode) t.path("parameters").path("matrix")
        .path("value")));
  }

  private static RulePackException refused(RulePack pack) {
    return assertThrows(RulePackException.class, () -> ShippedPacks.withPacks(pack));
  }

  private static void assertPointer(String expected, RulePackException e) {
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertEquals(Optional.of(expected), e.field(), e.getMessage());
  }

  @Test
  void aMatrixWithoutABandForAReachableProductIsRefused() {
    // A without 20–25: cell (4, 5), product 20, is graded by no band
    RulePackException e = refused(matrixA("test.matrix-gap", m -> ((ArrayNode) m.get("bands")).remove(3)));
    assertPointer("test.matrix-gap@1.0.0#/parameters/matrix/value/bands", e);
    assertTrue(e.getMessage().contains("20"), e.getMessage());
  }

  @Test
  void aMatrixWhoseBandsOverlapIsRefusedAtTheSecondBand() {
    // 4–9 widened to 3–9 overlaps 1–3 at 3
    RulePackException e = refused(matrixA("test.matrix-overlap",
        m -> ((ObjectNode) m.get("bands").get(1)).put("from", 3)));
    assertPointer("test.matrix-overlap@1.0.0#/parameters/matrix/value/bands/1", e);
  }

  @Test
  void bandsMayCoverProductsNoCellReaches() {
    // 17–19 cannot occur on a 5 × 5 grid: a band 17–25 instead of 20–25 grades the same cells
    RulePack pack = matrixA("test.matrix-wide", m -> ((ObjectNode) m.get("bands").get(3)).put("from", 17));
    RiskMatrices calc = RiskMatrices.in(org.anxiao.core.rule.RuleContext.of(ShippedPacks.withPacks(pack),
        RiskFixtures.GUANGDONG, RiskFixtures.DATE));
    assertEquals(RiskLevel.MAJOR, calc.grade(SUBJECT, 4, 5).level());
    assertEquals(RiskLevel.SIGNIFICANT, calc.grade(SUBJECT, 4, 4).level());
  }

  @Test
  void aMatrixListingACellTwiceOrMissingOneIsRefused() {
    ObjectNode cells = (ObjectNode) RiskFixtures.JSON.valueToTree(RiskFixtures.wire(RiskFixtures.threeByThree()));
    ObjectNode twice = cells.deepCopy();
    ((ObjectNode) twice.get("cells").get(8)).put("likelihood", 1).put("severity", 1);
    assertPointer("test.cells-twice@1.0.0#/parameters/matrix/value/cells/8",
        refused(RiskFixtures.matrixPack("test.cells-twice", twice)));
    ObjectNode missing = cells.deepCopy();
    ((ArrayNode) missing.get("cells")).remove(4);
    RulePackException e = refused(RiskFixtures.matrixPack("test.cells-missing", missing));
    assertPointer("test.cells-missing@1.0.0#/parameters/matrix/value/cells", e);
    assertTrue(e.getMessage().contains("(L 2, S 2)"), e.getMessage());
    ObjectNode outside = cells.deepCopy();
    ((ObjectNode) outside.get("cells").get(0)).put("severity", 4);
    assertPointer("test.cells-outside@1.0.0#/parameters/matrix/value/cells/0/severity",
        refused(RiskFixtures.matrixPack("test.cells-outside", outside)));
  }

  @Test
  void aMatrixGivingBothBandsAndCellsOrNeitherIsRefused() {
    ObjectNode both = (ObjectNode) RiskFixtures.tree(MATRIX_A).path("parameters").path("matrix").path("value");
    both.set("cells", RiskFixtures.JSON.createArrayNode());
    assertEquals(RulePackException.INVALID, refused(RiskFixtures.matrixPack("test.both", both)).errorCode());
    ObjectNode neither = both.deepCopy();
    neither.remove("cells");
    neither.remove("bands");
    assertEquals(RulePackException.INVALID, refused(RiskFixtures.matrixPack("test.neither", neither)).errorCode());
  }

  @Test
  void anLecTableListingAScoreTwiceIsRefused() {
    RulePackException e = refused(RiskFixtures.testPack(LEC_PACK, "test.lec-twice", t -> ((ObjectNode) t
        .path("parameters").path("exposureScale").path("value").path("entries").get(1)).put("value", "10.0")));
    assertPointer("test.lec-twice@1.0.0#/parameters/exposureScale/value/entries/1/value", e);
  }

  @Test
  void anLecScoreMustBePositive() {
    RulePackException e = refused(RiskFixtures.testPack(LEC_PACK, "test.lec-zero", t -> ((ObjectNode) t
        .path("parameters").path("likelihoodScale").path("value").path("entries").get(6)).put("value", "0")));
    assertPointer("test.lec-zero@1.0.0#/parameters/likelihoodScale/value/entries/6/value", e);
  }

  @Test
  void lecThresholdsThatDoNotFallAreRefusedWhenBound() {
    // highThreshold = 320 = extremeThreshold: refused at highThreshold
    RulePack equal = RiskFixtures.overriding(LEC_PACK, "test.lec-equal", p -> p.putObject("highThreshold")
        .put("type", "decimal").put("value", "320"));
    RulePackException e = assertThrows(RulePackException.class, () -> RiskFixtures.lecWith(equal));
    assertPointer("test.lec-equal@1.0.0#/parameters/highThreshold/value", e);
    // possibleThreshold = 71 > substantialThreshold = 70
    RulePack above = RiskFixtures.overriding(LEC_PACK, "test.lec-above", p -> p.putObject("possibleThreshold")
        .put("type", "decimal").put("value", "71"));
    assertPointer("test.lec-above@1.0.0#/parameters/possibleThreshold/value",
        assertThrows(RulePackException.class, () -> RiskFixtures.lecWith(above)));
    // 69 is below 70: accepted, and 69 then separates 稍有 from 一般危险 (1 × 3 × 23? not listed; 3 × 3 × 7 = 63 < 69)
    RulePack below = RiskFixtures.overriding(LEC_PACK, "test.lec-below", p -> p.putObject("possibleThreshold")
        .put("type", "decimal").put("value", "69"));
    assertEquals(LecDangerBand.SLIGHT, RiskFixtures.lecWith(below).grade(SUBJECT, factors("3", "3", "7")).band());
  }

  @Test
  void lecLevelsThatFallWithTheBandAreRefusedWhenBound() {
    // slightLevel GENERAL above possibleLevel LOW: a graver band would get a lower level
    RulePack falling = RiskFixtures.overriding(LEC_PACK, "test.lec-falling", p -> p.putObject("slightLevel")
        .put("type", "text").put("value", "GENERAL"));
    assertPointer("test.lec-falling@1.0.0#/parameters/slightLevel/value",
        assertThrows(RulePackException.class, () -> RiskFixtures.lecWith(falling)));
    // highLevel MAJOR equals extremeLevel: levels may stay level
    RulePack same = RiskFixtures.overriding(LEC_PACK, "test.lec-same", p -> p.putObject("highLevel")
        .put("type", "text").put("value", "MAJOR"));
    assertEquals(RiskLevel.MAJOR, RiskFixtures.lecWith(same).grade(SUBJECT, factors("3", "6", "15")).level());
  }

  @Test
  void anUnknownLevelOrBoundaryNameIsRefusedAtRegistration() {
    RulePack level = RiskFixtures.overriding(LEC_PACK, "test.lec-level", p -> p.putObject("slightLevel")
        .put("type", "text").put("value", "BLUE"));
    assertPointer("test.lec-level@1.0.0#/parameters/slightLevel/value", refused(level));
    RulePack boundary = RiskFixtures.overriding(LEC_PACK, "test.lec-boundary", p -> p.putObject("boundary")
        .put("type", "text").put("value", "SAFER"));
    assertPointer("test.lec-boundary@1.0.0#/parameters/boundary/value", refused(boundary));
  }
}
