package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.UnknownCodeException;
import java.util.ArrayList;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.LecGenerators;
import org.anxiao.safety.testkit.RiskMatrixGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of both grading methods over the shipped tables: the grade is monotone in each factor,
 * every valid input gets exactly one grade, and D = L × E × C exactly.
 */
class RiskProperties {
  private static final List<String> L = List.of("0.1", "0.2", "0.5", "1", "3", "6", "10");
  private static final List<String> E = List.of("0.5", "1", "2", "3", "6", "10");
  private static final List<String> C = List.of("1", "3", "7", "15", "40", "100");
  private static final Gen<Integer> IL = LecGenerators.index(LecFactor.LIKELIHOOD);
  private static final Gen<Integer> IE = LecGenerators.index(LecFactor.EXPOSURE);
  private static final Gen<Integer> IC = LecGenerators.index(LecFactor.CONSEQUENCE);
  private static final LecGradings LEC = RiskFixtures.lec();
  private static final LecGradings INTERPOLATING = RiskFixtures.lecInterpolating();
  private static final RiskMatrices A = RiskMatricesTest.a();
  private static final RiskMatrices B = RiskMatricesTest.b();

  private static LecGrade grade(int l, int e, int c) {
    return LEC.grade(SUBJECT, RiskFixtures.factors(L.get(l), E.get(e), C.get(c)));
  }

  @Test
  void theKitsTablesAreTheShippedPacksAsTheseTestsListThem() {
    assertEquals(L.stream().map(BigDecimal::new).toList(), LecGenerators.listedScores(LecFactor.LIKELIHOOD));
    assertEquals(E.stream().map(BigDecimal::new).toList(), LecGenerators.listedScores(LecFactor.EXPOSURE));
    assertEquals(C.stream().map(BigDecimal::new).toList(), LecGenerators.listedScores(LecFactor.CONSEQUENCE));
    assertEquals(List.of(new BigDecimal("320"), new BigDecimal("160"), new BigDecimal("70"), new BigDecimal("20")),
        LecGenerators.thresholds());
  }

  @Test
  void everyDIsInExactlyOneBandAndTheLevelRankIsMonotoneInD() {
    List<BigDecimal> t = LecGenerators.thresholds();
    Laws laws = Laws.standard().withExamples(200);
    laws.oneGrade(LecGenerators.factors().mix(LecGenerators.edgeFactors()), f -> {
      BigDecimal d = LEC.grade(SUBJECT, f).score();
      List<LecDangerBand> in = new ArrayList<>();
      BigDecimal above = null;
      for (int i = 0; i <= t.size(); i++) {
        BigDecimal below = i < t.size() ? t.get(i) : null;
        boolean ge = below == null || d.compareTo(below) >= 0;
        boolean lt = above == null || d.compareTo(above) < 0;
        if (ge && lt) {
          in.add(LecDangerBand.values()[LecDangerBand.values().length - 1 - i]);
        }
        above = below;
      }
      assertEquals(in, List.of(LEC.grade(SUBJECT, f).band()), f::toString);
      return in;
    });
    // Graded triples ordered by D: the risk level never falls as D rises.
    List<LecFactors> all = LecGenerators.allListedTriples();
    laws.monotone(integers().between(0, all.size() - 1).<BigDecimal>map(i -> all.get(i).score()), d -> {
      LecFactors f = all.stream().filter(x -> x.score().compareTo(d) == 0).findFirst().orElseThrow();
      return LEC.grade(SUBJECT, f).level();
    });
  }

  @Test
  void theTriplesNearestEachThresholdAreGradedOnTheirSide() {
    qt().withExamples(100).forAll(LecGenerators.edgeFactors()).checkAssert(f -> {
      LecGrade g = LEC.grade(SUBJECT, f);
      BigDecimal d = g.score();
      int band = (int) LecGenerators.thresholds().stream().filter(x -> d.compareTo(x) < 0).count();
      assertEquals(LecDangerBand.values()[LecDangerBand.values().length - 1 - band], g.band(), f::toString);
    });
    assertTrue(LecGenerators.edgeTriples().stream().anyMatch(f -> f.score().compareTo(new BigDecimal("70")) == 0),
        "70 is a listed product");
  }

