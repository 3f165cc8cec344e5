package org.anxiao.logistics.food;

import static org.anxiao.logistics.food.FoodFixtures.DAY;
import static org.anxiao.logistics.food.FoodFixtures.RETAINED;
import static org.anxiao.logistics.food.FoodFixtures.lunch;
import static org.anxiao.logistics.food.FoodFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * Worked examples and boundaries of the day-log check against the national pack
 * {@code cn.food-safety-routines} (125 g, 48 h, refrigerated, labelled, 2 checkers, 索证索票, health
 * certificates, 陪餐 — SECONDARY) and Shanghai's daily records (沪教委后〔2024〕10号 §四1, OFFICIAL_TEXT).
 */
class FoodSafetyLogsTest {
  private static final String CN = "cn.food-safety-routines@1.0.0";
  private static final String SH = "sh.food-safety-routines-2024@1.0.0";

  private static List<String> codes(DayLogCheck c) {
    return c.findings().stream().map(f -> f.code().value()).toList();
  }

  private static String cited(Finding f) {
    AppliedRule r = f.rules().get(0);
    return r.pack() + "/" + r.parameter() + "=" + r.value();
  }

  private static FoodSample kept(String grams, LocalDateTime discarded) {
    return sample("红烧肉", grams, Optional.of(discarded));
  }

  @Test
  void aSampleTooLightAndKeptTooShortGivesExactlyTwoFindingsCitingTheRule() {
    // 100 g < 125 g → too light. Retained 2026-03-02 11:30, discarded 2026-03-04 03:30:
    // 11:30 → next day 11:30 is 24 h, → 03-04 03:30 is 24 + 16 = 40 h < 48 h → kept too short.
    FoodSample s = kept("100", LocalDateTime.of(2026, 3, 4, 3, 30));
    assertEquals(Optional.of(java.time.Duration.ofHours(40)), s.kept());
    DayLogCheck c = FoodFixtures.national().check(FoodFixtures.log(lunch(s)));
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT", "LOGISTICS.FOOD.SAMPLE_SHORT"), codes(c));
    assertEquals(CN + "/sampleMinimumMass=125", cited(c.findings().get(0)));
    assertEquals(CN + "/sampleMinimumHours=48", cited(c.findings().get(1)));
    assertEquals(1, c.findings().get(0).rules().size());
    assertEquals(1, c.findings().get(1).rules().size());
    Finding light = c.findings().get(0);
    assertEquals("canteen-1/LUNCH/红烧肉", light.subject().id());
    assertEquals(SubjectKind.OTHER, light.subject().kind());
    assertEquals(Severity.HIGH, light.severity());
    assertEquals(Optional.of(Measure.of("100", "g")), light.measured());
    assertEquals(Optional.of(Measure.of("125", "g")), light.required());
    assertEquals(Optional.of(Comparison.AT_LEAST), light.comparison());
    assertEquals("At lunch, 红烧肉: the sample of 100 g is lighter than the 125 g required.", light.message().en());
    assertEquals("午餐「红烧肉」留样 100 g，少于规定的 125 g。", light.message().zh());
    assertEquals("At lunch, 红烧肉: the sample was kept 40 h 0 min, less than the 48 h required.",
        c.findings().get(1).message().en());
    assertEquals("午餐「红烧肉」留样仅保存 40 小时 0 分，少于规定的 48 小时。", c.findings().get(1).message().zh());
    assertEquals(Severity.HIGH, c.findings().get(1).severity());
    assertFalse(c.compliant());
  }

  @Test
  void massBoundaryAt125Grams() {
    FoodSafetyLogs logs = FoodFixtures.national();
    assertTrue(logs.check(FoodFixtures.log(lunch(sample("汤", "125")))).findings().isEmpty());
    assertTrue(logs.check(FoodFixtures.log(lunch(sample("汤", "125.01")))).findings().isEmpty());
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT"), codes(logs.check(FoodFixtures.log(lunch(sample("汤", "124.99"))))));
    // 0.125 kg is 125 g exactly: passes; 0.12499 kg is 124.99 g: too light.
    FoodSample kg = new FoodSample("汤", org.anxiao.core.unit.AnxiaoUnits.of("0.125", org.anxiao.core.unit.AnxiaoUnits.KILOGRAM_MASS),
        RETAINED, Optional.empty(), true, true);
    assertTrue(logs.check(FoodFixtures.log(lunch(kg))).findings().isEmpty());
    FoodSample kgLight = new FoodSample("汤", org.anxiao.core.unit.AnxiaoUnits.of("0.12499",
        org.anxiao.core.unit.AnxiaoUnits.KILOGRAM_MASS), RETAINED, Optional.empty(), true, true);
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT"), codes(logs.check(FoodFixtures.log(lunch(kgLight)))));
  }

