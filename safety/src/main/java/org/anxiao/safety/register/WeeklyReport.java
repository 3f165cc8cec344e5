package org.anxiao.safety.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Period;

/**
 * A campaign weekly report (专项整治工作周报, 闵行 2022 §四(二)): the week, the campaign's phases that
 * overlap it, the due dates falling in it and one line per responsible department
 * ({@link DepartmentWeek}). Immutable and thread-safe.
 *
 * @param subject     what the report covers (a district's register)
 * @param campaign    the campaign's code
 * @param week        the week, seven days, closed-open
 * @param phases      the codes of the phases overlapping the week, in order
 * @param dueDates    the due dates falling in the week, in order
 * @param departments the line of each department with a hazard found by the week's last day
 * @param rules       the rule values used, in first-use order
 * @param packs       the packs in force
 * @param entries     the register (the input)
 */
public record WeeklyReport(Subject subject, String campaign, DateRange week, List<String> phases, List<DueDate> dueDates,
    SortedMap<String, DepartmentWeek> departments, List<AppliedRule> rules, List<PackRef> packs,
    List<RegisterEntry> entries) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject     the subject
   * @param campaign    the campaign's code
   * @param week        the week
   * @param phases      the phases overlapping it
   * @param dueDates    the due dates in it
   * @param departments the lines
   * @param rules       the rule values used
   * @param packs       the packs in force
   * @param entries     the register
   */
  public WeeklyReport {
    Require.nonNull("subject", subject);
    Bounds.code("campaign", campaign);
    Require.nonNull("week", week);
    Require.that(week.days() == 7, "week", week, "must be seven days");
    phases = Bounds.list("phases", phases);
    phases.forEach(p -> Bounds.code("phases[]", p));
    dueDates = Bounds.list("dueDates", dueDates);
    for (int i = 0; i < dueDates.size(); i++) {
      Require.thatElement(week.contains(dueDates.get(i).date()), "dueDates", i, ".date", dueDates.get(i).date(),
          "must fall in the week");
    }
    departments = Bounds.codeMap("departments", departments);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    entries = Bounds.list("entries", entries);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return CampaignReports.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(week);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, week, entries);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, DateRange week, List<RegisterEntry> entries) {}
}
