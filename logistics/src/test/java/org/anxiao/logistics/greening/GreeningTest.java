package org.anxiao.logistics.greening;

import static org.anxiao.logistics.greening.GreeningFixtures.SHANGHAI_PACK;
import static org.anxiao.logistics.greening.GreeningFixtures.campus;
import static org.anxiao.logistics.greening.GreeningFixtures.dec;
import static org.anxiao.logistics.greening.GreeningFixtures.factors;
import static org.anxiao.logistics.greening.GreeningFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * Worked examples. The fictional test pack (440000, SECONDARY): minimum coverage 0.40 (new) / 0.35 (existing),
 * green space 0.35 / 0.30; roof greening counts 0.5 toward coverage and 0.3 toward green space, vertical 0.2
 * toward coverage. Shanghai's shipped pack (DG/TJ08-2438-2024, UNVERIFIED): only new schools' green space 0.35.
 */
class GreeningTest {
  private static final String TEST = GreeningFixtures.TEST_PACK;
  private static final String UNVERIFIED_ROOF = "test.greening-unverified-roof@1.0.0";

  static List<String> codes(GreeningResult a) {
    return a.findings().stream().map(f -> f.code().value()).toList();
  }

  static List<String> rules(List<AppliedRule> rules) {
    return rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList();
  }

