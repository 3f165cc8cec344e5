package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gets a typed error naming the field and value, at construction. */
class RiskBadInputTest {
  private static final LocalizedText TEXT = LocalizedText.of("说明", "meaning");

  private static void refused(String field, Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }

  @Test
  void lecScoresMustBePositiveDecimalsWithinTheDigitBounds() {
    refused("likelihood", () -> new LecFactors(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE));
    refused("exposure", () -> new LecFactors(BigDecimal.ONE, new BigDecimal("-1"), BigDecimal.ONE));
    refused("consequence", () -> new LecFactors(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1E+999999")));
    assertThrows(MissingValueException.class, () -> new LecFactors(null, BigDecimal.ONE, BigDecimal.ONE));
    // the least positive score is fine
    assertEquals(new BigDecimal("0.001"), new LecFactors(new BigDecimal("0.1"), new BigDecimal("0.1"),
        new BigDecimal("0.1")).score().stripTrailingZeros());
  }

  @Test
  void anLecFactorOfNullIsRefused() {
    refused("factor", () -> RiskFixtures.factors("1", "1", "1").value(null));
    assertEquals(BigDecimal.ONE, RiskFixtures.factors("3", "1", "1").value(LecFactor.EXPOSURE));
    assertEquals(new BigDecimal("7"), RiskFixtures.factors("3", "1", "7").value(LecFactor.CONSEQUENCE));
    assertEquals(new BigDecimal("3"), RiskFixtures.factors("3", "1", "7").value(LecFactor.LIKELIHOOD));
  }

  @Test
  void anLecTableMustListEachScoreOnce() {
    refused("entries", () -> new LecScale(List.of()));
    refused("entries[1].value", () -> new LecScale(List.of(new LecScaleEntry(new BigDecimal("0.5"), TEXT),
        new LecScaleEntry(new BigDecimal("0.50"), TEXT))));
    refused("value", () -> new LecScaleEntry(BigDecimal.ZERO, TEXT));
    refused("description", () -> new LecScaleEntry(BigDecimal.ONE, null));
    LecScale scale = new LecScale(List.of(new LecScaleEntry(new BigDecimal("3"), TEXT),
        new LecScaleEntry(new BigDecimal("0.5"), TEXT), new LecScaleEntry(new BigDecimal("10"), TEXT)));
    assertEquals(new BigDecimal("0.5"), scale.min());
    assertEquals(new BigDecimal("10"), scale.max());
    assertEquals(Optional.empty(), scale.entry(new BigDecimal("4")));
    refused("score", () -> scale.entry(new BigDecimal("1E+999999")));
  }

  @Test
  void gradingRefusesNullInputs() {
    refused("subject", () -> RiskFixtures.lec().grade(null, RiskFixtures.factors("1", "1", "1")));
    refused("factors", () -> RiskFixtures.lec().grade(SUBJECT, null));
    refused("subject", () -> RiskMatricesTest.a().grade(null, 1, 1));
    refused("context", () -> LecGradings.in(null));
    refused("context", () -> RiskMatrices.in(null));
    refused("rules", () -> LecGradings.of(null, org.anxiao.core.rule.VerificationPolicy.DEFAULT));
    refused("policy", () -> RiskMatrices.of(RiskMatricesTest.a().rules(), null));
  }

  @Test
  void bandsAndCellsAreCheckedAtConstruction() {
    refused("from", () -> RiskBand.of(0, 3, RiskLevel.LOW));
    refused("from", () -> RiskBand.of(RiskMatrix.MAX_PRODUCT + 1, RiskMatrix.MAX_PRODUCT + 1, RiskLevel.LOW));
    refused("to", () -> RiskBand.of(4, 3, RiskLevel.LOW));
    refused("to", () -> RiskBand.of(4, RiskMatrix.MAX_PRODUCT + 1, RiskLevel.LOW));
    assertEquals(100, RiskBand.of(1, RiskMatrix.MAX_PRODUCT, RiskLevel.LOW).to());
    assertEquals(3, RiskBand.of(3, 3, RiskLevel.LOW).from());
    assertEquals(RiskMatrix.MAX_PRODUCT, RiskBand.of(RiskMatrix.MAX_PRODUCT, RiskMatrix.MAX_PRODUCT, RiskLevel.LOW).from());
    refused("level", () -> RiskBand.of(1, 3, null));
    refused("colour", () -> new RiskBand(1, 3, RiskLevel.LOW, Optional.empty(), Optional.of("red")));
    refused("colour", () -> new RiskBand(1, 3, RiskLevel.LOW, Optional.empty(), Optional.of("#12345G")));
    assertEquals(Optional.of("#ABCDEF"),
        new RiskBand(1, 3, RiskLevel.LOW, null, Optional.of("#abcdef")).colour());
    refused("likelihood", () -> RiskCell.of(0, 1, RiskLevel.LOW));
    refused("likelihood", () -> RiskCell.of(RiskMatrix.MAX_SIDE + 1, 1, RiskLevel.LOW));
    refused("severity", () -> RiskCell.of(1, 0, RiskLevel.LOW));
    refused("severity", () -> RiskCell.of(1, RiskMatrix.MAX_SIDE + 1, RiskLevel.LOW));
    assertEquals(10, RiskCell.of(RiskMatrix.MAX_SIDE, RiskMatrix.MAX_SIDE, RiskLevel.LOW).severity());
    refused("level", () -> RiskCell.of(1, 1, null));
  }

  @Test
  void aMatrixIsCheckedAtConstruction() {
    List<RiskBand> all = List.of(RiskBand.of(1, 25, RiskLevel.LOW));
    refused("likelihoodLevels", () -> RiskMatrix.ofBands(0, 5, all));
    refused("likelihoodLevels", () -> RiskMatrix.ofBands(RiskMatrix.MAX_SIDE + 1, 5, all));
    refused("severityLevels", () -> RiskMatrix.ofBands(5, 0, all));
    refused("severityLevels", () -> RiskMatrix.ofBands(5, RiskMatrix.MAX_SIDE + 1, all));
    refused("bands", () -> RiskMatrix.ofBands(5, 5, List.of()));
    refused("bands", () -> RiskMatrix.ofBands(5, 5, List.of(RiskBand.of(1, 24, RiskLevel.LOW))));
    refused("bands[1]", () -> RiskMatrix.ofBands(5, 5, List.of(RiskBand.of(1, 10, RiskLevel.LOW),
        RiskBand.of(10, 25, RiskLevel.MAJOR))));
    refused("bands[1]", () -> RiskMatrix.ofBands(5, 5, List.of(RiskBand.of(5, 10, RiskLevel.LOW),
        RiskBand.of(1, 5, RiskLevel.MAJOR))));
    refused("bands", () -> new RiskMatrix(5, 5, Optional.empty(), Optional.empty()));
    refused("bands", () -> new RiskMatrix(1, 1, Optional.of(all), Optional.of(List.of(RiskCell.of(1, 1,
        RiskLevel.LOW)))));
    refused("cells", () -> RiskMatrix.ofCells(1, 1, List.of()));
    refused("cells[0].likelihood", () -> RiskMatrix.ofCells(1, 1, List.of(RiskCell.of(2, 1, RiskLevel.LOW))));
    // adjacent bands (1–10, 11–25) and a one-cell matrix are fine; the largest grid too
    assertEquals(RiskLevel.MAJOR, RiskMatrix.ofBands(5, 5, List.of(RiskBand.of(1, 10, RiskLevel.LOW),
        RiskBand.of(11, 25, RiskLevel.MAJOR))).cell(5, 3).level());
    assertEquals(RiskLevel.LOW, RiskMatrix.ofBands(5, 5, List.of(RiskBand.of(11, 25, RiskLevel.MAJOR),
        RiskBand.of(1, 10, RiskLevel.LOW))).cell(5, 2).level());
    assertEquals(RiskLevel.LOW, RiskMatrix.ofCells(1, 1, List.of(RiskCell.of(1, 1, RiskLevel.LOW))).cell(1, 1)
        .level());
    assertEquals(RiskLevel.LOW, RiskMatrix.ofBands(RiskMatrix.MAX_SIDE, RiskMatrix.MAX_SIDE,
        List.of(RiskBand.of(1, RiskMatrix.MAX_PRODUCT, RiskLevel.LOW))).cell(10, 10).level());
    refused("bands", () -> RiskMatrix.ofBands(5, 5, null));
    refused("cells", () -> RiskMatrix.ofCells(5, 5, null));
  }

  @Test
  void aMatrixCellOutsideTheGridNamesTheField() {
    RiskMatrix m = RiskFixtures.threeByThree();
    InvalidValueException l = assertThrows(InvalidValueException.class, () -> m.cell(4, 1));
    assertEquals(Optional.of("likelihood"), l.field());
    assertEquals(Optional.of("4"), l.value());
    refused("likelihood", () -> m.cell(0, 1));
    refused("severity", () -> m.cell(1, 4));
    refused("severity", () -> m.cell(1, 0));
    assertEquals(RiskLevel.MAJOR, m.cell(3, 3).level());
    assertEquals(RiskLevel.GENERAL, m.cell(1, 3).level());
    assertEquals(Optional.of(LocalizedText.of("中", "medium")), m.cell(3, 1).label());
  }

  @Test
  void resultsCheckTheirInvariants() {
    LecGrade g = RiskFixtures.lec().grade(SUBJECT, RiskFixtures.factors("3", "6", "15"));
    refused("score", () -> new LecGrade(g.subject(), g.factors(), new BigDecimal("271"), g.band(), g.level(),
        g.meanings(), g.rules(), g.packs(), g.findings()));
    refused("meanings", () -> new LecGrade(g.subject(), g.factors(), g.score(), g.band(), g.level(),
        List.of(Optional.empty()), g.rules(), g.packs(), g.findings()));
    refused("factor", () -> g.meaning(null));
    RiskMatrixGrade r = RiskMatricesTest.a().grade(SUBJECT, 2, 5);
    refused("product", () -> new RiskMatrixGrade(SUBJECT, 2, 5, 11, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()));
    refused("likelihood", () -> new RiskMatrixGrade(SUBJECT, 0, 5, 0, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()));
    refused("likelihood", () -> new RiskMatrixGrade(SUBJECT, 11, 5, 55, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()));
    refused("severity", () -> new RiskMatrixGrade(SUBJECT, 2, 0, 0, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()));
    refused("severity", () -> new RiskMatrixGrade(SUBJECT, 2, 11, 22, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()));
    refused("colour", () -> new RiskMatrixGrade(SUBJECT, 2, 5, 10, r.level(), r.label(), "orange", r.rules(),
        r.packs(), r.findings()));
    assertEquals(100, new RiskMatrixGrade(SUBJECT, 10, 10, 100, r.level(), r.label(), r.colour(), r.rules(),
        r.packs(), r.findings()).product());
  }

  @Test
  void aRuleValueCarryingTheWrongTypeIsRefused() {
    LecRule rule = RiskFixtures.lec().rules().value();
    @SuppressWarnings({"unchecked", "rawtypes"})
    org.anxiao.core.rule.RuleValue<BigDecimal> wrong = (org.anxiao.core.rule.RuleValue) rule.boundary();
    refused("boundary", () -> new LecRule(rule.likelihoodScale(), rule.exposureScale(), rule.consequenceScale(),
        wrong, rule.highThreshold(), rule.substantialThreshold(), rule.possibleThreshold(), rule.extremeLevel(),
        rule.highLevel(), rule.substantialLevel(), rule.possibleLevel(), rule.slightLevel(), rule.boundary(),
        rule.allowInterpolation()));
    @SuppressWarnings({"unchecked", "rawtypes"})
    org.anxiao.core.rule.RuleValue<RiskLevel> wrongLevel = (org.anxiao.core.rule.RuleValue) rule.extremeThreshold();
    refused("extremeThreshold", () -> new LecRule(rule.likelihoodScale(), rule.exposureScale(), rule.consequenceScale(),
        rule.extremeThreshold(), rule.highThreshold(), rule.substantialThreshold(), rule.possibleThreshold(),
        wrongLevel, rule.highLevel(), rule.substantialLevel(), rule.possibleLevel(), rule.slightLevel(),
        rule.boundary(), rule.allowInterpolation()));
    assertEquals(rule.likelihoodScale(), rule.scale(LecFactor.LIKELIHOOD));
    assertEquals(rule.exposureScale(), rule.scale(LecFactor.EXPOSURE));
    assertEquals(rule.consequenceScale(), rule.scale(LecFactor.CONSEQUENCE));
    refused("factor", () -> rule.scale(null));
  }

  @Test
  void aMatrixSaysWhichGradingsItWasGivenAndWhyNoBandIsRefused() {
    List<RiskBand> all = List.of(RiskBand.of(1, 25, RiskLevel.LOW));
    InvalidValueException both = assertThrows(InvalidValueException.class, () -> new RiskMatrix(1, 1, Optional.of(all),
        Optional.of(List.of(RiskCell.of(1, 1, RiskLevel.LOW)))));
    assertEquals(Optional.of("bands and cells"), both.value());
    InvalidValueException neither = assertThrows(InvalidValueException.class,
        () -> new RiskMatrix(5, 5, Optional.empty(), Optional.empty()));
    assertEquals(Optional.of("neither"), neither.value());
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> RiskMatrix.ofBands(5, 5, List.of()));
    assertEquals(Optional.of("bands"), none.field());
    assertEquals(Optional.of("[]"), none.value());
    assertEquals("must hold at least one band", none.rule());
  }

  @Test
  void aWrongProductStatesTheProductOfTheCell() {
    RiskMatrixGrade r = RiskMatricesTest.a().grade(SUBJECT, 2, 5);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new RiskMatrixGrade(SUBJECT, 2, 3, 5,
        r.level(), r.label(), r.colour(), r.rules(), r.packs(), r.findings()));
    assertEquals(Optional.of("product"), e.field());
    assertEquals("must equal L × S = 6", e.rule());
  }

  @Test
  void anUnlistedScoreListsTheTablesScores() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> RiskFixtures.lec().grade(SUBJECT, RiskFixtures.factors("4", "6", "15")));
    assertEquals(Optional.of("likelihood"), e.field());
    assertEquals("is not a known LEC likelihood table (listed: [10, 6, 3, 1, 0.5, 0.2, 0.1]) code", e.rule());
  }
}
