package org.anxiao.logistics.food;

import static org.anxiao.logistics.food.FoodFixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The {@code food-safety-log} document: written, checked against its schema in the jar and read back. */
class FoodJsonTest {
  static FoodSafetyDayLog full() {
    FoodSample kept = new FoodSample("红烧肉", FoodFixtures.grams("130.5"), FoodFixtures.RETAINED,
        Optional.of(LocalDateTime.of(2026, 3, 4, 12, 0)), true, true);
    FoodSample fresh = new FoodSample("米饭", FoodFixtures.grams("125"), FoodFixtures.RETAINED, Optional.empty(), true,
        false);
    Meal lunch = new Meal(MealType.LUNCH, List.of("红烧肉", "米饭", "青菜"), List.of(kept, fresh), Optional.of("王校长"));
    Meal breakfast = new Meal(MealType.BREAKFAST, List.of("粥"), List.of(), Optional.empty());
    return FoodSafetyDayLog.of("canteen-1", DAY, List.of(breakfast, lunch),
        List.of(FoodFixtures.goodDelivery(), new Delivery("豆制品厂", List.of(), false)),
        List.of(FoodFixtures.certified(), new StaffOnDuty("钱", Optional.empty())),
        java.util.EnumSet.of(DailyRoutine.PEST_CONTROL, DailyRoutine.FOOD_SAMPLES));
  }

  @Test
  void aLogRoundTripsThroughItsSchema() {
    FoodSafetyDayLog log = full();
    String json = log.toJsonWithNames();
    assertTrue(json.contains("\"mass\":{\"value\":\"130.5\",\"unit\":\"g\"}"), json);
    assertTrue(json.contains("\"retainedAt\":\"2026-03-02T11:30:00\""), json);
    FoodSafetyDayLog back = FoodSafetyDayLog.fromJson(json);
    assertEquals(log.canteen(), back.canteen());
    assertEquals(log.date(), back.date());
    assertEquals(log.routines(), back.routines());
    assertEquals(log.deliveries(), back.deliveries());
    assertEquals(log.staff(), back.staff());
    assertEquals(json, back.toJsonWithNames());
    assertEquals(log, back);
    assertEquals("1.0", back.schemaVersion());
    assertEquals(back, AnxiaoJson.strict().readDocument(json, FoodSafetyDayLog.DOCUMENT));
  }

  @Test
  void namesAreLeftOutUnlessAsked() {
    FoodSafetyDayLog log = full();
    String json = log.toJson();
    for (String name : List.of("王校长", "张三", "李四", "赵厨师", "钱")) {
      assertTrue(!json.contains(name), name);
      assertTrue(log.toJsonWithNames().contains(name), name);
    }
    FoodSafetyDayLog anonymous = FoodSafetyDayLog.fromJson(json);
    assertEquals(log.withoutNames(), anonymous);
    assertEquals(Optional.of("leader"), anonymous.meals().get(1).leader());
    assertEquals(Optional.empty(), anonymous.meals().get(0).leader());
    assertEquals(List.of("checker-1", "checker-2"), anonymous.deliveries().get(0).checkers());
    assertEquals(List.of(), anonymous.deliveries().get(1).checkers());
    assertEquals(List.of("staff-1", "staff-2"), anonymous.staff().stream().map(StaffOnDuty::name).toList());
    assertEquals(log.staff().get(0).certificateExpiry(), anonymous.staff().get(0).certificateExpiry());
    // The same findings by code and subject, with or without names.
    assertEquals(FoodFixtures.national().check(log).findings().stream().map(f -> f.code() + " " + f.subject().id()).toList(),
        FoodFixtures.national().check(anonymous).findings().stream().map(f -> f.code() + " " + f.subject().id()).toList());
  }

  @Test
  void theSchemaRefusesWhatTheModelRefuses() {
    String json = full().toJson();
    // A field the schema does not know.
    assertThrows(WireFormatException.class, () -> FoodSafetyDayLog.fromJson(json.replace("\"canteen\":", "\"kitchen\":")));
    // A missing meal list.
    assertThrows(WireFormatException.class, () -> FoodSafetyDayLog.fromJson(json.replace("\"date\":\"2026-03-02\",",
        "\"date\":\"2026-03-02\",\"x\":1,")));
    // Only the schema refuses a routine listed twice (the model would read it as a set).
    WireFormatException twice = assertThrows(WireFormatException.class, () -> FoodSafetyDayLog.fromJson(
        json.replace("\"routines\":[", "\"routines\":[\"PEST_CONTROL\",")));
    assertEquals("JSON_SCHEMA", twice.errorCode());
    // A discard before the retention.
    WireFormatException e = assertThrows(WireFormatException.class, () -> FoodSafetyDayLog.fromJson(
        json.replace("\"discardedAt\":\"2026-03-04T12:00:00\"", "\"discardedAt\":\"2026-03-01T12:00:00\"")));
    assertEquals("INVALID_VALUE", e.modelError().orElseThrow().errorCode());
    assertTrue(e.field().orElseThrow().contains("/meals/1/samples/0"), e.field().toString());
  }

  @Test
  void theCheckOfTheDocumentIsTheCheckOfTheModel() {
    FoodSafetyDayLog log = full();
    DayLogCheck a = FoodFixtures.national().check(log);
    DayLogCheck b = FoodFixtures.national().check(FoodSafetyDayLog.fromJson(log.toJsonWithNames()));
    assertEquals(a.findings(), b.findings());
    // Breakfast 粥 no sample, no leader; lunch 米饭 unlabelled, 青菜 no sample; 豆制品厂 0 checkers, no
    // documents; 钱 no certificate.
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_MISSING", "LOGISTICS.FOOD.LEADER_ABSENT",
        "LOGISTICS.FOOD.SAMPLE_NOT_LABELLED", "LOGISTICS.FOOD.SAMPLE_MISSING", "LOGISTICS.FOOD.DELIVERY_UNDERCHECKED",
        "LOGISTICS.FOOD.DOCUMENTS_MISSING", "LOGISTICS.FOOD.CERTIFICATE_MISSING"),
        a.findings().stream().map(f -> f.code().value()).toList());
    assertTrue(LocalDate.of(2026, 3, 2).equals(b.log().date()));
  }
}
