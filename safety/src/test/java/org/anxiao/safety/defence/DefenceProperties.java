package org.anxiao.safety.defence;

import static org.anxiao.safety.defence.DefenceFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.safety.testkit.DefenceGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties: a checklist score never falls when more items are met; in the facility table meeting a
 * 应 item always adds more than meeting a 宜 item; the measures' verdicts are monotone and agree with
 * their exact definitions.
 */
class DefenceProperties {
  private static final DefenceChecklists MINHANG = DefenceChecklistsTest.MINHANG;
  private static final List<String> MINHANG_IDS = MINHANG.checklist().sections().stream()
      .flatMap(s -> s.items().stream()).map(i -> i.id()).toList();
  private static final DefenceMeasures MEASURES = DefenceFixtures.minhangMeasures();
  private static final List<String> REQUIRED = List.of("entrance-video", "gatehouse-emergency-alarm", "hazstore-video",
      "hazstore-intrusion", "canteen-video");
  private static final List<String> RECOMMENDED = List.of("perimeter-intrusion", "corridor-video");

  /** The Minhang responses: item i met (10) when bit i of {@code mask} is set, else 0. */
  private static BigDecimal minhang(int mask) {
    List<EvidencedResponse> r = new ArrayList<>();
    for (int i = 0; i < MINHANG_IDS.size(); i++) {
      r.add(new EvidencedResponse(ItemResponse.scored(MINHANG_IDS.get(i), (mask & (1 << i)) != 0 ? "10" : "0"),
          List.of()));
    }
    return MINHANG.score(SCHOOL, r).scorecard().total();
  }

  /** The facility-table responses: facility i of {@link FacilityTablesTest#IDS} met when bit i of {@code mask} is set. */
  private static BigDecimal facilities(int mask) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < FacilityTablesTest.IDS.size(); i++) {
      if ((mask & (1 << i)) == 0) {
        missing.add(FacilityTablesTest.IDS.get(i));
      }
    }
    return FacilityTablesTest.total(FacilityTablesTest.allBut(missing.toArray(String[]::new)));
  }

  @Test
  void theChecklistScoreIsMonotoneInItemsMet() {
    int all = (1 << MINHANG_IDS.size()) - 1;
    qt().withExamples(200).forAll(integers().between(0, all), integers().between(0, all)).checkAssert((a, b) -> {
      int fewer = a & b; // a subset of a's items
      BigDecimal lo = minhang(fewer);
      BigDecimal hi = minhang(a);
      assertTrue(lo.compareTo(hi) <= 0, Integer.toBinaryString(fewer) + " " + lo + " / " + Integer.toBinaryString(a) + " " + hi);
      assertTrue(lo.signum() >= 0 && hi.compareTo(new BigDecimal("100")) <= 0);
    });
  }

  @Test
  void theFacilityScoreIsMonotoneInFacilitiesMet() {
    int all = (1 << FacilityTablesTest.IDS.size()) - 1;
    qt().withExamples(200).forAll(integers().between(0, all), integers().between(0, all)).checkAssert((a, b) ->
        assertTrue(facilities(a & b).compareTo(facilities(a)) <= 0));
  }

  @Test
  void meetingARequiredItemAddsMoreThanMeetingARecommendedOne() {
    // From any base in which one 应 item and one 宜 item are both missing, meeting the 应 one gives
    // a higher score than meeting the 宜 one (2 / 12 against 1 / 12 of 100).
    int all = (1 << FacilityTablesTest.IDS.size()) - 1;
    qt().withExamples(200).forAll(integers().between(0, all), integers().between(0, REQUIRED.size() - 1),
        integers().between(0, RECOMMENDED.size() - 1)).checkAssert((mask, r, o) -> {
          int req = 1 << FacilityTablesTest.IDS.indexOf(REQUIRED.get(r));
          int rec = 1 << FacilityTablesTest.IDS.indexOf(RECOMMENDED.get(o));
          int base = mask & ~req & ~rec;
          BigDecimal withRequired = facilities(base | req);
          BigDecimal withRecommended = facilities(base | rec);
          assertTrue(withRequired.compareTo(withRecommended) > 0, withRequired + " / " + withRecommended);
          // Exactly twice the gain: (withRequired − base) = 2 × (withRecommended − base), to 1e-12.
          BigDecimal b = facilities(base);
          BigDecimal diff = withRequired.subtract(b).subtract(withRecommended.subtract(b).multiply(new BigDecimal("2")));
          assertTrue(diff.abs().compareTo(new BigDecimal("1e-12")) < 0, diff.toPlainString());
        });
  }

  @Test
  void retentionIsMetExactlyFromThirtyDays() {
    assertEquals(30, DefenceGenerators.minimumRetentionDays(MEASURES), "Minhang: recordings kept 30 days");
    qt().withExamples(200).forAll(DefenceGenerators.retentionDays(MEASURES)).checkAssert(d -> assertEquals(
        Optional.of(d >= 30), MEASURES.assess(SCHOOL, new DefenceFacts(Optional.of(d), Optional.empty())).retentionMet()));
    Laws.standard().withExamples(100).monotone(DefenceGenerators.retentionDays(MEASURES),
        d -> MEASURES.assess(SCHOOL, new DefenceFacts(Optional.of(d), Optional.empty())).retentionMet().orElseThrow());
  }

  @Test
  void coverageIsMetExactlyWhenEveryPointWorksAndIsMonotone() {
    qt().withExamples(200).forAll(integers().between(1, 500), integers().between(0, 500)).checkAssert((req, w) -> {
      int working = Math.min(w, req);
      AlarmCoverage c = new AlarmCoverage(working, req);
      boolean met = MEASURES.assess(SCHOOL, new DefenceFacts(Optional.empty(), Optional.of(c))).coverageMet()
          .orElseThrow();
      assertEquals(working == req, met);
      // reaches is monotone in working and agrees with the quotient wherever the quotient is exact.
      BigDecimal share = new BigDecimal(working).divide(new BigDecimal(req), 20, java.math.RoundingMode.FLOOR);
      assertTrue(c.reaches(share));
      if (working < req) {
        assertTrue(new AlarmCoverage(working + 1, req).reaches(share));
      }
    });
  }

  @Test
  void generatedFactsAreAssessedAndInvalidOnesRefused() {
    qt().withExamples(100).forAll(DefenceGenerators.facts(MEASURES)).checkAssert(f -> {
      var r = MEASURES.assess(SCHOOL, f);
      assertEquals(f.videoRetentionDays().isPresent(), r.retentionMet().isPresent());
      assertEquals(f.alarmCoverage().isPresent(), r.coverageMet().isPresent());
    });
    Laws.standard().withExamples(100).rejects(DefenceGenerators.invalidFacts());
  }
}