  @Test
  void unlistedScoresAreRefusedAsUnknownCodesNamingTheFactor() {
    Laws.standard().withExamples(200).rejects(LecGenerators.invalid());
  }

  @Test
  void cellsOutsideEitherMatrixAreRefusedNamingTheCoordinate() {
    for (RiskMatrices m : List.of(A, B)) {
      Laws.standard().withExamples(100).rejects(RiskMatrixGenerators.outside(m));
      // every cell, and every cell at a band's edge, has exactly one grade
      Laws.standard().withExamples(100).oneGrade(RiskMatrixGenerators.cells(RiskMatrixGenerators.matrix(m))
          .mix(RiskMatrixGenerators.edges(RiskMatrixGenerators.matrix(m))), c -> {
            RiskMatrix matrix = RiskMatrixGenerators.matrix(m);
            int r = c[0] * c[1];
            return matrix.bands().orElseThrow().stream().filter(b -> b.contains(r)).map(RiskBand::level).toList();
          });
    }
  }

  @Test
  void theLecGradeIsUnchangedByANewerCustomaryPackNotYetInForce() {
    RulePack shipped = RulePackRegistry.standard().pack(LEC.rules().packs().get(0));
    Laws.standard().withExamples(50).unchangedByNewerPack(LecGenerators.factors(),
        () -> RulePackRegistry.builder().addClassPath(RiskProperties.class.getClassLoader()),
        RuleContext.standard(JurisdictionCode.CN, LecGenerators.DATE), Laws.newerVersion(shipped, LecGenerators.DATE
            .plusYears(1)), (ctx, f) -> LecGradings.in(ctx).grade(SUBJECT, f));
  }

  @Test
  void theGradeIsMonotoneInLikelihood() {
    qt().withExamples(200).forAll(IL, IL, IE, IC).checkAssert((a, b, e, c) -> {
      LecGrade lo = grade(Math.min(a, b), e, c);
      LecGrade hi = grade(Math.max(a, b), e, c);
      assertTrue(lo.band().compareTo(hi.band()) <= 0 && lo.level().compareTo(hi.level()) <= 0, lo + " / " + hi);
    });
  }

  @Test
  void theGradeIsMonotoneInExposure() {
    qt().withExamples(200).forAll(IL, IE, IE, IC).checkAssert((l, a, b, c) -> {
      LecGrade lo = grade(l, Math.min(a, b), c);
      LecGrade hi = grade(l, Math.max(a, b), c);
      assertTrue(lo.band().compareTo(hi.band()) <= 0 && lo.level().compareTo(hi.level()) <= 0, lo + " / " + hi);
    });
  }

  @Test
  void theGradeIsMonotoneInConsequence() {
    qt().withExamples(200).forAll(IL, IE, IC, IC).checkAssert((l, e, a, b) -> {
      LecGrade lo = grade(l, e, Math.min(a, b));
      LecGrade hi = grade(l, e, Math.max(a, b));
      assertTrue(lo.band().compareTo(hi.band()) <= 0 && lo.level().compareTo(hi.level()) <= 0, lo + " / " + hi);
    });
  }

