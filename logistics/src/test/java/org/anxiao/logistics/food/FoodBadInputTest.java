package org.anxiao.logistics.food;

import static org.anxiao.logistics.food.FoodFixtures.DAY;
import static org.anxiao.logistics.food.FoodFixtures.RETAINED;
import static org.anxiao.logistics.food.FoodFixtures.grams;
import static org.anxiao.logistics.food.FoodFixtures.lunch;
import static org.anxiao.logistics.food.FoodFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** Bad input refused at construction with a typed error naming the field and value. */
class FoodBadInputTest {
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Quantity<Mass> litres(String value) {
    // A volume passed where a mass belongs (a raw call, as an untyped caller or a framework may make).
    return (Quantity) AnxiaoUnits.of(value, AnxiaoUnits.CUBIC_METER);
  }

  @Test
  void aSampleWeightInTheWrongUnitIsAUnitMismatchNamingMass() {
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> new FoodSample("汤", litres("0.000125"), RETAINED, Optional.empty(), true, true));
    assertEquals(Optional.of("mass"), e.field());
    assertEquals("UNIT_MISMATCH", e.errorCode());
  }

  @Test
  void overTheWireTheWrongUnitNamesMealsISamplesJMass() {
    String json = FoodFixtures.log(lunch(sample("汤", "150"))).toJsonWithNames().replace("\"unit\":\"g\"", "\"unit\":\"m3\"");
    WireFormatException e = assertThrows(WireFormatException.class, () -> FoodSafetyDayLog.fromJson(json));
    assertTrue(e.field().orElseThrow().startsWith("/meals/0/samples/0/mass"), e.field().toString());
    assertEquals("UNIT_MISMATCH", e.modelError().orElseThrow().errorCode());
  }

  @Test
  void aNegativeOrZeroMassIsRefused() {
    InvalidValueException neg = assertThrows(InvalidValueException.class,
        () -> new FoodSample("汤", grams("-1"), RETAINED, Optional.empty(), true, true));
    assertEquals(Optional.of("mass"), neg.field());
    assertEquals("INVALID_VALUE", neg.errorCode());
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> new FoodSample("汤", grams("0"), RETAINED, Optional.empty(), true, true));
    assertEquals(Optional.of("mass"), zero.field());
    // The smallest positive mass is accepted.
    assertEquals(new java.math.BigDecimal("0.01"), sample("汤", "0.01").grams());
  }

  @Test
  void aDiscardBeforeTheRetentionIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new FoodSample("汤", grams("150"), RETAINED, Optional.of(RETAINED.minusSeconds(1)), true, true));
    assertEquals(Optional.of("discardedAt"), e.field());
    assertEquals("INVALID_VALUE", e.errorCode());
    // Discarded at the same instant: allowed (kept 0 h).
    assertEquals(Optional.of(java.time.Duration.ZERO),
        new FoodSample("汤", grams("150"), RETAINED, Optional.of(RETAINED), true, true).kept());
  }

  @Test
  void datesOutsideTheCalendarAreRefused() {
    assertThrows(InvalidValueException.class,
        () -> new FoodSample("汤", grams("150"), LocalDateTime.MIN, Optional.empty(), true, true));
    assertThrows(InvalidValueException.class,
        () -> new FoodSample("汤", grams("150"), RETAINED, Optional.of(LocalDateTime.MAX), true, true));
    assertThrows(InvalidValueException.class, () -> new StaffOnDuty("甲", Optional.of(LocalDate.MAX)));
  }

  @Test
  void unknownMealRoutineAndLevelCodesAreUnknownCodes() {
    UnknownCodeException meal = assertThrows(UnknownCodeException.class, () -> MealType.of("BRUNCH"));
    assertEquals(Optional.of("meal"), meal.field());
    assertEquals("UNKNOWN_CODE", meal.errorCode());
    assertEquals(MealType.LUNCH, MealType.of("LUNCH"));
    UnknownCodeException routine = assertThrows(UnknownCodeException.class, () -> DailyRoutine.of("YOGA"));
    assertEquals(Optional.of("routine"), routine.field());
    assertEquals(DailyRoutine.PEST_CONTROL, DailyRoutine.of("PEST_CONTROL"));
    UnknownCodeException level = assertThrows(UnknownCodeException.class, () -> TraceLevel.of("FARM"));
    assertEquals(Optional.of("level"), level.field());
    assertEquals(TraceLevel.BASE, TraceLevel.of("BASE"));
    assertThrows(AnxiaoException.class, () -> MealType.of(" "));
    assertEquals("午餐", MealType.LUNCH.label().zh());
    assertEquals("pest control", DailyRoutine.PEST_CONTROL.label().en());
    assertEquals("基地", TraceLevel.BASE.label().zh());
  }

  @Test
  void unknownCodesOverTheWireNameTheirPointer() {
    String json = FoodFixtures.log(lunch(sample("汤", "150"))).toJson();
    WireFormatException meal = assertThrows(WireFormatException.class,
        () -> FoodSafetyDayLog.fromJson(json.replace("\"LUNCH\"", "\"BRUNCH\"")));
    assertTrue(meal.field().orElseThrow().startsWith("/meals/0"), meal.field().toString());
    WireFormatException routine = assertThrows(WireFormatException.class,
        () -> FoodSafetyDayLog.fromJson(json.replace("\"PEST_CONTROL\"", "\"YOGA\"")));
    assertTrue(routine.field().orElseThrow().startsWith("/routines"), routine.field().toString());
  }

  @Test
  void mealsDishesSamplesAndStaffMustBeConsistent() {
    FoodSample soup = sample("汤", "150");
    assertEquals(Optional.of("dishes"),
        assertThrows(InvalidValueException.class, () -> new Meal(MealType.LUNCH, List.of(), List.of(), Optional.empty()))
            .field());
    assertEquals(Optional.of("dishes[1]"), assertThrows(InvalidValueException.class,
        () -> new Meal(MealType.LUNCH, List.of("汤", "汤"), List.of(), Optional.empty())).field());
    assertEquals(Optional.of("samples[0].dish"), assertThrows(InvalidValueException.class,
        () -> new Meal(MealType.LUNCH, List.of("饭"), List.of(soup), Optional.empty())).field());
    assertEquals(Optional.of("samples[1].dish"), assertThrows(InvalidValueException.class,
        () -> new Meal(MealType.LUNCH, List.of("汤"), List.of(soup, soup), Optional.empty())).field());
    assertEquals(Optional.of("leader"), assertThrows(InvalidValueException.class,
        () -> new Meal(MealType.LUNCH, List.of("汤"), List.of(soup), Optional.of(" "))).field());
    assertEquals(Optional.of("checkers[1]"), assertThrows(InvalidValueException.class,
        () -> new Delivery("甲", List.of("张三", "张三"), true)).field());
    Meal m = lunch(soup);
    assertEquals(Optional.of("meals[1].meal"), assertThrows(InvalidValueException.class,
        () -> FoodSafetyDayLog.of("c", DAY, List.of(m, m), List.of(), List.of(), Set.of())).field());
    assertEquals(Optional.of("meals"), assertThrows(InvalidValueException.class,
        () -> FoodSafetyDayLog.of("c", DAY, List.of(), List.of(), List.of(), Set.of())).field());
    StaffOnDuty a = FoodFixtures.certified();
    assertEquals(Optional.of("staff[1].name"), assertThrows(InvalidValueException.class,
        () -> FoodSafetyDayLog.of("c", DAY, List.of(m), List.of(), List.of(a, a), Set.of())).field());
    assertThrows(MissingValueException.class,
        () -> new FoodSample("汤", null, RETAINED, Optional.empty(), true, true));
  }

  @Test
  void ledgersRefuseRepeatedIds() {
    Purchase p = new Purchase("p1", Optional.of("大米"), Optional.of("甲"), Optional.of("五常"), true);
    assertEquals(Optional.of("purchases[1].id"), assertThrows(InvalidValueException.class,
        () -> new PurchaseLedger("c", List.of(p, p))).field());
    assertEquals(Optional.of("supplier"), assertThrows(InvalidValueException.class,
        () -> new Purchase("p1", Optional.of("大米"), Optional.of("a\nb"), Optional.empty(), true)).field());
  }
}
