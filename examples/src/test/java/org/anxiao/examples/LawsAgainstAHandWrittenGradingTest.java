package org.anxiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.risk.LecDangerBand;
import org.anxiao.safety.risk.LecFactors;
import org.anxiao.safety.risk.LecGradings;
import org.anxiao.safety.testkit.LecGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property tests of your own code with the kits' {@link Laws}: two laws run against a hand-written
 * LEC grading ({@link HandWrittenLecGrading}) with a planted off-by-one at the 70 limit, fail on it
 * with QuickTheories' shrunk counter-example, and pass against the library's {@link LecGradings}
 * and against the corrected hand-written version.
 *
 * <p>The laws, in {@link #checkLaws}:
 * <ul>
 *   <li>{@link Laws#oneGrade}: every D = L × E × C falls in exactly one danger band — catches bands
 *       that overlap or leave a gap, with no reference implementation at all;</li>
 *   <li>{@link Laws#agree}: the implementation grades every input as the library does (a
 *       differential check against the library as the reference).</li>
 * </ul>
 *
 * <p>The inputs are what an inspector can enter under the shipped customary pack
 * {@code cn.customary.lec@1.0.0} (which admits only listed scores): every listed triple, mixed half
 * and half with edge cases — both from the safety test kit ({@link LecGenerators}), which reads the
 * four thresholds (320 / 160 / 70 / 20) and the L, E and C tables from the library's bound rule: the
 * triples exactly on 70 and 20 (the thresholds listed products reach) and those nearest each
 * threshold on either side. Nothing here is typed in from the pack.
 *
 * <p>{@link Laws#seeded} fixes the seed and the number of examples, so the run, the counter-example
 * and the messages are the same every time. Each input is {@linkplain Gen#describedAs described} as
 * {@code L × E × C = D}, so the counter-example QuickTheories reports shows D.
 */
class LawsAgainstAHandWrittenGradingTest {
  private static final Laws LAWS = Laws.seeded(20_241_014L, 300);
  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final Subject SUBJECT = Subject.of(SubjectKind.of("KEY_PART"), "kp-lab");
  private static final LecGradings LIBRARY = LecGradings.in(RuleContext.standard(JurisdictionCode.CN, DATE));

  /** The library as an implementation under test: exactly the one band it grades D in. */
  private static List<LecDangerBand> libraryBands(LecFactors f) {
    return List.of(libraryBand(f));
  }

  private static LecDangerBand libraryBand(LecFactors f) {
    return LIBRARY.grade(SUBJECT, f).band();
  }

  /**
   * Runs both laws against one implementation.
   *
   * @param bands every band the implementation puts the input's D in
   * @param band  the band it grades the input
   */
  private static void checkLaws(Function<LecFactors, List<LecDangerBand>> bands,
      Function<LecFactors, LecDangerBand> band) {
    Gen<LecFactors> inputs = inputs();
    LAWS.oneGrade(inputs, bands);
    LAWS.agree(inputs, band, LawsAgainstAHandWrittenGradingTest::libraryBand, Objects::equals);
  }

  /**
   * Every listed triple, half the time one on or nearest a threshold ({@link LecGenerators#edgeTriples()}),
   * each shown as {@code L × E × C = D}.
   */
  static Gen<LecFactors> inputs() {
    return Generate.pick(LecGenerators.edgeTriples()).mix(Generate.pick(LecGenerators.allListedTriples()))
        .describedAs(f -> "L " + plain(f.likelihood()) + " × E " + plain(f.exposure()) + " × C "
            + plain(f.consequence()) + " = D " + plain(f.score()));
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  @Test
  void theEdgeCasesComeFromTheLibrarysBoundPack() {
    assertEquals(List.of("320", "160", "70", "20"),
        LecGenerators.thresholds().stream().map(LawsAgainstAHandWrittenGradingTest::plain).toList());
    Set<String> ds = new LinkedHashSet<>();
    LecGenerators.edgeTriples().forEach(f -> ds.add(plain(f.score())));
    // On 70 and 20, and the listed products nearest each threshold on either side.
    assertEquals(Set.of("18", "20", "21", "63", "70", "75", "150", "180", "300", "360"), ds);
  }

  @Test
  void oneGradeFindsThePlantedGapAtSeventy() {
    HandWrittenLecGrading buggy = HandWrittenLecGrading.withPlantedBug();
    AssertionError e = assertThrows(AssertionError.class, () -> LAWS.oneGrade(inputs(), buggy::bands));
    String m = e.getMessage();
    assertTrue(m.contains("Smallest found falsifying value"), m);
    assertTrue(m.contains("= D 70"), m);
    assertTrue(m.contains("falls in 0 grades, not one: []"), m);
  }

  @Test
  void agreeFindsThePlantedBugAgainstTheLibrary() {
    HandWrittenLecGrading buggy = HandWrittenLecGrading.withPlantedBug();
    AssertionError e = assertThrows(AssertionError.class,
        () -> LAWS.agree(inputs(), buggy::band, LawsAgainstAHandWrittenGradingTest::libraryBand, Objects::equals));
    String m = e.getMessage();
    assertTrue(m.contains("Smallest found falsifying value"), m);
    assertTrue(m.contains("= D 70"), m);
    assertTrue(m.contains(": SLIGHT vs SUBSTANTIAL"), m);
  }

  @Test
  void theSameLawsFailOnTheBuggyGrading() {
    HandWrittenLecGrading buggy = HandWrittenLecGrading.withPlantedBug();
    assertThrows(AssertionError.class, () -> checkLaws(buggy::bands, buggy::band));
  }

  @Test
  void theSameLawsPassAgainstTheLibrary() {
    checkLaws(LawsAgainstAHandWrittenGradingTest::libraryBands, LawsAgainstAHandWrittenGradingTest::libraryBand);
  }

  @Test
  void theSameLawsPassAgainstTheCorrectedGrading() {
    HandWrittenLecGrading corrected = HandWrittenLecGrading.corrected();
    checkLaws(corrected::bands, corrected::band);
  }
}
