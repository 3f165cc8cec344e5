package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.S1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anxiao.logistics.testkit.WasteGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the food-waste and waste-sorting figures over random records (seeded, CI-sized). */
class WasteProperties {
  private static final BigDecimal HALF_BP_PER_STREAM = new BigDecimal("0.00005");
  private static final FoodWasteMeasures FOOD = WasteFixtures.food();
  private static final WasteSorting SORTING = WasteFixtures.sorting();
  private static final WasteSorting WET_RECOVERED = WasteFixtures.sorting(WasteFixtures.streams("test.waste-wet-on-site",
      "SECONDARY", "\"wetOnSiteRecovered\": {\"type\": \"boolean\", \"value\": true}"));

  /** The kit's records (one month) and food-waste records (term S1). */
  private static final Gen<WasteRecord> RECORDS = WasteGenerators.records();
  private static final Gen<FoodWasteRecord> FOOD_RECORDS = WasteGenerators.foodWasteRecords(S1);

  private static void inUnitInterval(String what, Optional<BigDecimal> rate) {
    rate.ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, what + " = " + v));
  }

  @Test
  void ratesLieInTheUnitInterval() {
    qt().withExamples(200).forAll(FOOD_RECORDS, RECORDS).checkAssert((food, w) -> {
      FoodWasteFigures f = FOOD.measure(food).figures();
      inUnitInterval("lossRate", f.lossRate());
      inUnitInterval("cleanTrayRate", f.cleanTrayRate());
      f.plateWastePerMeal().ifPresent(v -> assertTrue(v.signum() >= 0 && v.scale() == 2, v.toPlainString()));
      for (WasteSorting s : List.of(SORTING, WET_RECOVERED)) {
        WasteFigures g = s.sort(w).figures();
        inUnitInterval("sortingAccuracy", g.sortingAccuracy());
        inUnitInterval("recyclingRate", g.recyclingRate());
        inUnitInterval("wetOnSiteShare", g.wetOnSiteShare());
        g.streams().forEach(x -> inUnitInterval("share", x.share()));
        g.perPersonDay().ifPresent(v -> assertTrue(v.signum() >= 0 && v.scale() == 3, v.toPlainString()));
      }
    });
  }

  @Test
  void streamSharesSumToOneWithinRounding() {
    // Four shares, each within half a basis point of its exact value: the sum is within 4 × 0.00005 of 1.
    qt().withExamples(200).forAll(RECORDS).checkAssert(w -> {
      WasteFigures f = SORTING.sort(w).figures();
      if (f.totalKg().signum() == 0) {
        f.streams().forEach(s -> assertEquals(Optional.empty(), s.share()));
        return;
      }
      BigDecimal sum = f.streams().stream().map(s -> s.share().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal tolerance = HALF_BP_PER_STREAM.multiply(BigDecimal.valueOf(f.streams().size()));
      assertTrue(sum.subtract(BigDecimal.ONE).abs().compareTo(tolerance) <= 0, "sum " + sum);
    });
  }

  @Test
  void totalIsTheSumOfTheStreamsWhateverTheOrder() {
    qt().withExamples(200).forAll(RECORDS, longs().all()).checkAssert((w, seed) -> {
      Random r = new Random(seed);
      BigDecimal sum = w.masses().stream().map(StreamMass::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
      WasteFigures f = SORTING.sort(w).figures();
      assertEquals(0, sum.compareTo(f.totalKg()));
      List<StreamMass> shuffled = new ArrayList<>(w.masses());
      Collections.shuffle(shuffled, r);
      WasteRecord again = WasteRecord.of(w.campus(), w.period(), shuffled, w.wetTreatedOnSite(), w.binsInspected(),
          w.binsCorrect(), w.pupils(), w.staff(), w.days());
      assertEquals(f, SORTING.sort(again).figures());
    });
  }

  @Test
  void moreCorrectBinsNeverLowerAccuracy() {
    qt().withExamples(200).forAll(RECORDS, longs().between(0, Long.MAX_VALUE)).checkAssert((w, pick) -> {
      if (w.binsCorrect() == w.binsInspected()) {
        return;
      }
      long more = w.binsCorrect() + 1 + pick % (w.binsInspected() - w.binsCorrect());
      WasteRecord better = WasteRecord.of(w.campus(), w.period(), w.masses(), w.wetTreatedOnSite(), w.binsInspected(),
          more, w.pupils(), w.staff(), w.days());
      BigDecimal before = SORTING.sort(w).figures().sortingAccuracy().orElseThrow();
      BigDecimal after = SORTING.sort(better).figures().sortingAccuracy().orElseThrow();
      assertTrue(after.compareTo(before) >= 0, before + " → " + after);
    });
  }

  @Test
  void countingWetOnSiteNeverLowersTheRecyclingRate() {
    qt().withExamples(200).forAll(RECORDS).checkAssert(w -> {
      Optional<BigDecimal> safer = SORTING.sort(w).figures().recyclingRate();
      Optional<BigDecimal> wider = WET_RECOVERED.sort(w).figures().recyclingRate();
      assertEquals(safer.isPresent(), wider.isPresent());
      safer.ifPresent(v -> assertTrue(wider.orElseThrow().compareTo(v) >= 0, v + " vs " + wider));
    });
  }

  @Test
  void aTrendOfATermWithItselfShiftedIsUnchanged() {
    qt().withExamples(100).forAll(FOOD_RECORDS).checkAssert(a -> {
      FoodWasteRecord b = new FoodWasteRecord(a.canteen(), WasteFixtures.S2, a.personMeals(), a.plateWaste(),
          a.ingredientsPurchased(), a.ingredientsLost(), a.traysCounted(), a.traysClean());
      for (MeasureChange c : FOOD.trend(List.of(a, b)).changes()) {
        assertTrue(c.direction() == TrendDirection.UNCHANGED || c.direction() == TrendDirection.NOT_COMPARABLE,
            c.toString());
      }
    });
  }
}
