package org.anxiao.logistics.food;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;

/**
 * A canteen's food-safety log for one day (食品安全日志) as a top-level JSON document
 * ({@code food-safety-log}, schema {@value #SCHEMA_RESOURCE} in the logistics jar): the meals served with
 * their dishes, retained samples (食品留样) and accompanying leader (陪餐); the deliveries checked
 * (进货查验, 索证索票); the staff on duty with their health certificates (从业人员健康证明); and the daily
 * routines recorded as done ({@link DailyRoutine}: pest control, 明厨亮灶 video online, equipment cleaned
 * and disinfected, …). Checked by {@link FoodSafetyLogs} against the routines of 沪教委后〔2024〕10号 §四1
 * and the national sample rules.
 *
 * <p>Invariants: at least one meal, each meal type once; staff names unique. Names of people (leader,
 * checkers, staff) are personal data: {@link #toJson()} writes the log {@linkplain #withoutNames() without
 * them} — the default — and {@link #toJsonWithNames()} as held. Immutable and thread-safe.
 *
 * @param schemaVersion the wire-format version
 * @param canteen       the canteen's id
 * @param date          the day the log covers
 * @param meals         the meals served, each meal type once
 * @param deliveries    the deliveries received
 * @param staff         the staff on duty, names unique
 * @param routines      the daily routines recorded as done
 */
public record FoodSafetyDayLog(String schemaVersion, String canteen, LocalDate date, List<Meal> meals,
    List<Delivery> deliveries, List<StaffOnDuty> staff, Set<DailyRoutine> routines) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/food-safety-log.schema.json";
  /** The document type {@code food-safety-log}. */
  public static final DocumentType<FoodSafetyDayLog> DOCUMENT = DocumentType.of("food-safety-log",
      FoodSafetyDayLog.class, FoodSafetyDayLog.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param canteen       the canteen
   * @param date          the day
   * @param meals         the meals
   * @param deliveries    the deliveries
   * @param staff         the staff on duty
   * @param routines      the routines done
   * @throws org.anxiao.core.error.InvalidValueException naming {@code meals[i].meal} for a meal type
   *     given twice or {@code staff[i].name} for a name given twice
   */
  public FoodSafetyDayLog {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("canteen", canteen);
    Bounds.date("date", date);
    meals = Bounds.list("meals", meals);
    Require.nonEmpty("meals", meals);
    Set<MealType> types = new HashSet<>();
    for (int i = 0; i < meals.size(); i++) {
      Require.that(types.add(meals.get(i).meal()), "meals[" + i + "].meal", meals.get(i).meal(), "is listed twice");
    }
    deliveries = Bounds.list("deliveries", deliveries);
    staff = Bounds.list("staff", staff);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < staff.size(); i++) {
      Require.that(names.add(staff.get(i).name()), "staff[" + i + "].name", staff.get(i).name(), "is listed twice");
    }
    routines = Values.enumSet("routines", routines, DailyRoutine.class);
  }

  /**
   * {@return a log of the current wire-format version}
   *
   * @param canteen    the canteen
   * @param date       the day
   * @param meals      the meals
   * @param deliveries the deliveries
   * @param staff      the staff on duty
   * @param routines   the routines done
   */
  public static FoodSafetyDayLog of(String canteen, LocalDate date, List<Meal> meals, List<Delivery> deliveries,
      List<StaffOnDuty> staff, Set<DailyRoutine> routines) {
    return new FoodSafetyDayLog(DocumentType.CURRENT_VERSION, canteen, date, meals, deliveries, staff, routines);
  }

  /**
   * {@return the log read from JSON, checked against the schema}
   *
   * @param json the document
   * @throws org.anxiao.core.error.WireFormatException when it does not match the schema or the model
   */
  public static FoodSafetyDayLog fromJson(String json) {
    Require.nonNull("json", json);
    return AnxiaoJson.strict().readDocument(json, DOCUMENT);
  }

  /**
   * {@return the same log with every personal name replaced by a placeholder} A leader becomes
   * {@code leader}, the checkers of a delivery {@code checker-1}, {@code checker-2}… and the staff
   * {@code staff-1}, {@code staff-2}… in listed order, so the check of the log gives the same findings.
   */
  public FoodSafetyDayLog withoutNames() {
    List<Meal> anonymousMeals = new ArrayList<>(meals.size());
    for (Meal m : meals) {
      anonymousMeals.add(new Meal(m.meal(), m.dishes(), m.samples(), m.leader().map(l -> "leader")));
    }
    List<Delivery> anonymousDeliveries = new ArrayList<>(deliveries.size());
    for (Delivery d : deliveries) {
      List<String> checkers = new ArrayList<>(d.checkers().size());
      for (int i = 1; i <= d.checkers().size(); i++) {
        checkers.add("checker-" + i);
      }
      anonymousDeliveries.add(new Delivery(d.supplier(), checkers, d.documentsObtained()));
    }
    List<StaffOnDuty> anonymousStaff = new ArrayList<>(staff.size());
    for (int i = 0; i < staff.size(); i++) {
      anonymousStaff.add(new StaffOnDuty("staff-" + (i + 1), staff.get(i).certificateExpiry()));
    }
    return new FoodSafetyDayLog(schemaVersion, canteen, date, anonymousMeals, anonymousDeliveries, anonymousStaff,
        routines);
  }

  /** {@return the log as compact JSON without personal names (the default for writing)} */
  public String toJson() {
    return AnxiaoJson.strict().write(withoutNames());
  }

  /** {@return the log as compact JSON with the names it holds: only when the caller asks} */
  public String toJsonWithNames() {
    return AnxiaoJson.strict().write(this);
  }
}
