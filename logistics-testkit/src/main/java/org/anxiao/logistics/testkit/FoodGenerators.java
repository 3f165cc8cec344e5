package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.food.DailyRoutine;
import org.anxiao.logistics.food.Delivery;
import org.anxiao.logistics.food.FoodSafetyDayLog;
import org.anxiao.logistics.food.FoodSample;
import org.anxiao.logistics.food.Meal;
import org.anxiao.logistics.food.MealType;
import org.anxiao.logistics.food.Purchase;
import org.anxiao.logistics.food.PurchaseLedger;
import org.anxiao.logistics.food.StaffOnDuty;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of food-safety day logs (食品安全日志) and traceability ledgers (追溯台账): samples (留样) of 1–400 g
 * in grams kept 0–100 h, meals of distinct dishes each sampled at most once, deliveries with 0–3 checkers,
 * staff with or without a health certificate expiring around the day, and purchases with each trace level
 * recorded or not. The day is {@link #DAY}; samples are retained at 11:30 of it.
 */
public final class FoodGenerators {
  /** The day of the generated logs. */
  public static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  /** When the generated samples are retained. */
  public static final LocalDateTime RETAINED = DAY.atTime(11, 30);
  private static final List<String> DISHES = List.of("米饭", "青菜", "红烧肉", "番茄炒蛋", "紫菜汤", "馒头");

  private FoodGenerators() {}

  /**
   * {@return {@code grams} as a mass in grams}
   *
   * @param grams the decimal grams
   */
  public static Quantity<Mass> grams(BigDecimal grams) {
    return AnxiaoUnits.of(grams, AnxiaoUnits.unit("mass", "g", Mass.class));
  }

  /**
   * {@return a refrigerated, labelled sample of {@code dish} retained at {@link #RETAINED}}
   *
   * @param dish    the dish
   * @param grams   the mass in grams, above 0
   * @param minutes minutes kept before discarding, or empty when still kept
   */
  public static FoodSample sample(String dish, BigDecimal grams, Optional<Long> minutes) {
    return new FoodSample(dish, grams(grams), RETAINED, minutes.map(RETAINED::plusMinutes), true, true);
  }

  /**
   * {@return samples of {@code dish}: 0.01–400.00 g, discarded after 0–6 000 minutes or still kept, refrigerated and
   * labelled or not}
   *
   * @param dish the dish sampled
   */
  public static Gen<FoodSample> samples(String dish) {
    return integers().between(1, 40_000).zip(integers().between(-1, 6_000), booleans().all(), booleans().all(),
        (cg, min, cold, label) -> new FoodSample(dish, grams(BigDecimal.valueOf(cg, 2)), RETAINED,
            min < 0 ? Optional.empty() : Optional.of(RETAINED.plusMinutes(min)), cold, label));
  }

  /** {@return meals of 1–4 distinct dishes, some sampled, with a leader or not} */
  public static Gen<Meal> meals() {
    return Generate.enumValues(MealType.class).zip(integers().between(1, 4), integers().between(0, 15),
        booleans().all(), (type, n, mask, leader) -> {
          List<String> dishes = DISHES.subList(0, n);
          List<FoodSample> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if ((mask >> i & 1) == 1) {
              out.add(sample(dishes.get(i), BigDecimal.valueOf(150), Optional.empty()));
            }
          }
          return new Meal(type, dishes, out, leader ? Optional.of("王校长") : Optional.empty());
        });
  }

  /** {@return deliveries with 0–3 distinct checkers, documents obtained or not} */
  public static Gen<Delivery> deliveries() {
    return integers().between(0, 3).zip(booleans().all(),
        (n, docs) -> new Delivery("绿源蔬菜", List.of("张三", "李四", "王五").subList(0, n), docs));
  }

  /** {@return staff with no certificate, or one expiring from 30 days before to 30 days after {@link #DAY}} */
  public static Gen<StaffOnDuty> staff() {
    return integers().between(-31, 30).map(d -> new StaffOnDuty("赵厨师",
        d < -30 ? Optional.empty() : Optional.of(DAY.plusDays(d))));
  }

  /** {@return valid day logs: 1–3 meals of distinct types, 0–3 deliveries, 0–1 staff, any routines done} */
  public static Gen<FoodSafetyDayLog> dayLogs() {
    Gen<List<Meal>> meals = lists().of(meals()).ofSizeBetween(1, 3).map(FoodGenerators::distinctTypes);
    Gen<Set<DailyRoutine>> routines = integers().between(0, (1 << DailyRoutine.values().length) - 1).map(mask -> {
      Set<DailyRoutine> s = EnumSet.noneOf(DailyRoutine.class);
      for (DailyRoutine r : DailyRoutine.values()) {
        if ((mask >> r.ordinal() & 1) == 1) {
          s.add(r);
        }
      }
      return s;
    });
    return meals.zip(lists().of(deliveries()).ofSizeBetween(0, 3), lists().of(staff()).ofSizeBetween(0, 1), routines,
        (m, d, s, r) -> FoodSafetyDayLog.of("canteen-1", DAY, m, d, s, r));
  }

  /** {@return purchases with each of ingredient, supplier and base recorded or not, on-line or not} */
  public static Gen<Purchase> purchases() {
    return integers().between(0, 15).zip(integers().between(0, 9_999), (mask, n) -> new Purchase("p" + n,
        (mask & 1) == 1 ? Optional.of("青菜") : Optional.empty(),
        (mask & 2) == 2 ? Optional.of("蔬菜公司") : Optional.empty(),
        (mask & 4) == 4 ? Optional.of("崇明基地") : Optional.empty(), (mask & 8) == 8));
  }

  /** {@return ledgers of 0–40 purchases with distinct ids} */
  public static Gen<PurchaseLedger> ledgers() {
    return lists().of(purchases()).ofSizeBetween(0, 40).map(ps -> {
      List<Purchase> out = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        Purchase p = ps.get(i);
        out.add(new Purchase("p" + i, p.ingredient(), p.supplier(), p.base(), p.online()));
      }
      return new PurchaseLedger("canteen-1", out);
    });
  }

  private static List<Meal> distinctTypes(List<Meal> meals) {
    List<Meal> out = new ArrayList<>();
    Set<MealType> seen = EnumSet.noneOf(MealType.class);
    for (Meal m : meals) {
      if (seen.add(m.meal())) {
        out.add(m);
      }
    }
    return out;
  }
}
