package org.anxiao.safety.hazard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.safety.hazard.HazardEvent.Accepted;
import org.anxiao.safety.hazard.HazardEvent.Graded;
import org.anxiao.safety.hazard.HazardEvent.RectificationStarted;
import org.anxiao.safety.hazard.HazardEvent.SubmittedForAcceptance;

/** Hazards of a fictional Minhang school, 闵行实验小学 (S-MH-01), for the tests. */
final class HazardFixtures {
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final LocalDate FOUND = LocalDate.of(2024, 3, 5);
  static final LocalDate GRADED = LocalDate.of(2024, 3, 6);
  static final LocalDate STARTED = LocalDate.of(2024, 3, 8);
  static final LocalDate DEADLINE = LocalDate.of(2024, 3, 31);
  static final LocalDate SUBMITTED = LocalDate.of(2024, 3, 28);
  static final LocalDate ACCEPTED = LocalDate.of(2024, 3, 30);

  private HazardFixtures() {}

  /** A hazard found on {@link #FOUND} in area 2.4 (chemistry laboratory), with {@code history}. */
  static Hazard hazard(String id, List<HazardEvent> history) {
    return new Hazard(id, "S-MH-01", MINHANG, "化学实验室", "2", Optional.of("2.4"), Optional.of(new FactorCode("2101")),
        Optional.of("08"), "化学实验室未安装防盗安全门", List.of("photo/2024-03-05-lab.jpg"), FOUND, "安全管理员",
        InspectionKind.SELF, "各学校", "安全管理中心", history);
  }

  /** The same hazard in {@code area} (and no sub-task, accident type {@code accidentType}). */
  static Hazard inArea(String id, String area, Optional<String> subTask, Optional<String> accidentType,
      LocalDate found, List<HazardEvent> history) {
    return new Hazard(id, "S-MH-01", MINHANG, "校门", area, subTask, Optional.empty(), accidentType, "门岗保安员不足",
        List.of(), found, "安全管理中心", InspectionKind.JOINT_RANDOM, "各学校", "安全管理中心", history);
  }

  static Graded graded(HazardGrade grade) {
    return new Graded(GRADED, grade);
  }

  static RectificationStarted started(Optional<RectificationPlan> plan) {
    return new RectificationStarted(STARTED, DEADLINE, new Assignee("总务处", Optional.of("张三")), plan);
  }

  static SubmittedForAcceptance submitted() {
    return new SubmittedForAcceptance(SUBMITTED, List.of("photo/2024-03-28-door.jpg"));
  }

  static Accepted accepted() {
    return new Accepted(ACCEPTED, new Assignee("安全管理中心", Optional.of("李四")), List.of("report/acceptance-0330.pdf"));
  }

  /** A plan covering {@code covered}, each with a line of text. */
  static RectificationPlan plan(Set<PlanElement> covered) {
    Map<PlanElement, String> m = new EnumMap<>(PlanElement.class);
    covered.forEach(e -> m.put(e, "方案：" + e.label().zh()));
    return new RectificationPlan(m);
  }

  /** A closed general hazard: graded, started, submitted, accepted. */
  static Hazard closedGeneral(String id) {
    return hazard(id, List.of(graded(HazardGrade.GENERAL), started(Optional.empty()), submitted(), accepted()));
  }
}
