package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.waste.FoodWasteMeasures;
import org.anxiao.logistics.waste.FoodWasteRecord;
import org.anxiao.logistics.waste.FoodWasteTrend;
import org.anxiao.logistics.waste.StreamMass;
import org.anxiao.logistics.waste.WasteRecord;
import org.anxiao.logistics.waste.WasteStream;
import org.quicktheories.core.Gen;

/**
 * Generators of waste records: waste-sorting records (垃圾分类) of one month — a mass per stream for about four in five
 * streams in a drawn order, wet waste treated on site 0–100 % of the wet mass, bins inspected and correct, pupils,
 * staff, days — and food-waste records (食物浪费) of one term: person-meals, plate waste, ingredients bought and lost
 * (0–100 % of bought), trays counted and clean. Masses are kg with up to 3 decimals, 0–100 000 kg. Terms of a
 * food-waste trend that overlap are labelled {@code PERIOD_OVERLAP} naming {@code terms[i].period}; terms that
 * touch (one ends the day the next starts) do not overlap.
 *
 * <p>No edge cases at targets: the library ships no food-waste targets (kind {@code anxiao.logistics.food-waste}: only
 * the caller's packs, the clause sets no number) and its waste-sorting pack {@code sh.waste-streams} states the
 * streams and what counts as recovered but no target ({@code minSortingAccuracy}, {@code minRecyclingRate},
 * {@code minWetOnSiteShare} come only from the caller's packs), so there is no shipped threshold to sit on.
 */
public final class WasteGenerators {
  /** The month of the generated waste-sorting records. */
  public static final Period MONTH = Period.parse("2024-10");

  private WasteGenerators() {}

  /**
   * {@return {@code kg} as a mass in kilograms}
   *
   * @param kg the decimal kilograms
   */
  public static Quantity<Mass> kg(BigDecimal kg) {
    return AnxiaoUnits.of(kg, AnxiaoUnits.KILOGRAM_MASS);
  }

  /** {@return masses of 0 to 100 000 kg with 3 decimals} */
  public static Gen<BigDecimal> masses() {
    return integers().between(0, 100_000_000).map(g -> BigDecimal.valueOf(g, 3));
  }

  /** {@return valid waste-sorting records of {@link #MONTH}} */
  public static Gen<WasteRecord> records() {
    Gen<List<StreamMass>> streams = lists().of(integers().between(0, 4).zip(masses(), (keep, kg) -> keep > 0 ? kg : null))
        .ofSize(WasteStream.values().length).zip(integers().between(0, 23), (kgs, rotation) -> {
          List<StreamMass> out = new ArrayList<>();
          WasteStream[] all = WasteStream.values();
          for (int i = 0; i < all.length; i++) {
            int k = (i + rotation) % all.length;
            if (kgs.get(k) != null) {
              out.add(new StreamMass(all[k], kg(kgs.get(k))));
            }
          }
          return out;
        });
    Gen<long[]> counts = longs().between(0, 5_000).zip(integers().between(0, 1000), longs().between(0, 5_000),
        longs().between(0, 500), (inspected, correctPerMille, pupils, staff) -> new long[] {inspected,
            inspected * correctPerMille / 1000, pupils, staff});
    return streams.zip(integers().between(0, 100), counts, integers().between(0, 31), (masses, onSitePercent, c, days) -> {
      BigDecimal wet = masses.stream().filter(m -> m.stream() == WasteStream.WET).findFirst().map(StreamMass::kg)
          .orElse(BigDecimal.ZERO);
      BigDecimal onSite = wet.multiply(BigDecimal.valueOf(onSitePercent)).divide(BigDecimal.valueOf(100));
      return WasteRecord.of("main", MONTH, masses, kg(onSite), c[0], c[1], c[2], c[3], days);
    });
  }

  /**
   * {@return valid food-waste records of canteen C1 for {@code term}}
   *
   * @param term the term
   */
  public static Gen<FoodWasteRecord> foodWasteRecords(Period term) {
    Gen<long[]> trays = longs().between(0, 50_000).zip(integers().between(0, 1000),
        (n, perMille) -> new long[] {n, n * perMille / 1000});
    return longs().between(0, 100_000).zip(masses(), masses().zip(integers().between(0, 1000), (bought, perMille) ->
        new BigDecimal[] {bought, bought.multiply(BigDecimal.valueOf(perMille)).divide(BigDecimal.valueOf(1000))}), trays,
        (meals, plate, ingredients, t) -> new FoodWasteRecord("C1", term, meals, kg(plate), kg(ingredients[0]),
            kg(ingredients[1]), t[0], t[1]));
  }

