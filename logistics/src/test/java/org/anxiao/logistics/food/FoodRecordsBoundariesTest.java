package org.anxiao.logistics.food;

import static org.anxiao.logistics.food.FoodFixtures.DAY;
import static org.anxiao.logistics.food.FoodFixtures.RETAINED;
import static org.anxiao.logistics.food.FoodFixtures.grams;
import static org.anxiao.logistics.food.FoodFixtures.lunch;
import static org.anxiao.logistics.food.FoodFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every component of every record is checked: nulls, blanks and out-of-range values, naming the field. */
class FoodRecordsBoundariesTest {
  private static void missing(String field, Executable call) {
    MissingValueException e = assertThrows(MissingValueException.class, call);
    assertEquals(Optional.of(field), e.field());
  }

  private static void invalid(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(Optional.of(field), e.field());
  }

  @Test
  void foodSampleComponents() {
    Quantity<Mass> m = grams("150");
    invalid("dish", () -> new FoodSample(" ", m, RETAINED, Optional.empty(), true, true));
    missing("retainedAt", () -> new FoodSample("a", m, null, Optional.empty(), true, true));
    missing("discardedAt", () -> new FoodSample("a", m, RETAINED, null, true, true));
    // A mass beyond the decimal bounds once in grams is refused naming mass.
    @SuppressWarnings("unchecked")
    Quantity<Mass> huge = (Quantity<Mass>) (Quantity<?>) tech.units.indriya.quantity.Quantities.getQuantity(
        new BigDecimal("1E+70"), org.anxiao.core.unit.AnxiaoUnits.KILOGRAM_MASS);
    invalid("mass", () -> new FoodSample("a", huge, RETAINED, Optional.empty(), true, true));
  }

  @Test
  void mealDeliveryAndStaffComponents() {
    FoodSample s = sample("a", "150");
    missing("meal", () -> new Meal(null, List.of("a"), List.of(s), Optional.empty()));
    missing("dishes", () -> new Meal(MealType.LUNCH, null, List.of(s), Optional.empty()));
    missing("samples", () -> new Meal(MealType.LUNCH, List.of("a"), null, Optional.empty()));
    missing("leader", () -> new Meal(MealType.LUNCH, List.of("a"), List.of(s), null));
    invalid("dishes[0]", () -> new Meal(MealType.LUNCH, List.of(" "), List.of(), Optional.empty()));
    Meal m = lunch(s);
    invalid("dish", () -> m.sampleOf(" "));
    assertEquals(Optional.empty(), m.sampleOf("b"));
    assertEquals(Optional.of(s), m.sampleOf("a"));
    invalid("supplier", () -> new Delivery(" ", List.of(), true));
    missing("checkers", () -> new Delivery("a", null, true));
    invalid("checkers[0]", () -> new Delivery("a", List.of(" "), true));
    invalid("name", () -> new StaffOnDuty(" ", Optional.empty()));
    missing("certificateExpiry", () -> new StaffOnDuty("a", null));
    missing("day", () -> FoodFixtures.certified().certifiedOn(null));
  }

  @Test
  void dayLogComponents() {
    List<Meal> meals = List.of(lunch(sample("a", "150")));
    invalid("schemaVersion", () -> new FoodSafetyDayLog("x", "c", DAY, meals, List.of(), List.of(), Set.of()));
    invalid("canteen", () -> FoodSafetyDayLog.of(" ", DAY, meals, List.of(), List.of(), Set.of()));
    missing("date", () -> FoodSafetyDayLog.of("c", null, meals, List.of(), List.of(), Set.of()));
    missing("meals", () -> FoodSafetyDayLog.of("c", DAY, null, List.of(), List.of(), Set.of()));
    missing("deliveries", () -> FoodSafetyDayLog.of("c", DAY, meals, null, List.of(), Set.of()));
    missing("staff", () -> FoodSafetyDayLog.of("c", DAY, meals, List.of(), null, Set.of()));
    missing("routines", () -> FoodSafetyDayLog.of("c", DAY, meals, List.of(), List.of(), null));
    assertThrows(AnxiaoException.class, () -> FoodSafetyDayLog.of("c", DAY, meals, List.of(), List.of(),
        new java.util.HashSet<>(Arrays.asList(DailyRoutine.PEST_CONTROL, null))));
    missing("json", () -> FoodSafetyDayLog.fromJson(null));
    assertThrows(UnsupportedOperationException.class, () -> FoodFixtures.log(meals.get(0)).routines()
        .add(DailyRoutine.FOOD_SAMPLES));
  }

  @Test
  void purchaseAndLedgerComponents() {
    invalid("id", () -> new Purchase(" ", Optional.empty(), Optional.empty(), Optional.empty(), true));
    missing("ingredient", () -> new Purchase("p", null, Optional.empty(), Optional.empty(), true));
    missing("supplier", () -> new Purchase("p", Optional.empty(), null, Optional.empty(), true));
    missing("base", () -> new Purchase("p", Optional.empty(), Optional.empty(), null, true));
    invalid("ingredient", () -> new Purchase("p", Optional.of(" "), Optional.empty(), Optional.empty(), true));
    invalid("base", () -> new Purchase("p", Optional.empty(), Optional.empty(), Optional.of("a\nb"), true));
    invalid("canteen", () -> new PurchaseLedger(" ", List.of()));
    missing("purchases", () -> new PurchaseLedger("c", null));
    assertEquals(Set.of(TraceLevel.SUPPLIER),
        new Purchase("p", Optional.empty(), Optional.of("s"), Optional.empty(), true).levels());
    assertEquals(Set.of(TraceLevel.INGREDIENT, TraceLevel.BASE),
        new Purchase("p", Optional.of("i"), Optional.empty(), Optional.of("b"), true).levels());
  }