  @Test
  void everyListedTripleGetsExactlyOneGradeAndDIsTheExactProduct() {
    qt().withExamples(200).forAll(IL, IE, IC).checkAssert((l, e, c) -> {
      LecGrade g = grade(l, e, c);
      // exact: 100 × D = (10 L) × (10 E) × C in whole numbers
      long tenL = new BigDecimal(L.get(l)).movePointRight(1).longValueExact();
      long tenE = new BigDecimal(E.get(e)).movePointRight(1).longValueExact();
      long cc = new BigDecimal(C.get(c)).longValueExact();
      assertEquals(tenL * tenE * cc, g.score().movePointRight(2).longValueExact());
      // exactly one of the five customary ranges (a limit belongs to the higher band) holds
      double d = g.score().doubleValue();
      boolean[] in = {d < 20, d >= 20 && d < 70, d >= 70 && d < 160, d >= 160 && d < 320, d >= 320};
      int count = 0;
      for (boolean b : in) {
        count += b ? 1 : 0;
      }
      assertEquals(1, count);
      assertTrue(in[g.band().ordinal()], g.toString());
      RiskLevel expected = switch (g.band()) {
        case EXTREME -> RiskLevel.MAJOR;
        case HIGH -> RiskLevel.SIGNIFICANT;
        case SUBSTANTIAL -> RiskLevel.GENERAL;
        case POSSIBLE, SLIGHT -> RiskLevel.LOW;
      };
      assertEquals(expected, g.level());
    });
  }

  @Test
  void underInterpolationTheGradeIsMonotoneInAnyLikelihoodInRange() {
    // L in hundredths from 0.10 to 10.00
    qt().withExamples(200).forAll(integers().between(10, 1000), integers().between(10, 1000), IE, IC)
        .checkAssert((a, b, e, c) -> {
          LecGrade lo = INTERPOLATING.grade(SUBJECT, new LecFactors(BigDecimal.valueOf(Math.min(a, b), 2),
              new BigDecimal(E.get(e)), new BigDecimal(C.get(c))));
          LecGrade hi = INTERPOLATING.grade(SUBJECT, new LecFactors(BigDecimal.valueOf(Math.max(a, b), 2),
              new BigDecimal(E.get(e)), new BigDecimal(C.get(c))));
          assertTrue(lo.level().compareTo(hi.level()) <= 0, lo + " / " + hi);
        });
  }

  @Test
  void aLikelihoodNotListedIsAlwaysRefusedWithoutInterpolation() {
    // whole numbers 2–100 other than 3, 6, 10
    qt().withExamples(100).forAll(integers().between(2, 100)).assuming(i -> i != 3 && i != 6 && i != 10)
        .checkAssert(i -> assertThrows(UnknownCodeException.class,
            () -> LEC.grade(SUBJECT, new LecFactors(BigDecimal.valueOf(i), BigDecimal.ONE, BigDecimal.ONE))));
  }

  @Test
  void theMatrixGradeIsMonotoneInLikelihoodAndSeverity() {
    for (RiskMatrices m : List.of(A, B)) {
      qt().withExamples(200).forAll(integers().between(1, 5), integers().between(1, 5), integers().between(1, 5))
          .checkAssert((a, b, s) -> {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            assertTrue(m.grade(SUBJECT, lo, s).level().compareTo(m.grade(SUBJECT, hi, s).level()) <= 0);
            assertTrue(m.grade(SUBJECT, s, lo).level().compareTo(m.grade(SUBJECT, s, hi).level()) <= 0);
          });
    }
  }

  @Test
  void everyMatrixCellGetsTheOneLevelItsBandGives() {
    qt().withExamples(200).forAll(integers().between(1, 5), integers().between(1, 5)).checkAssert((l, s) -> {
      int r = l * s;
      RiskLevel a = r <= 3 ? RiskLevel.LOW : r <= 9 ? RiskLevel.GENERAL : r <= 16 ? RiskLevel.SIGNIFICANT
          : RiskLevel.MAJOR;
      RiskLevel b = r <= 8 ? RiskLevel.LOW : r <= 12 ? RiskLevel.GENERAL : r <= 16 ? RiskLevel.SIGNIFICANT
          : RiskLevel.MAJOR;
      RiskMatrixGrade ga = A.grade(SUBJECT, l, s);
      assertEquals(r, ga.product());
      assertEquals(a, ga.level());
      assertEquals(b, B.grade(SUBJECT, l, s).level());
      // B never grades a cell above A
      assertTrue(b.compareTo(a) <= 0);
    });
  }
}
