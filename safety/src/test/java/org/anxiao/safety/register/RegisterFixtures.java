package org.anxiao.safety.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.time.Month;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.core.testing.ShippedPacks;
import org.jspecify.annotations.Nullable;

/** Registers, packs and contexts the register tests share. */
final class RegisterFixtures {
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S1");
  static final Month MARCH = new Month(2022, 3);
  static final String SAFE = "安全管理中心";
  static final String PRESCHOOL = "学前科";
  static final String LEGAL = "法制科";

  private RegisterFixtures() {}

  static LocalDate d(String mmdd) {
    return LocalDate.parse("2022-" + mmdd);
  }

  static RegisterEntry entry(String id, String area, String dept, HazardGrade grade, String found, @Nullable String deadline,
      @Nullable String closed, boolean hard, boolean plan) {
    return new RegisterEntry(id, "S1", MINHANG, area, dept, grade, d(found),
        Optional.ofNullable(deadline).map(RegisterFixtures::d), Optional.ofNullable(closed).map(RegisterFixtures::d), hard,
        plan);
  }

  /** {@return {@code e} moved to unit {@code unit} in {@code where}} */
  static RegisterEntry at(RegisterEntry e, String unit, JurisdictionCode where) {
    return new RegisterEntry(e.id(), unit, where, e.area(), e.department(), e.grade(), e.found(), e.deadline(), e.closed(),
        e.hardToResolve(), e.planComplete());
  }

  static RegisterEntry general(String id, String found, @Nullable String deadline, @Nullable String closed) {
    return entry(id, "1", SAFE, HazardGrade.GENERAL, found, deadline, closed, false, false);
  }

  /** The worked register of the conformance vectors (test 1), period 2022-03, as-of 03-31. */
  static List<RegisterEntry> worked() {
    return List.of(
        entry("E1", "2", SAFE, HazardGrade.GENERAL, "03-01", "03-10", "03-10", false, false),
        entry("E2", "2", SAFE, HazardGrade.GENERAL, "03-05", "03-15", "03-20", false, false),
        entry("E3", "3", PRESCHOOL, HazardGrade.MAJOR, "03-10", "03-30", null, false, true),
        entry("E4", "3", PRESCHOOL, HazardGrade.MAJOR, "03-15", "03-31", null, false, false),
        entry("E5", "7", SAFE, HazardGrade.GENERAL, "02-20", null, "03-02", false, false),
        entry("E6", "7", LEGAL, HazardGrade.GENERAL, "03-31", null, null, true, false),
        entry("E7", "2", LEGAL, HazardGrade.GENERAL, "04-01", null, null, false, false),
        entry("E8", "2", LEGAL, HazardGrade.MAJOR, "03-03", "03-31", "03-31", false, false));
  }

  static RegisterKpis standard() {
    return RegisterKpis.in(RuleContext.standard(MINHANG, d("03-31")));
  }

  /** A register-KPI pack for 310112 with the given readings and verification. */
  static RulePack pack(boolean dayOnTime, boolean withoutDeadline, int ratePlaces, int meanPlaces, String verification) {
    String json = """
        {"schemaVersion": "1.0", "id": "test.register-kpis", "version": "1.0.0", "kind": "anxiao.safety.register-kpis",
         "title": {"zh": "测试", "en": "test"}, "jurisdiction": "310112", "validFrom": "2020-01-01",
         "source": {"issuer": "test", "document": "test", "clause": "1", "year": 2024}, "verification": "%s",
         "parameters": {"deadlineDayOnTime": {"type": "boolean", "value": %s},
           "onTimeWithoutDeadline": {"type": "boolean", "value": %s},
           "ratePlaces": {"type": "integer", "value": %d}, "meanPlaces": {"type": "integer", "value": %d}}}
        """.formatted(verification, dayOnTime, withoutDeadline, ratePlaces, meanPlaces);
    return ShippedPacks.read(json);
  }

  static RuleContext context(RulePack pack) {
    RulePackRegistry registry = RulePackRegistry.builder().kind(RegisterKpiRule.KIND).add(pack).build();
    return RuleContext.of(registry, MINHANG, d("03-31"));
  }
}