  @Test
  void resultComponents() {
    FoodSafetyDayLog log = FoodFixtures.log(lunch(sample("a", "150")));
    Subject s = Subject.of(SubjectKind.KEY_PART, "c");
    missing("subject", () -> new DayLogCheck(null, log, List.of(), List.of(), List.of()));
    missing("log", () -> new DayLogCheck(s, null, List.of(), List.of(), List.of()));
    missing("rules", () -> new DayLogCheck(s, log, null, List.of(), List.of()));
    missing("packs", () -> new DayLogCheck(s, log, List.of(), null, List.of()));
    missing("findings", () -> new DayLogCheck(s, log, List.of(), List.of(), null));
    PurchaseLedger l = new PurchaseLedger("c", List.of());
    missing("subject", () -> new TraceabilityCheck(null, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), List.of(), List.of(), List.of()));
    missing("ledger", () -> new TraceabilityCheck(s, null, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), List.of(), List.of(), List.of()));
    invalid("purchases", () -> new TraceabilityCheck(s, l, -1, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), List.of(), List.of(), List.of()));
    missing("onlineRate", () -> new TraceabilityCheck(s, l, 0, 0, 0, null, Optional.empty(), List.of(),
        Map.of(), List.of(), List.of(), List.of()));
    missing("completenessRate", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), null, List.of(),
        Map.of(), List.of(), List.of(), List.of()));
    invalid("offline[0]", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(" "),
        Map.of(), List.of(), List.of(), List.of()));
    missing("missing", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        null, List.of(), List.of(), List.of()));
    invalid("missing.BASE[0]", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(),
        List.of(), Map.of(TraceLevel.BASE, List.of(" ")), List.of(), List.of(), List.of()));
    missing("rules", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), null, List.of(), List.of()));
    missing("packs", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), List.of(), null, List.of()));
    missing("findings", () -> new TraceabilityCheck(s, l, 0, 0, 0, Optional.empty(), Optional.empty(), List.of(),
        Map.of(), List.of(), List.of(), null));
    TraceabilityCheck ok = new TraceabilityCheck(s, l, 2, 2, 2, Optional.empty(), Optional.empty(), List.of("p"),
        Map.of(TraceLevel.BASE, List.of("p")), List.of(), List.of(), List.of());
    assertThrows(UnsupportedOperationException.class, () -> ok.missing().put(TraceLevel.SUPPLIER, List.of()));
  }

  @Test
  void rulesAndCalculatorsRefuseNulls() {
    var r = FoodFixtures.national().rule();
    missing("sampleMinimumMass", () -> new FoodSafetyRoutineRule(null, r.sampleMinimumHours(), r.sampleRefrigerated(),
        r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(), r.leaderAtEveryMeal(),
        r.dailyRecords()));
    missing("sampleMinimumHours", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), null, r.sampleRefrigerated(),
        r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(), r.leaderAtEveryMeal(),
        r.dailyRecords()));
    missing("sampleRefrigerated", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(), null,
        r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(), r.leaderAtEveryMeal(),
        r.dailyRecords()));
    missing("sampleLabelled", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), null, r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(),
        r.leaderAtEveryMeal(), r.dailyRecords()));
    missing("deliveryCheckers", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), r.sampleLabelled(), null, r.deliveryDocuments(), r.healthCertificates(),
        r.leaderAtEveryMeal(), r.dailyRecords()));
    missing("deliveryDocuments", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), r.sampleLabelled(), r.deliveryCheckers(), null, r.healthCertificates(),
        r.leaderAtEveryMeal(), r.dailyRecords()));
    missing("healthCertificates", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), null,
        r.leaderAtEveryMeal(), r.dailyRecords()));
    missing("leaderAtEveryMeal", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(),
        null, r.dailyRecords()));
    missing("dailyRecords", () -> new FoodSafetyRoutineRule(r.sampleMinimumMass(), r.sampleMinimumHours(),
        r.sampleRefrigerated(), r.sampleLabelled(), r.deliveryCheckers(), r.deliveryDocuments(), r.healthCertificates(),
        r.leaderAtEveryMeal(), null));
    var t = RuleContext.standard(FoodFixtures.MINHANG, DAY).bind(FoodTraceabilityRule.KIND).value();
    missing("onlineRateTarget", () -> new FoodTraceabilityRule(null, t.levels()));
    missing("levels", () -> new FoodTraceabilityRule(t.onlineRateTarget(), null));
    missing("context", () -> FoodSafetyLogs.in(null));
    missing("context", () -> FoodTraceability.in(null));
    missing("log", () -> FoodFixtures.national().check(null));
    missing("ledger", () -> FoodTraceabilityTest.MINHANG.check(null));
  }
}