  @Test
  void keepingBoundaryAt48Hours() {
    FoodSafetyLogs logs = FoodFixtures.national();
    // 11:30 + 48 h = 2026-03-04 11:30: exactly 48 h passes; 11:29 (47 h 59 min) does not; 11:31 passes.
    assertTrue(logs.check(FoodFixtures.log(lunch(kept("150", LocalDateTime.of(2026, 3, 4, 11, 30))))).compliant());
    assertTrue(logs.check(FoodFixtures.log(lunch(kept("150", LocalDateTime.of(2026, 3, 4, 11, 31))))).compliant());
    DayLogCheck shortly = logs.check(FoodFixtures.log(lunch(kept("150", LocalDateTime.of(2026, 3, 4, 11, 29)))));
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_SHORT"), codes(shortly));
    assertEquals("At lunch, 红烧肉: the sample was kept 47 h 59 min, less than the 48 h required.",
        shortly.findings().get(0).message().en());
    // One second short is short too.
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_SHORT"),
        codes(logs.check(FoodFixtures.log(lunch(kept("150", LocalDateTime.of(2026, 3, 4, 11, 29, 59)))))));
    // Still kept when the log is checked: fine.
    assertTrue(logs.check(FoodFixtures.log(lunch(sample("红烧肉", "150")))).compliant());
    // Discarded at once (0 h): short.
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_SHORT"), codes(logs.check(FoodFixtures.log(lunch(kept("150", RETAINED))))));
  }

  @Test
  void aNarrowerTestPackOf200GramsChangesTheFinding() {
    // A 150 g sample: 150 ≥ 125 passes nationally; a fictional TEST pack for Guangdong asking 200 g: 150 < 200.
    RulePack narrower = ShippedPacks.testPack("logistics-food", "cn-food-safety-routines.json", "test.food-200g",
        FoodFixtures.GUANGDONG, t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters")
            .path("sampleMinimumMass")).put("value", "200"));
    FoodSafetyDayLog log = FoodFixtures.log(lunch(sample("鱼", "150")));
    assertTrue(FoodFixtures.national().check(log).compliant());
    FoodSafetyLogs local = FoodSafetyLogs.in(RuleContext.of(ShippedPacks.withPacks(narrower), FoodFixtures.GUANGDONG, DAY));
    DayLogCheck c = local.check(log);
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_LIGHT"), codes(c));
    assertEquals("test.food-200g@1.0.0/sampleMinimumMass=200", cited(c.findings().get(0)));
    assertEquals("At lunch, 鱼: the sample of 150 g is lighter than the 200 g required.", c.findings().get(0).message().en());
    // 200 g exactly passes the narrower pack.
    assertTrue(local.check(FoodFixtures.log(lunch(sample("鱼", "200")))).compliant());
  }

  @Test
  void refrigerationAndLabelsAreChecked() {
    FoodSafetyLogs logs = FoodFixtures.national();
    FoodSample warm = new FoodSample("鱼", FoodFixtures.grams("150"), RETAINED, Optional.empty(), false, true);
    DayLogCheck c = logs.check(FoodFixtures.log(lunch(warm)));
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_NOT_REFRIGERATED"), codes(c));
    assertEquals(CN + "/sampleRefrigerated=true", cited(c.findings().get(0)));
    assertEquals("At lunch, 鱼: the sample was not kept in dedicated refrigeration.", c.findings().get(0).message().en());
    assertEquals("午餐「鱼」留样未专柜冷藏。", c.findings().get(0).message().zh());
    FoodSample bare = new FoodSample("鱼", FoodFixtures.grams("150"), RETAINED, Optional.empty(), true, false);
    DayLogCheck d = logs.check(FoodFixtures.log(lunch(bare)));
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_NOT_LABELLED"), codes(d));
    assertEquals(CN + "/sampleLabelled=true", cited(d.findings().get(0)));
    assertEquals(Severity.LOW, d.findings().get(0).severity());
    assertEquals("At lunch, 鱼: the sample was not labelled.", d.findings().get(0).message().en());
    // Both flags off in a TEST pack: neither finding.
    RulePack lax = ShippedPacks.testPack("logistics-food", "cn-food-safety-routines.json", "test.food-lax", FoodFixtures.GUANGDONG,
        t -> {
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("sampleRefrigerated")).put("value", false);
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("sampleLabelled")).put("value", false);
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("leaderAtEveryMeal")).put("value", false);
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("deliveryDocuments")).put("value", false);
          ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("parameters").path("healthCertificates")).put("value", false);
        });
    FoodSafetyLogs laxLogs = FoodSafetyLogs.in(RuleContext.of(ShippedPacks.withPacks(lax), FoodFixtures.GUANGDONG, DAY));
    FoodSample neither = new FoodSample("鱼", FoodFixtures.grams("150"), RETAINED, Optional.empty(), false, false);
    Meal alone = new Meal(MealType.LUNCH, List.of("鱼"), List.of(neither), Optional.empty());
    FoodSafetyDayLog log = FoodSafetyDayLog.of("canteen-1", DAY, List.of(alone),
        List.of(new Delivery("绿源", List.of("张三", "李四"), false)),
        List.of(new StaffOnDuty("钱", Optional.empty())), Set.of());
    assertTrue(laxLogs.check(log).compliant());
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_NOT_REFRIGERATED", "LOGISTICS.FOOD.SAMPLE_NOT_LABELLED",
        "LOGISTICS.FOOD.LEADER_ABSENT", "LOGISTICS.FOOD.DOCUMENTS_MISSING", "LOGISTICS.FOOD.CERTIFICATE_MISSING"),
        codes(logs.check(log)));
  }

  @Test
  void aDishWithoutASampleAndAMealWithoutALeader() {
    FoodSample rice = sample("米饭", "150");
    Meal lunch = new Meal(MealType.LUNCH, List.of("米饭", "青菜"), List.of(rice), Optional.empty());
    DayLogCheck c = FoodFixtures.national().check(FoodFixtures.log(lunch));
    assertEquals(List.of("LOGISTICS.FOOD.SAMPLE_MISSING", "LOGISTICS.FOOD.LEADER_ABSENT"), codes(c));
    assertEquals("canteen-1/LUNCH/青菜", c.findings().get(0).subject().id());
    assertEquals(CN + "/sampleMinimumMass=125", cited(c.findings().get(0)));
    assertEquals("At lunch, 青菜: no sample was retained.", c.findings().get(0).message().en());
    assertEquals("午餐「青菜」未留样。", c.findings().get(0).message().zh());
    assertEquals("canteen-1/LUNCH", c.findings().get(1).subject().id());
    assertEquals(CN + "/leaderAtEveryMeal=true", cited(c.findings().get(1)));
    assertEquals("At lunch, no school leader ate with the pupils.", c.findings().get(1).message().en());
    assertEquals("午餐无学校负责人陪餐。", c.findings().get(1).message().zh());
    assertEquals(Severity.LOW, c.findings().get(1).severity());
  }

  @Test
  void mealsAreVisitedInMealOrderWhateverTheListing() {
    Meal dinner = new Meal(MealType.DINNER, List.of("面"), List.of(), Optional.of("李校长"));
    Meal breakfast = new Meal(MealType.BREAKFAST, List.of("粥"), List.of(), Optional.of("李校长"));
    DayLogCheck c = FoodFixtures.national().check(FoodFixtures.log(dinner, breakfast));
    assertEquals(List.of("canteen-1/BREAKFAST/粥", "canteen-1/DINNER/面"),
        c.findings().stream().map(f -> f.subject().id()).toList());
  }

  @Test
  void deliveriesNeedTwoCheckersAndDocuments() {
    FoodSafetyLogs logs = FoodFixtures.national();
    Meal ok = lunch(sample("鱼", "150"));
    List<Delivery> deliveries = List.of(new Delivery("甲", List.of("张三", "李四", "王五"), true),
        new Delivery("乙", List.of("张三"), true), new Delivery("丙", List.of(), false),
        new Delivery("丁", List.of("张三", "李四"), true));
    FoodSafetyDayLog log = FoodSafetyDayLog.of("canteen-1", DAY, List.of(ok), deliveries,
        List.of(FoodFixtures.certified()), FoodFixtures.ALL_ROUTINES);
    DayLogCheck c = logs.check(log);
    // 3 ≥ 2 and 2 ≥ 2 pass; 1 < 2 and 0 < 2 fail; 丙 lacks 索证索票.
    assertEquals(List.of("LOGISTICS.FOOD.DELIVERY_UNDERCHECKED", "LOGISTICS.FOOD.DELIVERY_UNDERCHECKED",
        "LOGISTICS.FOOD.DOCUMENTS_MISSING"), codes(c));
    assertEquals(List.of("canteen-1/deliveries/1", "canteen-1/deliveries/2", "canteen-1/deliveries/2"),
        c.findings().stream().map(f -> f.subject().id()).toList());
    assertEquals(CN + "/deliveryCheckers=2", cited(c.findings().get(0)));
    assertEquals(CN + "/deliveryDocuments=true", cited(c.findings().get(2)));
    assertEquals("The delivery from 乙 was checked by 1 people; at least 2 are required.", c.findings().get(0).message().en());
    assertEquals("乙 的进货仅 1 人查验，应至少 2 人。", c.findings().get(0).message().zh());
    assertEquals(Optional.of(Measure.count(1)), c.findings().get(0).measured());
    assertEquals(Optional.of(Measure.count(2)), c.findings().get(0).required());
    assertEquals("The delivery from 丙 came without the supplier's licence and invoice.", c.findings().get(2).message().en());
    assertEquals("丙 的进货未索证索票。", c.findings().get(2).message().zh());
  }

  @Test
  void healthCertificatesAreValidThroughTheirExpiryDay() {
    FoodSafetyLogs logs = FoodFixtures.national();
    List<StaffOnDuty> staff = List.of(new StaffOnDuty("甲", Optional.of(DAY)),
        new StaffOnDuty("乙", Optional.of(DAY.minusDays(1))), new StaffOnDuty("丙", Optional.empty()),
        new StaffOnDuty("丁", Optional.of(DAY.plusDays(1))));
    FoodSafetyDayLog log = FoodSafetyDayLog.of("canteen-1", DAY, List.of(lunch(sample("鱼", "150"))),
        List.of(), staff, FoodFixtures.ALL_ROUTINES);
    DayLogCheck c = logs.check(log);
    // 甲 expires on the day: valid; 乙 expired the day before; 丙 has none; 丁 valid.
    assertEquals(List.of("LOGISTICS.FOOD.CERTIFICATE_EXPIRED", "LOGISTICS.FOOD.CERTIFICATE_MISSING"), codes(c));
    assertEquals(List.of("canteen-1/staff/1", "canteen-1/staff/2"), c.findings().stream().map(f -> f.subject().id()).toList());
    assertEquals(CN + "/healthCertificates=true", cited(c.findings().get(0)));
    assertEquals(CN + "/healthCertificates=true", cited(c.findings().get(1)));
    assertEquals("乙 worked on 2026-03-02 with a health certificate that expired on 2026-03-01.",
        c.findings().get(0).message().en());
    assertEquals("乙 的健康证明已于 2026-03-01 过期，2026-03-02 仍上岗。", c.findings().get(0).message().zh());
    assertEquals("丙 worked without a health certificate.", c.findings().get(1).message().en());
    assertEquals("丙 无健康证明上岗。", c.findings().get(1).message().zh());
    assertTrue(staff.get(0).certifiedOn(DAY));
    assertFalse(staff.get(1).certifiedOn(DAY));
    assertFalse(staff.get(2).certifiedOn(DAY));
  }

  @Test
  void shanghaiRequiresEveryDailyRecordOfItsList() {
    Set<DailyRoutine> done = EnumSet.allOf(DailyRoutine.class);
    done.remove(DailyRoutine.PEST_CONTROL);
    done.remove(DailyRoutine.KITCHEN_VIDEO);
    FoodSafetyDayLog log = FoodSafetyDayLog.of("canteen-1", DAY, List.of(lunch(sample("鱼", "150"))),
        List.of(FoodFixtures.goodDelivery()), List.of(FoodFixtures.certified()), done);
    DayLogCheck sh = FoodFixtures.shanghai().check(log);
    assertEquals(List.of("LOGISTICS.FOOD.ROUTINE_MISSING", "LOGISTICS.FOOD.ROUTINE_MISSING"), codes(sh));
    Finding pest = sh.findings().get(0);
    assertEquals(SH + "/dailyRecords", pest.rules().get(0).pack() + "/" + pest.rules().get(0).parameter());
    assertEquals(Verification.OFFICIAL_TEXT, pest.rules().get(0).verification());
    assertEquals("canteen-1", pest.subject().id());
    assertEquals(SubjectKind.KEY_PART, pest.subject().kind());
    assertEquals("The day's log does not record: pest control.", pest.message().en());
    assertEquals("当日日志未记录：防治鼠（虫）害。", pest.message().zh());
    assertEquals("The day's log does not record: kitchen video online.", sh.findings().get(1).message().en());
    // Shanghai reads dailyRecords from its own pack, the rest from the national one.
    assertEquals(List.of("sh.food-safety-routines-2024@1.0.0", CN),
        FoodFixtures.shanghai().packs().stream().map(Object::toString).toList());
    assertEquals(9, sh.rulesApplied().size());
    // Nationally there is no list: no routine finding.
    assertTrue(FoodFixtures.national().check(log).compliant());
    assertEquals(8, FoodFixtures.national().check(log).rulesApplied().size());
    // Every routine done: Shanghai passes.
    assertTrue(FoodFixtures.shanghai().check(FoodFixtures.log(lunch(sample("鱼", "150")))).compliant());
  }

  @Test
  void anUnverifiedPackIsRefusedUnlessAllowed() {
    RulePack unverified = ShippedPacks.testPack("logistics-food", "cn-food-safety-routines.json", "test.food-unverified",
        FoodFixtures.GUANGDONG, t -> t.put("verification", "UNVERIFIED"));
    RuleContext context = RuleContext.of(ShippedPacks.withPacks(unverified), FoodFixtures.GUANGDONG, DAY);
    FoodSafetyDayLog log = FoodFixtures.log(lunch(sample("鱼", "150")));
    RulePackException e = assertThrows(RulePackException.class, () -> FoodSafetyLogs.in(context).check(log));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    DayLogCheck allowed = FoodSafetyLogs.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).check(log);
    assertTrue(allowed.compliant());
    assertEquals(Verification.UNVERIFIED, allowed.rulesApplied().get(0).verification());
  }

  @Test
  void theCheckBecomesAnAssessment() {
    FoodSafetyLogs logs = FoodFixtures.national();
    DayLogCheck c = logs.check(FoodFixtures.log(lunch(sample("鱼", "100"))));
    assertEquals("anxiao.logistics.food-safety-log", c.calculator().toString());
    assertEquals(FoodSafetyLogs.ID, logs.id());
    assertEquals(List.of(FoodSafetyRoutineRule.KIND), logs.requirements());
    assertEquals(c.log(), c.inputs());
    assertEquals(c.rules(), c.rulesApplied());
    assertEquals("canteen-1", c.subject().id());
    var a = c.toAssessment(java.time.Instant.parse("2026-03-02T12:00:00Z"));
    assertEquals(1, a.findings().size());
    assertTrue(logs.toString().startsWith("anxiao.logistics.food-safety-log 440000 2026-03-02"));
    assertEquals(java.math.BigDecimal.valueOf(125), logs.rule().sampleMinimumMass().value().stripTrailingZeros()
        .setScale(0));
    assertTrue(LocalDate.of(2026, 3, 2).equals(c.log().date()));
  }
}
