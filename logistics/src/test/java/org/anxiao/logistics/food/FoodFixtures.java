package org.anxiao.logistics.food;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.AnxiaoUnits;

/** Contexts and logs for the food tests: all fictional. */
final class FoodFixtures {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  /** Lunch samples retained at 11:30 on the day. */
  static final LocalDateTime RETAINED = DAY.atTime(11, 30);
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final Set<DailyRoutine> ALL_ROUTINES = EnumSet.allOf(DailyRoutine.class);

  private FoodFixtures() {}

  /** The national rules only (a province without a pack of its own). */
  static FoodSafetyLogs national() {
    return FoodSafetyLogs.in(RuleContext.standard(GUANGDONG, DAY));
  }

  /** Shanghai: the national rules plus the daily records of 沪教委后〔2024〕10号 §四1. */
  static FoodSafetyLogs shanghai() {
    return FoodSafetyLogs.in(RuleContext.standard(SHANGHAI, DAY));
  }

  static Quantity<Mass> grams(String value) {
    return AnxiaoUnits.of(value, AnxiaoUnits.unit("mass", "g", Mass.class));
  }

  /** A refrigerated, labelled sample of {@code dish}, retained at 11:30 and discarded when given (empty: still kept). */
  static FoodSample sample(String dish, String grams, Optional<LocalDateTime> discarded) {
    return new FoodSample(dish, grams(grams), RETAINED, discarded, true, true);
  }

  static FoodSample sample(String dish, String grams) {
    return sample(dish, grams, Optional.empty());
  }

  /** Lunch of one dish with its sample and a leader. */
  static Meal lunch(FoodSample sample) {
    return new Meal(MealType.LUNCH, List.of(sample.dish()), List.of(sample), Optional.of("王校长"));
  }

  /** Two checkers, documents obtained. */
  static Delivery goodDelivery() {
    return new Delivery("绿源蔬菜", List.of("张三", "李四"), true);
  }

  /** A worker whose certificate runs to the end of the year. */
  static StaffOnDuty certified() {
    return new StaffOnDuty("赵厨师", Optional.of(LocalDate.of(2026, 12, 31)));
  }

  /** A log with {@code meals}, one good delivery, one certified worker and every routine done. */
  static FoodSafetyDayLog log(Meal... meals) {
    return FoodSafetyDayLog.of("canteen-1", DAY, List.of(meals), List.of(goodDelivery()), List.of(certified()),
        ALL_ROUTINES);
  }
}
