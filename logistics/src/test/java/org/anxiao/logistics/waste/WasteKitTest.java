package org.anxiao.logistics.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.WasteGenerators;
import org.junit.jupiter.api.Test;

/**
 * The kit's waste records: invalid ones refused, overlapping food-waste terms refused (PERIOD_OVERLAP) and touching
 * ones accepted; the total rolls up over the streams; the record round-trips.
 */
class WasteKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);
  private static final WasteSorting SORTING = WasteFixtures.sorting();

  @Test
  void invalidRecordsAreRefused() {
    LAWS.rejects(WasteGenerators.invalidRecords());
    LAWS.rejects(WasteGenerators.lossesAbovePurchases());
  }

  @Test
  void overlappingTermsAreRefusedAndTouchingOnesAccepted() {
    LAWS.rejects(WasteGenerators.overlappingTerms());
    org.quicktheories.QuickTheory.qt().withExamples(60).forAll(WasteGenerators.touchingTerms())
        .checkAssert(terms -> assertEquals(2, WasteFixtures.food().trend(terms).terms().size()));
  }

  @Test
  void theTotalRollsUpOverTheStreams() {
    LAWS.rollUpIsSumOfParts(WasteGenerators.records().map(WasteRecord::masses),
        masses -> SORTING.sort(WasteRecord.of("main", WasteGenerators.MONTH, masses, WasteGenerators.kg(BigDecimal.ZERO),
            0, 0, 0, 0, 0)).figures().totalKg(),
        StreamMass::kg);
  }

  @Test
  void theWasteRecordRoundTripsThroughJson() {
    LAWS.jsonRoundTrip(WasteGenerators.records(), WasteRecord.class, AnxiaoJson.strict().mapperCopy());
  }

  @Test
  void foodWasteRecordsOverTermsAreMeasured() {
    org.quicktheories.QuickTheory.qt().withExamples(100).forAll(WasteGenerators.foodWasteRecords())
        .checkAssert(r -> WasteFixtures.food().measure(r));
  }
}
