package org.anxiao.safety.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.safety.hazard.Hazard;
import org.anxiao.safety.hazard.HazardCheck;
import org.anxiao.safety.hazard.HazardCheckResult;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.HazardRegister;
import org.anxiao.safety.hazard.HazardStatus;
import org.anxiao.safety.hazard.MinhangOutcome;

/**
 * One line of the hazard register (隐患台账) as the KPIs see it: the hazard's id, its unit (school),
 * where the unit is, the Minhang area and responsible department (责任部门, 闵行区校园安全专项整治工作实施方案
 * 2022 §四(一)), its grade (安监总局令第16号 art. 3), when it was found, its deadline (整改时限) and when it
 * was closed (验收销号), whether it is flagged hard to resolve (化解难度较大) and, for a major hazard,
 * whether its rectification plan (治理方案) covers all five 落实 (responsibility, measures, funds,
 * deadline, plan).
 *
 * <p>Invariants: the deadline and the closing date are not before the found date. All dates are
 * calendar days (Asia/Shanghai), inclusive. Immutable and thread-safe.
 *
 * @param id            the hazard's id, unique within a register
 * @param unit          the unit (school) id
 * @param jurisdiction  the unit's GB/T 2260 code, county level (区县) where known; a code of a city or
 *                      province stands for a unit run at that level (e.g. 市直学校)
 * @param area          the area code of the hazard taxonomy, e.g. {@code "2"} (消防安全、危化品管理)
 * @param department    the responsible department (责任部门), e.g. 安全管理中心
 * @param grade         the grade
 * @param found         the day the hazard was found (发现日期)
 * @param deadline      the rectification deadline (整改时限), if one was set
 * @param closed        the day it was closed (验收销号日期), if it was
 * @param hardToResolve flagged hard to resolve in the short term (化解难度较大)
 * @param planComplete  the rectification plan covers all five 落实 (meaningful for a major hazard)
 */
public record RegisterEntry(String id, String unit, JurisdictionCode jurisdiction, String area, String department,
    HazardGrade grade, LocalDate found, Optional<LocalDate> deadline, Optional<LocalDate> closed,
    boolean hardToResolve, boolean planComplete) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id            the hazard's id
   * @param unit          the unit id
   * @param jurisdiction  the unit's code, not {@code CN}
   * @param area          the area code
   * @param department    the responsible department
   * @param grade         the grade
   * @param found         the found date
   * @param deadline      the deadline, not before {@code found}
   * @param closed        the closing date, not before {@code found}
   * @param hardToResolve flagged hard to resolve
   * @param planComplete  the plan covers all five 落实
   * @throws InvalidValueException naming the field when a date is before {@code found}, the
   *     jurisdiction is the whole country, or a text is blank or too long
   */
  public RegisterEntry {
    Bounds.code("id", id);
    Bounds.code("unit", unit);
    Require.nonNull("jurisdiction", jurisdiction);
    Require.that(jurisdiction.level() != JurisdictionLevel.NATION, "jurisdiction", jurisdiction,
        "must be a province, city or county code, not the whole country");
    Bounds.code("area", area);
    Bounds.code("department", department);
    Require.nonNull("grade", grade);
    Bounds.date("found", found);
    Require.nonNull("deadline", deadline);
    Require.nonNull("closed", closed);
    if (deadline.isPresent()) {
      Bounds.date("deadline", deadline.get());
      if (deadline.get().isBefore(found)) {
        throw new InvalidValueException("deadline", deadline.get(), "must not be before found " + found);
      }
    }
    if (closed.isPresent()) {
      Bounds.date("closed", closed.get());
      if (closed.get().isBefore(found)) {
        throw new InvalidValueException("closed", closed.get(), "must not be before found " + found);
      }
    }
  }

  /**
   * {@return the register line of {@code hazard} as {@code check} saw it}: its status on the day
   * checked (the grade, the deadline in force, the closing day — empty again after a reopening —,
   * the hard-to-resolve flag) and whether its plan is complete by the management rule in force
   * ({@link HazardCheck#planComplete()}, true for a hazard that needs no plan). Build the checks with
   * {@code HazardChecks.in(context).check(register, asOf)} on the KPI period's last day.
   *
   * @param hazard the hazard
   * @param check  its check on the day the KPIs are taken
   * @throws InvalidValueException naming {@code check.hazardId} when the check is of another hazard
   * @throws MissingValueException naming {@code <id>.grade} when the hazard is not yet graded on that
   *     day: KPIs count by grade, and an ungraded hazard is not guessed into one
   */
  public static RegisterEntry of(Hazard hazard, HazardCheck check) {
    Require.nonNull("hazard", hazard);
    Require.nonNull("check", check);
    Require.that(check.hazardId().equals(hazard.id()), "check.hazardId", check.hazardId(),
        "must be the id of the hazard, " + hazard.id());
    HazardStatus status = check.status();
    HazardGrade grade = status.grade().orElseThrow(() -> new MissingValueException(
        "hazard " + hazard.id() + " is not graded on " + status.asOf(), hazard.id() + ".grade"));
    return new RegisterEntry(hazard.id(), hazard.schoolId(), hazard.jurisdiction(), hazard.area(),
        hazard.responsibleDepartment(), grade, hazard.foundDate(), status.deadline(), status.closedDate(),
        status.hardToResolve(), check.planComplete());
  }

  /**
   * {@return the register lines of every hazard of {@code register}, in its order, as {@code checks} saw them}
   * ({@link #of(Hazard, HazardCheck)})
   *
   * @param register the register
   * @param checks   the result of checking that register
   * @throws InvalidValueException when {@code checks} is of another register (the ids differ)
   * @throws MissingValueException naming the first ungraded hazard
   */
  public static List<RegisterEntry> of(HazardRegister register, HazardCheckResult checks) {
    Require.nonNull("register", register);
    Require.nonNull("checks", checks);
    List<Hazard> hazards = register.hazards();
    Require.that(checks.hazards().size() == hazards.size(), "checks.hazards", checks.hazards().size(),
        "must hold one check per hazard of the register (" + hazards.size() + ")");
    List<RegisterEntry> out = new ArrayList<>(hazards.size());
    for (int i = 0; i < hazards.size(); i++) {
      out.add(of(hazards.get(i), checks.hazards().get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * {@return true when the hazard is closed on or before {@code day}}
   *
   * @param day the day
   */
  public boolean closedBy(LocalDate day) {
    Bounds.date("day", day);
    return closed.isPresent() && !closed.get().isAfter(day);
  }

  /**
   * The Minhang three-outcome summary of the hazard on {@code asOf} (闵行 2022 §四(三)): closed on or
   * before {@code asOf} → {@link MinhangOutcome#RESOLVED}; open and flagged hard to resolve →
   * {@link MinhangOutcome#HARD_TO_RESOLVE}; open with a deadline → {@link MinhangOutcome#RESOLVING_WITH_DEADLINE};
   * open without a deadline, or not yet found on {@code asOf} → none.
   *
   * @param asOf the day of the summary
   * @return the outcome, or empty when none applies
   */
  public Optional<MinhangOutcome> outcome(LocalDate asOf) {
    Bounds.date("asOf", asOf);
    if (found.isAfter(asOf)) {
      return Optional.empty();
    }
    if (closedBy(asOf)) {
      return Optional.of(MinhangOutcome.RESOLVED);
    }
    if (hardToResolve) {
      return Optional.of(MinhangOutcome.HARD_TO_RESOLVE);
    }
    return deadline.isPresent() ? Optional.of(MinhangOutcome.RESOLVING_WITH_DEADLINE) : Optional.empty();
  }
}
