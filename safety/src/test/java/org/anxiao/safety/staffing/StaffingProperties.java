package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.StaffingGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over the shipped packs: every requirement is monotone in its basis; the
 * count an increment asks for is sufficient and minimal under its rounding; the shortfall is the
 * roster's gap.
 */
class StaffingProperties {
  private static final List<JurisdictionCode> PLACES = List.of(StaffingFixtures.GUANGDONG,
      StaffingFixtures.MINHANG_CODE, StaffingFixtures.BEIJING, StaffingFixtures.HUBEI, StaffingFixtures.QINGDAO,
      StaffingFixtures.CHONGQING);
  private static final Map<JurisdictionCode, Staffings> ENGINES = PLACES.stream().collect(Collectors.toMap(
      Function.identity(), p -> Staffings.in(RuleContext.standard(p, StaffingFixtures.DATE)
          .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED))));

  /** A nine-year school of {@code primary + junior} pupils, {@code boarders} of them boarding (the kit's). */
  private static StaffingCase school(JurisdictionCode where, int primary, int junior, int boarders, int peakGates,
      int otherGates) {
    return StaffingGenerators.school(where, primary, junior, boarders, peakGates, otherGates);
  }

  private static Map<String, Long> required(StaffingAssessment a) {
    return a.lines().stream().collect(Collectors.toMap(l -> l.topic() + "/" + l.requirement(),
        StaffingLine::required));
  }

  private static void assertNotBelow(Map<String, Long> small, Map<String, Long> large, String what) {
    assertEquals(small.keySet(), large.keySet(), what);
    small.forEach((k, v) -> assertTrue(large.get(k) >= v, what + ": " + k + " fell from " + v + " to " + large.get(k)));
  }

  @Test
  void everyRequirementIsMonotoneInPupils() {
    qt().withExamples(200).forAll(integers().between(0, PLACES.size() - 1), integers().between(1, 4000),
        integers().between(1, 4000), integers().between(0, 1500)).checkAssert((p, primary, junior, more) -> {
          JurisdictionCode where = PLACES.get(p);
          Staffings s = ENGINES.get(where);
          Map<String, Long> small = required(s.assess(school(where, primary, junior, 0, 2, 1), StaffingFixtures.EMPTY));
          Map<String, Long> large = required(s.assess(school(where, primary + more, junior, 0, 2, 1),
              StaffingFixtures.EMPTY));
          assertNotBelow(small, large, where + " " + primary + "+" + more);
        });
  }

  @Test
  void everyRequirementIsMonotoneInBoardersAndGates() {
    qt().withExamples(200).forAll(integers().between(0, PLACES.size() - 1), integers().between(1, 1200),
        integers().between(1, 600), integers().between(0, 3)).checkAssert(
            (p, boarders, more, extraGates) -> {
              JurisdictionCode where = PLACES.get(p);
              int peak = 1 + boarders % 4;
              Staffings s = ENGINES.get(where);
              // boarders added as pupils: the non-boarding pupils (GB/T 29315's basis) stay as they are
              Map<String, Long> base = required(s.assess(school(where, 1500 + boarders, 900, boarders, peak, 1),
                  StaffingFixtures.EMPTY));
              assertNotBelow(base, required(s.assess(school(where, 1500 + boarders + more, 900, boarders + more, peak,
                  1), StaffingFixtures.EMPTY)), where + " boarders");
              assertNotBelow(base, required(s.assess(school(where, 1500 + boarders, 900, boarders, peak + extraGates, 1),
                  StaffingFixtures.EMPTY)), where + " peak gates");
              assertNotBelow(base, required(s.assess(school(where, 1500 + boarders, 900, boarders, peak, 1 + extraGates),
                  StaffingFixtures.EMPTY)), where + " gates");
            });
  }

  @Test
  void anIncrementsCountIsSufficientAndMinimal() {
    qt().withExamples(200).forAll(integers().between(1, 1_000_000), integers().between(1, 5000),
        integers().between(1, 5), integers().between(0, 1)).checkAssert((excess, per, add, down) -> {
          Rounding r = down == 1 ? Rounding.DOWN : Rounding.UP;
          Increment inc = new Increment(1000, BigDecimal.valueOf(per), add, r);
          long extra = inc.extra(1000L + excess);
          assertEquals(0, extra % add);
          long steps = extra / add;
          if (r == Rounding.UP) {
            // sufficient: steps × per covers the excess; minimal: one step fewer does not
            assertTrue(steps * per >= excess && (steps - 1) * per < excess, excess + " / " + per + " → " + steps);
          } else {
            assertTrue(steps * per <= excess && (steps + 1) * per > excess, excess + " / " + per + " → " + steps);
          }
        });
  }

  @Test
  void theHealthStaffRequiredIsSufficientAndMinimal() {
    Staffings s = ENGINES.get(StaffingFixtures.GUANGDONG);
    qt().withExamples(200).forAll(integers().between(600, 20_000)).checkAssert(pupils -> {
      long r = s.assess(school(StaffingFixtures.GUANGDONG, pupils, 0, 0, 1, 0), StaffingFixtures.EMPTY)
          .line(StaffingTopic.HEALTH_STAFF, "health-staff").orElseThrow().required();
      // r health staff at 600 pupils each cover the school; r − 1 do not
      assertTrue(r * 600 >= pupils && (r - 1) * 600 < pupils, pupils + " → " + r);
    });
  }

  @Test
  void theShortfallIsTheRostersGap() {
    Staffings s = ENGINES.get(StaffingFixtures.MINHANG_CODE);
    qt().withExamples(200).forAll(integers().between(0, 30), integers().between(0, 30), integers().between(0, 5))
        .checkAssert((day, peak, night) -> {
          StaffingAssessment a = s.assess(school(StaffingFixtures.MINHANG_CODE, 800, 300, 120, 3, 1),
              StaffingFixtures.roster(TimeSlot.DAY, Post.SECURITY_GUARD, day, TimeSlot.PEAK, Post.SECURITY_GUARD, peak,
                  TimeSlot.NIGHT, Post.SECURITY_GUARD, night));
          for (StaffingLine l : a.lines()) {
            assertEquals(Math.max(0, l.required() - l.actual()), l.shortfall());
          }
          long shortLines = a.lines().stream().filter(StaffingLine::isShort).count();
          assertEquals(shortLines, a.findings().stream().filter(f -> f.code().equals(Staffings.SHORTFALL)).count());
        });
  }

  @Test
  void theKitsSchoolsAreAssessedAndTheGuardsRequiredAreMonotoneInPupilsAcrossEveryTierEdge() {
    for (JurisdictionCode where : PLACES) {
      Staffings s = ENGINES.get(where);
      qt().withExamples(30).forAll(StaffingGenerators.schools(where), StaffingGenerators.rosters())
          .checkAssert((c, roster) -> assertTrue(s.assess(c, roster).lines().stream()
              .allMatch(l -> l.shortfall() == Math.max(0, l.required() - l.actual()))));
      Laws.standard().withExamples(60).monotone(StaffingGenerators.pupilsAtTierEdges(where)
          .mix(integers().between(1, 4_000)), pupils -> s.assess(school(where, pupils, 0, 0, 2, 1),
              StaffingFixtures.EMPTY).lines().stream().mapToLong(StaffingLine::required).sum());
    }
  }

  @Test
  void theTierEdgesOfTheShippedPacksIncludeGbt29315sAndTheHealthStaffRatio() {
    List<Integer> edges = StaffingGenerators.pupilTierEdges(StaffingFixtures.GUANGDONG);
    assertTrue(edges.containsAll(List.of(600, 1_000, 1_001, 1_500, 1_501)), edges.toString());
    Staffings s = ENGINES.get(StaffingFixtures.GUANGDONG);
    qt().withExamples(30).forAll(integers().between(1, 30).map(k -> 600 * k).mix(integers().between(1, 30)
        .map(k -> 600 * k + 1))).checkAssert(pupils -> {
          long r = s.assess(school(StaffingFixtures.GUANGDONG, pupils, 0, 0, 1, 0), StaffingFixtures.EMPTY)
              .line(StaffingTopic.HEALTH_STAFF, "health-staff").orElseThrow().required();
          assertEquals((pupils + 599) / 600, r, pupils + " pupils");
        });
  }

  @Test
  void negativeHeadcountsAreRefusedNamingTheField() {
    Laws.standard().withExamples(100).rejects(StaffingGenerators.invalidHeadcounts());
  }
}