  @Test
  void aNewCampusWorkedByHand() {
    // Site 20,000 m²; cover 7,400, green space 6,600, roof 1,000, vertical 500.
    // Coverage: 7,400 + 1,000 × 0.5 + 500 × 0.2 = 7,400 + 500 + 100 = 8,000 → 8,000 ÷ 20,000 = 0.4000 ≥ 0.40: met,
    // exactly on the minimum.
    // Green space: 6,600 + 1,000 × 0.3 = 6,900 → 6,900 ÷ 20,000 = 0.3450 < 0.35: low.
    GreeningResult a = factors().assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.4000")), a.coverage());
    assertEquals(Optional.of(dec("0.3450")), a.greenSpaceRatio());
    assertEquals(4, a.coverage().orElseThrow().scale());
    assertEquals(0, dec("8000").compareTo(a.coverageArea().counted()));
    assertEquals(0, dec("7400").compareTo(a.coverageArea().ground()));
    assertEquals(0, dec("0.5").compareTo(a.coverageArea().roofFactor()));
    assertEquals(0, dec("0.2").compareTo(a.coverageArea().verticalFactor()));
    assertEquals(0, dec("6900").compareTo(a.greenSpaceArea().counted()));
    assertEquals(0, dec("0.3").compareTo(a.greenSpaceArea().roofFactor()));
    assertEquals(0, a.greenSpaceArea().verticalFactor().signum()); // the pack states no verticalToGreenSpace
    assertEquals(0, dec("500").compareTo(a.greenSpaceArea().vertical()));
    assertEquals(Optional.of(true), a.coverageMet());
    assertEquals(Optional.of(false), a.greenSpaceMet());
    assertEquals(List.of("LOGISTICS.GREENING.COVERAGE_MET", "LOGISTICS.GREENING.GREEN_SPACE_LOW"), codes(a));
    assertEquals(List.of(TEST + "/roofToCoverage", TEST + "/verticalToCoverage", TEST + "/roofToGreenSpace",
        TEST + "/minGreenCoverageNew", TEST + "/minGreenSpaceRatioNew"), rules(a.rulesApplied()));
    Finding met = a.findings().get(0);
    assertEquals(Severity.INFO, met.severity());
    assertEquals(SubjectKind.CAMPUS, met.subject().kind());
    assertEquals("main", met.subject().id());
    assertEquals("Green coverage is 40 %, meeting the minimum of 40 % for a(n) new school.", met.message().en());
    assertEquals("绿化覆盖率 40%，达到新建学校最低要求 40%。", met.message().zh());
    assertEquals(List.of(TEST + "/roofToCoverage", TEST + "/verticalToCoverage", TEST + "/minGreenCoverageNew"),
        rules(met.rules()));
    Finding low = a.findings().get(1);
    assertEquals(Severity.LOW, low.severity());
    assertEquals(Optional.of(new Measure(dec("0.345"), "1")), low.measured());
    assertEquals(Optional.of(new Measure(dec("0.35"), "1")), low.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), low.comparison());
    assertEquals("The green-space ratio is 34.5 %, below the minimum of 35 % for a(n) new school.", low.message().en());
    assertEquals("绿地率 34.5%，低于新建学校最低要求 35%。", low.message().zh());
    assertEquals(List.of(TEST + "/roofToGreenSpace", TEST + "/minGreenSpaceRatioNew"), rules(low.rules()));
    assertEquals(Greening.ID, a.calculator());
    assertEquals(List.of(TEST), a.packs().stream().map(Object::toString).toList());
    assertEquals(64, a.toAssessment(Instant.parse("2026-06-01T00:00:00Z")).inputsDigest().length());
  }

  @Test
  void theMinimumIsComparedExactlyNotAsTheRoundedRatio() {
    // Green space 6,700 + 300 = 7,000 → 0.35 exactly: met. 6,699.99 + 300 = 6,999.99 → 0.3499995, shown as
    // 0.3500 (HALF_UP) but below 0.35 × 20,000 = 7,000: low.
    GreeningResult at = factors().assess(campus(CampusStatus.NEW, "20000", "6700", "7400", "1000", "500"));
    assertEquals(Optional.of(true), at.greenSpaceMet());
    assertEquals(Optional.of(dec("0.3500")), at.greenSpaceRatio());
    GreeningResult below = factors().assess(campus(CampusStatus.NEW, "20000", "6699.99", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.3500")), below.greenSpaceRatio());
    assertEquals(Optional.of(false), below.greenSpaceMet());
    assertEquals("LOGISTICS.GREENING.GREEN_SPACE_LOW", below.findings().get(1).code().value());
    // Coverage just below: cover 7,399.99 → 7,999.99 < 8,000: low; just above: 7,400.01 → met.
    assertEquals(Optional.of(false),
        factors().assess(campus(CampusStatus.NEW, "20000", "6600", "7399.99", "1000", "500")).coverageMet());
    assertEquals(Optional.of(true),
        factors().assess(campus(CampusStatus.NEW, "20000", "6600", "7400.01", "1000", "500")).coverageMet());
  }

  @Test
  void anExistingCampusIsCheckedAgainstTheExistingMinimums() {
    // Coverage 8,000 ÷ 20,000 = 0.40 ≥ 0.35; green space 0.345 ≥ 0.30: both met.
    GreeningResult a = factors().assess(campus(CampusStatus.EXISTING, "20000", "6600", "7400", "1000", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.COVERAGE_MET", "LOGISTICS.GREENING.GREEN_SPACE_MET"), codes(a));
    assertEquals(List.of(TEST + "/roofToCoverage", TEST + "/verticalToCoverage", TEST + "/roofToGreenSpace",
        TEST + "/minGreenCoverageExisting", TEST + "/minGreenSpaceRatioExisting"), rules(a.rulesApplied()));
    assertEquals("The green-space ratio is 34.5 %, meeting the minimum of 30 % for a(n) existing school.",
        a.findings().get(1).message().en());
    // Existing, coverage 0.3499 (6,998 ÷ 20,000): below 0.35.
    GreeningResult low = factors().assess(campus(CampusStatus.EXISTING, "20000", "6600", "6398", "1000", "500"));
    assertEquals(Optional.of(dec("0.3499")), low.coverage());
    assertEquals("LOGISTICS.GREENING.COVERAGE_LOW", low.findings().get(0).code().value());
    assertEquals("Green coverage is 34.99 %, below the minimum of 35 % for a(n) existing school.",
        low.findings().get(0).message().en());
    assertEquals("绿化覆盖率 34.99%，低于既有学校最低要求 35%。", low.findings().get(0).message().zh());
  }

  @Test
  void shanghaisUnverifiedPackComputesTheRatiosButChecksNothingByDefault() {
    // No factor in the pack: roof and vertical greening count 0. Coverage 7,400 ÷ 20,000 = 0.37; green space
    // 6,600 ÷ 20,000 = 0.33. The pack states no coverage minimum; its green-space minimum is UNVERIFIED.
    GreeningResult a = shanghai(VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.3700")), a.coverage());
    assertEquals(Optional.of(dec("0.3300")), a.greenSpaceRatio());
    assertEquals(0, a.coverageArea().roofFactor().signum());
    assertEquals(0, a.coverageArea().verticalFactor().signum());
    assertEquals(0, dec("7400").compareTo(a.coverageArea().counted()));
    assertEquals(Optional.empty(), a.coverageMet());
    assertEquals(Optional.empty(), a.greenSpaceMet());
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.NOT_CHECKED"), codes(a));
    assertEquals(List.of(), a.rulesApplied());
    assertEquals(List.of(SHANGHAI_PACK), a.packs().stream().map(Object::toString).toList());
    Finding none = a.findings().get(0);
    assertEquals(Severity.INFO, none.severity());
    assertEquals("The green coverage is 37 %; the pack in force states no minimum for a(n) new school.",
        none.message().en());
    assertEquals("绿化覆盖率 37%；现行规则包未规定新建学校的最低要求。", none.message().zh());
    Finding unchecked = a.findings().get(1);
    assertEquals(Severity.INFO, unchecked.severity());
    assertEquals("The green-space ratio is 33 %; its minimum is not checked: a value it rests on is below the "
        + "verification policy (" + SHANGHAI_PACK + "/minGreenSpaceRatioNew UNVERIFIED).", unchecked.message().en());
    assertEquals("绿地率 33%；未核对最低要求：所依据的规则值核验等级低于核验策略（" + SHANGHAI_PACK
        + "/minGreenSpaceRatioNew UNVERIFIED）。", unchecked.message().zh());
    assertEquals(List.of(SHANGHAI_PACK + "/minGreenSpaceRatioNew"), rules(unchecked.rules()));
  }

  @Test
  void shanghaisPackChecksNewSchoolsGreenSpaceWhenTheCallerAllowsUnverified() {
    // 6,600 ÷ 20,000 = 0.33 < 0.35 → low; 7,000 ÷ 20,000 = 0.35 → met.
    GreeningResult low = shanghai(VerificationPolicy.ALLOW_UNVERIFIED)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.GREEN_SPACE_LOW"), codes(low));
    assertEquals(List.of(SHANGHAI_PACK + "/minGreenSpaceRatioNew"), rules(low.rulesApplied()));
    GreeningResult met = shanghai(VerificationPolicy.ALLOW_UNVERIFIED)
        .assess(campus(CampusStatus.NEW, "20000", "7000", "7400", "0", "0"));
    assertEquals(Optional.of(true), met.greenSpaceMet());
    // An existing school: the pack states no minimum at all.
    GreeningResult existing = shanghai(VerificationPolicy.ALLOW_UNVERIFIED)
        .assess(campus(CampusStatus.EXISTING, "20000", "6600", "7400", "1000", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.NO_MINIMUM"), codes(existing));
    assertEquals("The green-space ratio is 33 %; the pack in force states no minimum for a(n) existing school.",
        existing.findings().get(1).message().en());
  }

  @Test
  void aFactorBelowThePolicyLeavesTheMinimumItFeedsUnchecked() {
    // roofToCoverage UNVERIFIED under DEFAULT, roof greening 1,000 m² > 0: not read, roof greening counts 0
    // toward coverage: 7,400 ÷ 20,000 = 0.37 is reported, but the coverage minimum is not read nor checked
    // (NOT_CHECKED citing the refused factor), and an INFO says the roof greening is not counted.
    GreeningResult a = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(), VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(0, a.coverageArea().roofFactor().signum());
    assertEquals(0, dec("7400").compareTo(a.coverageArea().counted()));
    assertEquals(Optional.of(dec("0.3700")), a.coverage());
    assertEquals(Optional.empty(), a.coverageMet());
    assertEquals(List.of("LOGISTICS.GREENING.NOT_CHECKED", "LOGISTICS.GREENING.NO_MINIMUM",
        "LOGISTICS.GREENING.NOT_COUNTED"), codes(a));
    Finding unchecked = a.findings().get(0);
    assertEquals(Severity.INFO, unchecked.severity());
    assertEquals("The green coverage is 37 %; its minimum is not checked: a value it rests on is below the "
        + "verification policy (" + UNVERIFIED_ROOF + "/roofToCoverage UNVERIFIED).", unchecked.message().en());
    assertEquals("绿化覆盖率 37%；未核对最低要求：所依据的规则值核验等级低于核验策略（" + UNVERIFIED_ROOF
        + "/roofToCoverage UNVERIFIED）。", unchecked.message().zh());
    assertEquals(List.of(UNVERIFIED_ROOF + "/roofToCoverage"), rules(unchecked.rules()));
    Finding note = a.findings().get(2);
    assertEquals(Severity.INFO, note.severity());
    assertEquals("The counting factor " + UNVERIFIED_ROOF + "/roofToCoverage is UNVERIFIED, below the verification "
        + "policy: the 1000 m² of roof greening are not counted, and the green coverage is reported without them.",
        note.message().en());
    assertEquals("计入系数 " + UNVERIFIED_ROOF + "/roofToCoverage 核验等级为 UNVERIFIED，低于核验策略：屋顶绿化面积 1000 m² 不计入，"
        + "绿化覆盖率按未计入该面积报告。", note.message().zh());
    assertEquals(List.of(UNVERIFIED_ROOF + "/roofToCoverage"), rules(note.rules()));
    assertEquals(List.of(), rules(a.rulesApplied()));
    // Just above 0 m² of roof greening: still not checked.
    GreeningResult tiny = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(), VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "0.01", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.NOT_CHECKED", "LOGISTICS.GREENING.NO_MINIMUM",
        "LOGISTICS.GREENING.NOT_COUNTED"), codes(tiny));
    // Allowed: 7,400 + 500 = 7,900 → 0.395 < 0.40, low; the finding cites the factor and the minimum; no note.
    GreeningResult allowed = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(),
        VerificationPolicy.ALLOW_UNVERIFIED).assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.3950")), allowed.coverage());
    assertEquals(List.of("LOGISTICS.GREENING.COVERAGE_LOW", "LOGISTICS.GREENING.NO_MINIMUM"), codes(allowed));
    assertEquals(List.of(UNVERIFIED_ROOF + "/roofToCoverage", UNVERIFIED_ROOF + "/minGreenCoverageNew"),
        rules(allowed.findings().get(0).rules()));
  }

  @Test
  void aRefusedFactorOfNoGreeningChangesNothing() {
    // Roof greening 0 m²: the refused roof factor would multiply 0, so the coverage is checked:
    // 7,400 ÷ 20,000 = 0.37 < 0.40 → low, citing only the minimum; no NOT_COUNTED.
    GreeningResult a = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(), VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "0", "500"));
    assertEquals(Optional.of(false), a.coverageMet());
    assertEquals(List.of("LOGISTICS.GREENING.COVERAGE_LOW", "LOGISTICS.GREENING.NO_MINIMUM"), codes(a));
    assertEquals(List.of(UNVERIFIED_ROOF + "/minGreenCoverageNew"), rules(a.findings().get(0).rules()));
    assertEquals(List.of(UNVERIFIED_ROOF + "/minGreenCoverageNew"), rules(a.rulesApplied()));
  }

  @Test
  void aRefusedMinimumAndARefusedFactorAreBothCited() {
    // Both roofToCoverage and minGreenCoverageNew UNVERIFIED: one NOT_CHECKED citing the factor, then the minimum.
    String pack = "test.greening-unverified-both@1.0.0";
    GreeningResult a = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofAndMinimumPack(),
        VerificationPolicy.DEFAULT).assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.NOT_CHECKED", "LOGISTICS.GREENING.NO_MINIMUM",
        "LOGISTICS.GREENING.NOT_COUNTED"), codes(a));
    assertEquals(List.of(pack + "/roofToCoverage", pack + "/minGreenCoverageNew"), rules(a.findings().get(0).rules()));
    assertEquals("The green coverage is 37 %; its minimum is not checked: a value it rests on is below the "
        + "verification policy (" + pack + "/roofToCoverage UNVERIFIED, " + pack + "/minGreenCoverageNew UNVERIFIED).",
        a.findings().get(0).message().en());
    assertEquals(List.of(), a.rulesApplied());
    // Roof greening 0 m²: only the minimum is refused and cited.
    GreeningResult noRoof = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofAndMinimumPack(),
        VerificationPolicy.DEFAULT).assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "0", "500"));
    assertEquals(List.of("LOGISTICS.GREENING.NOT_CHECKED", "LOGISTICS.GREENING.NO_MINIMUM"), codes(noRoof));
    assertEquals(List.of(pack + "/minGreenCoverageNew"), rules(noRoof.findings().get(0).rules()));
  }

  @Test
  void verticalGreeningCountsTowardTheGreenSpaceWhenThePackSaysSo() {
    // verticalToGreenSpace 0.2: green space 6,900 + 500 × 0.2 = 7,000 → 7,000 ÷ 20,000 = 0.3500 ≥ 0.35: met,
    // on the boundary; 6,899.99 + 100 = 6,999.99 < 7,000: low (shown 0.3500); no coverage minimum.
    String pack = "test.greening-vertical@1.0.0";
    Greening g = GreeningFixtures.greening(GreeningFixtures.verticalPack(false), VerificationPolicy.DEFAULT);
    GreeningResult met = g.assess(campus(CampusStatus.NEW, "20000", "6900", "7400", "1000", "500"));
    assertEquals(0, dec("0.2").compareTo(met.greenSpaceArea().verticalFactor()));
    assertEquals(0, met.greenSpaceArea().roofFactor().signum());
    assertEquals(0, dec("7000").compareTo(met.greenSpaceArea().counted()));
    assertEquals(0, dec("7400").compareTo(met.coverageArea().counted()));
    assertEquals(Optional.of(dec("0.3500")), met.greenSpaceRatio());
    assertEquals(Optional.of(true), met.greenSpaceMet());
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.GREEN_SPACE_MET"), codes(met));
    assertEquals(List.of(pack + "/verticalToGreenSpace", pack + "/minGreenSpaceRatioNew"), rules(met.rulesApplied()));
    assertEquals(List.of(pack + "/verticalToGreenSpace", pack + "/minGreenSpaceRatioNew"),
        rules(met.findings().get(1).rules()));
    GreeningResult low = g.assess(campus(CampusStatus.NEW, "20000", "6899.99", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.3500")), low.greenSpaceRatio());
    assertEquals(Optional.of(false), low.greenSpaceMet());
    // Refused under DEFAULT: green space 6,900 ÷ 20,000 = 0.3450 reported, its minimum not checked.
    GreeningResult refused = GreeningFixtures.greening(GreeningFixtures.verticalPack(true), VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6900", "7400", "1000", "500"));
    assertEquals(Optional.of(dec("0.3450")), refused.greenSpaceRatio());
    assertEquals(Optional.empty(), refused.greenSpaceMet());
    assertEquals(List.of("LOGISTICS.GREENING.NO_MINIMUM", "LOGISTICS.GREENING.NOT_CHECKED",
        "LOGISTICS.GREENING.NOT_COUNTED"), codes(refused));
    assertEquals(List.of(pack + "/verticalToGreenSpace"), rules(refused.findings().get(1).rules()));
    assertEquals("The counting factor " + pack + "/verticalToGreenSpace is UNVERIFIED, below the verification "
        + "policy: the 500 m² of vertical greening are not counted, and the green-space ratio is reported without them.",
        refused.findings().get(2).message().en());
    assertEquals(List.of(), refused.rulesApplied());
  }

  @Test
  void aSiteAreaOfZeroHasNoRatio() {
    GreeningResult a = factors().assess(campus(CampusStatus.NEW, "0", "0", "0", "0", "0"));
    assertEquals(Optional.empty(), a.coverage());
    assertEquals(Optional.empty(), a.greenSpaceRatio());
    assertEquals(Optional.empty(), a.coverageMet());
    assertEquals(List.of("LOGISTICS.GREENING.NO_SITE_AREA"), codes(a));
    assertEquals("The site area is 0: no greening ratio can be computed, nothing is checked.",
        a.findings().get(0).message().en());
    assertEquals("用地面积为 0：无法计算绿化指标，未作核对。", a.findings().get(0).message().zh());
  }

  @Test
  void aSiteAreaOfZeroHasNoGreeningForARefusedFactorToMiss() {
    // A site of 0 m² has 0 m² of roof greening: the refused roof factor changes nothing, no NOT_COUNTED.
    GreeningResult a = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(), VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "0", "0", "0", "0", "0"));
    assertEquals(List.of("LOGISTICS.GREENING.NO_SITE_AREA"), codes(a));
    assertEquals(List.of(), a.rulesApplied());
  }

  @Test
  void aRatioOfZeroReadsAsZeroPercent() {
    // No green at all: 0 ÷ 20,000 = 0.0000 → "0 %", below every minimum.
    GreeningResult a = factors().assess(campus(CampusStatus.NEW, "20000", "0", "0", "0", "0"));
    assertEquals(Optional.of(dec("0.0000")), a.coverage());
    assertEquals("Green coverage is 0 %, below the minimum of 40 % for a(n) new school.",
        a.findings().get(0).message().en());
  }

  @Test
  void theRatiosAreCappedAtOneAndRoundedHalfUp() {
    // Every part = site: coverage 10,000 + 10,000 × 0.5 + 10,000 × 0.2 = 17,000 counted,
    // min(17,000, 10,000) ÷ 10,000 = 1.
    GreeningResult full = factors().assess(campus(CampusStatus.NEW, "10000", "10000", "10000", "10000", "10000"));
    assertEquals(Optional.of(dec("1.0000")), full.coverage());
    assertEquals(0, dec("17000").compareTo(full.coverageArea().counted()));
    // Green space 10,000 + 10,000 × 0.3 = 13,000 → capped: 1.
    assertEquals(Optional.of(dec("1.0000")), full.greenSpaceRatio());
    // 1 m² of 20,000: 0.00005 → HALF_UP 0.0001 (half-even would give 0.0000).
    GreeningResult tiny = factors().assess(campus(CampusStatus.NEW, "20000", "1", "1", "0", "0"));
    assertEquals(Optional.of(dec("0.0001")), tiny.coverage());
    // 1 of 3: 0.3333…, down.
    assertEquals(Optional.of(dec("0.3333")),
        factors().assess(campus(CampusStatus.NEW, "3", "1", "1", "0", "0")).coverage());
    // 2 of 3: 0.6666… → 0.6667.
    assertEquals(Optional.of(dec("0.6667")),
        factors().assess(campus(CampusStatus.NEW, "3", "2", "2", "0", "0")).coverage());
  }

  @Test
  void withoutAGreeningPackTheCalculatorFails() {
    RulePackException e = assertThrows(RulePackException.class,
        () -> Greening.in(RuleContext.standard(GreeningFixtures.GUANGDONG, GreeningFixtures.ON)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    assertTrue(e.getMessage().contains("anxiao.logistics.greening"), e.getMessage());
    // Shanghai's pack is in force from 2024-05-01.
    assertEquals(RulePackException.NOT_FOUND, assertThrows(RulePackException.class,
        () -> Greening.in(RuleContext.standard(GreeningFixtures.SHANGHAI, LocalDate.of(2024, 4, 30)))).errorCode());
    Greening first = Greening.in(RuleContext.standard(GreeningFixtures.SHANGHAI, LocalDate.of(2024, 5, 1)));
    assertEquals(List.of(SHANGHAI_PACK), first.rules().packs().stream().map(Object::toString).toList());
    assertEquals(List.of(GreeningRule.KIND), first.requirements());
    assertEquals("anxiao.logistics.greening", first.id().value());
    assertTrue(first.toString().startsWith("anxiao.logistics.greening 310000 2024-05-01"), first.toString());
  }

  @Test
  void theRuleSelectsItsMinimumByStatus() {
    GreeningRule r = factors().rules().value();
    assertEquals(0, dec("0.40").compareTo(r.minGreenCoverage(CampusStatus.NEW).orElseThrow().value()));
    assertEquals(0, dec("0.35").compareTo(r.minGreenCoverage(CampusStatus.EXISTING).orElseThrow().value()));
    assertEquals(0, dec("0.35").compareTo(r.minGreenSpaceRatio(CampusStatus.NEW).orElseThrow().value()));
    assertEquals(0, dec("0.30").compareTo(r.minGreenSpaceRatio(CampusStatus.EXISTING).orElseThrow().value()));
    GreeningRule empty = new GreeningRule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(Optional.empty(), empty.minGreenCoverage(CampusStatus.NEW));
    assertEquals(Optional.empty(), empty.roofToGreenSpace());
    assertEquals(Optional.empty(), r.verticalToGreenSpace());
    List<String> fields = List.of("minGreenCoverageNew", "minGreenCoverageExisting", "minGreenSpaceRatioNew",
        "minGreenSpaceRatioExisting", "roofToCoverage", "verticalToCoverage", "roofToGreenSpace",
        "verticalToGreenSpace");
    for (int i = 0; i < fields.size(); i++) {
      List<Optional<RuleValue<BigDecimal>>> args = new ArrayList<>(Collections.nCopies(8, Optional.empty()));
      args.set(i, null);
      MissingValueException e = assertThrows(MissingValueException.class, () -> new GreeningRule(args.get(0),
          args.get(1), args.get(2), args.get(3), args.get(4), args.get(5), args.get(6), args.get(7)));
      assertTrue(e.getMessage().contains(fields.get(i)), e.getMessage());
    }
  }

  @Test
  void eachRefusedFactorWithGreeningToCountIsReportedNotCounted() {
    // verticalToCoverage and roofToGreenSpace UNVERIFIED, 1,000 m² of roof and 500 m² of vertical greening: under
    // DEFAULT neither is read, each gives one NOT_COUNTED naming its factor and area; roofToCoverage (SECONDARY) counts.
    org.anxiao.core.rule.RulePack pack = org.anxiao.core.testing.ShippedPacks.testPack("logistics-greening",
        "sh-dgtj08-2438-2024-greening.json", "test.greening-two-refused", GreeningFixtures.GUANGDONG, t -> {
          t.put("verification", "SECONDARY");
          com.fasterxml.jackson.databind.node.ObjectNode p = t.putObject("parameters");
          GreeningFixtures.decimal(p, "roofToCoverage", "0.5");
          GreeningFixtures.decimal(p, "verticalToCoverage", "0.2").put("verification", "UNVERIFIED");
          GreeningFixtures.decimal(p, "roofToGreenSpace", "0.3").put("verification", "UNVERIFIED");
        });
    GreeningResult a = GreeningFixtures.greening(pack, VerificationPolicy.DEFAULT)
        .assess(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"));
    List<String> notCounted = a.findings().stream().filter(f -> f.code().equals(Greening.NOT_COUNTED))
        .map(f -> f.message().en()).toList();
    assertEquals(2, notCounted.size(), notCounted.toString());
    assertTrue(notCounted.get(0).contains("verticalToCoverage") && notCounted.get(0).contains("500 m²"), notCounted.get(0));
    assertTrue(notCounted.get(1).contains("roofToGreenSpace") && notCounted.get(1).contains("1000 m²"), notCounted.get(1));
    // Coverage counts the roof at 0.5 only: (7,400 + 1,000 × 0.5) ÷ 20,000 = 7,900 ÷ 20,000 = 0.3950.
    assertEquals(Optional.of(dec("0.3950")), a.coverage());
    // Green space without its refused roof factor: 6,600 ÷ 20,000 = 0.3300.
    assertEquals(Optional.of(dec("0.3300")), a.greenSpaceRatio());
  }
}
