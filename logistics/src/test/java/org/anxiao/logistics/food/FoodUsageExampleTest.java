package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.measure.quantity.Mass;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** The main use of the API as the examples module will show it: check a day's log in Minhang. */
class FoodUsageExampleTest {
  @Test
  void checkADaysLog() {
    var g = AnxiaoUnits.unit("mass", "g", Mass.class);
    var pork = new FoodSample("红烧肉", AnxiaoUnits.of("100", g), LocalDateTime.of(2026, 3, 2, 11, 30),
        Optional.of(LocalDateTime.of(2026, 3, 4, 3, 30)), true, true);   // 100 g, kept 40 h
    var lunch = new Meal(MealType.LUNCH, List.of("红烧肉"), List.of(pork), Optional.of("王校长"));
    var log = FoodSafetyDayLog.of("canteen-1", LocalDate.of(2026, 3, 2), List.of(lunch),
        List.of(new Delivery("绿源蔬菜", List.of("张三", "李四"), true)),
        List.of(new StaffOnDuty("赵师傅", Optional.of(LocalDate.of(2026, 12, 31)))),
        EnumSet.allOf(DailyRoutine.class));
    RuleContext minhang = RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2026, 3, 2));
    DayLogCheck check = FoodSafetyLogs.in(minhang).check(log);
    var ledger = new PurchaseLedger("canteen-1", List.of(
        new Purchase("p1", Optional.of("大米"), Optional.of("粮油公司"), Optional.of("五常基地"), true),
        new Purchase("p2", Optional.of("青菜"), Optional.of("蔬菜公司"), Optional.empty(), false)));
    TraceabilityCheck trace = FoodTraceability.in(minhang).check(ledger);
    // SAMPLE_LIGHT and SAMPLE_SHORT; on-line 1/2 = 0.5000, complete 1/2 = 0.5000.
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT", "LOGISTICS.FOOD.SAMPLE_SHORT"),
        check.findings().stream().map(f -> f.code().value()).toList());
    assertEquals("0.5000", trace.onlineRate().orElseThrow().toPlainString());
    assertEquals(2, trace.findings().size());
  }
}