  /** {@return valid food-waste records of canteen C1 over the semesters of {@link CanteenGenerators#terms()}} */
  public static Gen<FoodWasteRecord> foodWasteRecords() {
    return CanteenGenerators.terms().flatMap(WasteGenerators::foodWasteRecords);
  }

  /**
   * {@return invalid waste-sorting records: more correct bins than inspected (INVALID_VALUE naming binsCorrect) or more
   * days than the month has (INVALID_VALUE naming days)}
   */
  public static Gen<InvalidInput<WasteRecord>> invalidRecords() {
    return integers().between(0, 1).zip(integers().between(1, 100), (k, over) -> k == 0
        ? InvalidInput.of(over + " more correct bins than inspected", "INVALID_VALUE", "binsCorrect",
            () -> WasteRecord.of("main", MONTH, List.of(), kg(BigDecimal.ZERO), 10, 10 + over, 100, 10, 20))
        : InvalidInput.of((31 + over) + " days in " + MONTH.code(), "INVALID_VALUE", "days",
            () -> WasteRecord.of("main", MONTH, List.of(), kg(BigDecimal.ZERO), 10, 5, 100, 10, 31 + over)));
  }

  /**
   * {@return a plain food-waste record of canteen C1 for {@code period}: 1 000 person-meals, 10 kg plate waste, 5 of
   * 100 kg of ingredients lost, 5 of 10 trays clean}
   *
   * @param period the term
   */
  public static FoodWasteRecord foodWasteRecord(Period period) {
    return new FoodWasteRecord("C1", period, 1000, kg(BigDecimal.TEN), kg(BigDecimal.valueOf(100)), kg(BigDecimal.valueOf(5)),
        10, 5);
  }

  /**
   * {@return 0–2 consecutive semesters then a semester and a period overlapping it — the same semester, its academic
   * year, the month it starts in, or a date range sharing only its last day: PERIOD_OVERLAP naming the second's
   * {@code terms[i].period}}
   */
  public static Gen<InvalidInput<FoodWasteTrend>> overlappingTerms() {
    return integers().between(0, 20).zip(integers().between(0, 2), integers().between(0, 3), (first, before, kind) -> {
      List<FoodWasteRecord> terms = new ArrayList<>();
      for (int i = 0; i <= before; i++) {
        terms.add(foodWasteRecord(CanteenGenerators.term(first + i)));
      }
      Period s = terms.get(before).period();
      LocalDate last = s.end().minusDays(1);
      Period overlapping = switch (kind) {
        case 0 -> s;
        case 1 -> Period.parse(s.code().substring(0, s.code().lastIndexOf('-')));
        case 2 -> Period.parse(String.format("%d-%02d", s.start().getYear(), s.start().getMonthValue()));
        default -> Period.parse(last + "/" + last.plusDays(30));
      };
      terms.add(foodWasteRecord(overlapping));
      return InvalidInput.of(s.code() + " then " + overlapping.code(), "PERIOD_OVERLAP",
          "terms[" + (before + 1) + "].period", () -> trend(terms));
    });
  }

  /** {@return a semester then a date range of 1–90 days starting the day it ends: touching, not overlapping} */
  public static Gen<List<FoodWasteRecord>> touchingTerms() {
    return integers().between(0, 22).zip(integers().between(1, 90), (n, days) -> {
      Period s = CanteenGenerators.term(n);
      return List.of(foodWasteRecord(s), foodWasteRecord(Period.parse(s.end() + "/" + s.end().plusDays(days))));
    });
  }

  private static FoodWasteTrend trend(List<FoodWasteRecord> terms) {
    return FoodWasteMeasures.of(Optional.empty(), VerificationPolicy.DEFAULT).trend(terms);
  }

  /** {@return food-waste records losing more ingredients than bought: INVALID_VALUE naming ingredientsLost} */
  public static Gen<InvalidInput<FoodWasteRecord>> lossesAbovePurchases() {
    return masses().zip(integers().between(1, 1000), (bought, over) -> InvalidInput.of(
        "lost " + over + " g more than the " + bought + " kg bought", "INVALID_VALUE", "ingredientsLost",
        () -> new FoodWasteRecord("C1", CanteenGenerators.term(12), 1000, kg(BigDecimal.ONE), kg(bought),
            kg(bought.add(BigDecimal.valueOf(over, 3))), 10, 5)));
  }
}
