package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.OCTOBER;
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
import org.junit.jupiter.api.Test;

/** Properties of the food-waste and waste-sorting figures over random records (seeded, CI-sized). */
class WasteProperties {
  private static final BigDecimal HALF_BP_PER_STREAM = new BigDecimal("0.00005");
  private static final FoodWasteMeasures FOOD = WasteFixtures.food();
  private static final WasteSorting SORTING = WasteFixtures.sorting();
  private static final WasteSorting WET_RECOVERED = WasteFixtures.sorting(WasteFixtures.streams("test.waste-wet-on-site",
      "SECONDARY", "\"wetOnSiteRecovered\": {\"type\": \"boolean\", \"value\": true}"));

  /** A mass in kilograms with up to 3 decimals, 0 to 100 000 kg. */
  private static String kg(Random r) {
    return BigDecimal.valueOf(r.nextInt(100_000_001), 3).toPlainString();
  }

  private static long count(Random r, long max) {
    return (long) r.nextInt((int) max + 1);
  }

  private static WasteRecord record(Random r) {
    List<StreamMass> masses = new ArrayList<>();
    for (WasteStream s : WasteStream.values()) {
      if (r.nextInt(5) > 0) {
        masses.add(WasteFixtures.mass(s, kg(r)));
      }
    }
    Collections.shuffle(masses, r);
    BigDecimal wet = masses.stream().filter(m -> m.stream() == WasteStream.WET).findFirst().map(StreamMass::kg)
        .orElse(BigDecimal.ZERO);
    BigDecimal onSite = wet.multiply(BigDecimal.valueOf(r.nextInt(101))).divide(BigDecimal.valueOf(100));
    long inspected = count(r, 5_000);
    return WasteRecord.of("main", OCTOBER, masses, WasteFixtures.kg(onSite.toPlainString()), inspected,
        count(r, inspected), count(r, 5_000), count(r, 500), count(r, 31));
  }

  private static FoodWasteRecord food(Random r) {
    long trays = count(r, 50_000);
    BigDecimal bought = new BigDecimal(kg(r));
    BigDecimal lost = bought.multiply(BigDecimal.valueOf(r.nextInt(1001))).divide(BigDecimal.valueOf(1000));
    return new FoodWasteRecord("C1", S1, count(r, 100_000), WasteFixtures.kg(kg(r)), WasteFixtures.kg(bought.toPlainString()),
        WasteFixtures.kg(lost.toPlainString()), trays, count(r, trays));
  }

  private static void inUnitInterval(String what, Optional<BigDecimal> rate) {
    rate.ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, what + " = " + v));
  }

  @Test
  void ratesLieInTheUnitInterval() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      FoodWasteFigures f = FOOD.measure(food(r)).figures();
      inUnitInterval("lossRate", f.lossRate());
      inUnitInterval("cleanTrayRate", f.cleanTrayRate());
      f.plateWastePerMeal().ifPresent(v -> assertTrue(v.signum() >= 0 && v.scale() == 2, v.toPlainString()));
      WasteRecord w = record(r);
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
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      WasteFigures f = SORTING.sort(record(new Random(seed))).figures();
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
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      WasteRecord w = record(r);
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
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      WasteRecord w = record(r);
      if (w.binsCorrect() == w.binsInspected()) {
        return;
      }
      long more = w.binsCorrect() + 1 + count(r, w.binsInspected() - w.binsCorrect() - 1);
      WasteRecord better = WasteRecord.of(w.campus(), w.period(), w.masses(), w.wetTreatedOnSite(), w.binsInspected(),
          more, w.pupils(), w.staff(), w.days());
      BigDecimal before = SORTING.sort(w).figures().sortingAccuracy().orElseThrow();
      BigDecimal after = SORTING.sort(better).figures().sortingAccuracy().orElseThrow();
      assertTrue(after.compareTo(before) >= 0, before + " → " + after);
    });
  }

  @Test
  void countingWetOnSiteNeverLowersTheRecyclingRate() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      WasteRecord w = record(new Random(seed));
      Optional<BigDecimal> safer = SORTING.sort(w).figures().recyclingRate();
      Optional<BigDecimal> wider = WET_RECOVERED.sort(w).figures().recyclingRate();
      assertEquals(safer.isPresent(), wider.isPresent());
      safer.ifPresent(v -> assertTrue(wider.orElseThrow().compareTo(v) >= 0, v + " vs " + wider));
    });
  }

  @Test
  void aTrendOfATermWithItselfShiftedIsUnchanged() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      FoodWasteRecord a = food(new Random(seed));
      FoodWasteRecord b = new FoodWasteRecord(a.canteen(), WasteFixtures.S2, a.personMeals(), a.plateWaste(),
          a.ingredientsPurchased(), a.ingredientsLost(), a.traysCounted(), a.traysClean());
      for (MeasureChange c : FOOD.trend(List.of(a, b)).changes()) {
        assertTrue(c.direction() == TrendDirection.UNCHANGED || c.direction() == TrendDirection.NOT_COMPARABLE,
            c.toString());
      }
    });
  }
}
