package org.anxiao.safety.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;

/**
 * A hazard (事故隐患) in a register, with its history (隐患台账记录). What was found, where, by whom and
 * how, under which area of the hazard-area taxonomy, and the dated events of its closed-loop
 * rectification ({@link HazardEvent}); its state on any day is the replay of that history
 * ({@link #status(LocalDate)}), and a history that cannot be replayed is refused at construction
 * ({@link IllegalTransitionException}, code {@code INVALID_VALUE}, naming {@code history[i]}).
 *
 * <p>Fields after 安全生产事故隐患排查治理暂行规定 (总局令第16号) and 闵行区校园安全专项整治工作实施方案
 * (2022) §四(一) (area, 责任主体, 责任部门). The codes are checked for shape here; whether the area,
 * sub-task and accident type are known to the packs in force is checked by {@link HazardChecks}.
 * Registers name departments and roles, never pupils; the only personal names a hazard can hold are
 * those of an owner or acceptor ({@link Assignee}), redacted in {@code toString} and dropped by
 * {@link #withoutNames()}. Immutable and thread-safe.
 *
 * @param id                    the hazard's id in its register
 * @param schoolId              the school (or unit) where it was found
 * @param jurisdiction          the school's jurisdiction (GB/T 2260)
 * @param location              the location or key part (重点部位), e.g. 化学实验室
 * @param area                  the hazard-area code, e.g. {@code 2} (Minhang area 2)
 * @param subTask               the area's task code, e.g. {@code 2.4}; only for an area with numbered tasks
 * @param factor                the GB/T 13861-2022 factor code, if classified
 * @param accidentType          the GB 6441 accident-type code of the list in force on {@code foundDate}
 *                              (1986: two digits; 2025: {@code WSA1} and four digits), if classified
 * @param description           what was found
 * @param evidence              references to photos or documents (may be empty)
 * @param foundDate             the day it was found
 * @param foundBy               the department or role that found it (not a person)
 * @param inspection            how it was found
 * @param responsibleSubject    责任主体, e.g. 各学校 or the school's name
 * @param responsibleDepartment 责任部门, e.g. 安全管理中心
 * @param history               the events since it was found, in date order
 */
public record Hazard(String id, String schoolId, JurisdictionCode jurisdiction, String location, String area,
    Optional<String> subTask, Optional<FactorCode> factor, Optional<String> accidentType, String description,
    List<String> evidence, LocalDate foundDate, String foundBy, InspectionKind inspection, String responsibleSubject,
    String responsibleDepartment, List<HazardEvent> history) {

  /**
   * Creates the record after checking each component and replaying the history.
   *
   * @param id                    the hazard's id
   * @param schoolId              the school (or unit)
   * @param jurisdiction          the school's jurisdiction
   * @param location              the location or key part
   * @param area                  the hazard-area code
   * @param subTask               the area's task code (null is read as empty); must start with {@code area.}
   * @param factor                the GB/T 13861-2022 factor code (null is read as empty)
   * @param accidentType          the GB 6441 accident-type code (null is read as empty)
   * @param description           what was found
   * @param evidence              references to photos or documents
   * @param foundDate             the day it was found
   * @param foundBy               the department or role that found it
   * @param inspection            how it was found
   * @param responsibleSubject    责任主体
   * @param responsibleDepartment 责任部门
   * @param history               the events, in date order
   * @throws IllegalTransitionException when the history cannot be replayed
   */
  public Hazard {
    Bounds.code("id", id);
    Bounds.code("schoolId", schoolId);
    Require.nonNull("jurisdiction", jurisdiction);
    Bounds.line("location", location);
    Bounds.code("area", area);
    subTask = Objects.requireNonNullElse(subTask, Optional.empty());
    if (subTask.isPresent()) {
      Bounds.code("subTask", subTask.get());
      Require.that(subTask.get().startsWith(area + "."), "subTask", subTask.get(),
          "a sub-task code starts with its area's code and a dot, here " + area + ".");
    }
    factor = Objects.requireNonNullElse(factor, Optional.empty());
    accidentType = Objects.requireNonNullElse(accidentType, Optional.empty());
    accidentType.ifPresent(Hazard::accidentTypeShape);
    Bounds.nonBlankText("description", description);
    evidence = Lines.list("evidence", evidence, false);
    Bounds.date("foundDate", foundDate);
    Bounds.line("foundBy", foundBy);
    Require.nonNull("inspection", inspection);
    Bounds.line("responsibleSubject", responsibleSubject);
    Bounds.line("responsibleDepartment", responsibleDepartment);
    history = Bounds.list("history", history);
    Lifecycle.replay(foundDate, history, Bounds.MAX_DATE);
  }

  /** GB 6441-1986 (two digits) or GB 6441-2025 basic type ({@code WSA1} and four digits). */
  private static void accidentTypeShape(String code) {
    Bounds.code("accidentType", code);
    boolean y1986 = code.length() == 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1));
    boolean y2025 = code.length() == 8 && code.startsWith("WSA1") && code.substring(4).chars().allMatch(c -> c >= '0' && c <= '9');
    if (!y1986 && !y2025) {
      throw new InvalidValueException("accidentType", code,
          "is a GB 6441-1986 code (two digits, e.g. 08) or a GB 6441-2025 basic type (WSA1 and four digits, e.g. WSA10009)");
    }
  }

  /**
   * {@return where the hazard stands on {@code asOf}: the replay of the events dated up to and including it}
   *
   * @param asOf the day, not before {@link #foundDate()}
   * @throws InvalidValueException when {@code asOf} is before the day the hazard was found
   */
  public HazardStatus status(LocalDate asOf) {
    Bounds.date("asOf", asOf);
    Require.that(!asOf.isBefore(foundDate), "asOf", asOf, "must not be before the day the hazard was found, " + foundDate);
    return Lifecycle.replay(foundDate, history, asOf);
  }

  /**
   * {@return the state on {@code asOf}}
   *
   * @param asOf the day, not before {@link #foundDate()}
   */
  public HazardState state(LocalDate asOf) {
    return status(asOf).state();
  }

  /**
   * {@return the Minhang summary outcome on {@code asOf}; empty while open without a deadline}
   *
   * @param asOf the day, not before {@link #foundDate()}
   */
  public Optional<MinhangOutcome> outcome(LocalDate asOf) {
    return status(asOf).outcome();
  }

  /**
   * {@return true when open on {@code asOf} after the deadline in force}
   *
   * @param asOf the day, not before {@link #foundDate()}
   */
  public boolean overdue(LocalDate asOf) {
    return status(asOf).overdue();
  }

  /**
   * {@return this hazard with {@code event} appended to its history}
   *
   * @param event the next event, dated not before the last one
   * @throws IllegalTransitionException when the event is not legal after the history
   */
  public Hazard with(HazardEvent event) {
    Require.nonNull("event", event);
    List<HazardEvent> next = new ArrayList<>(history);
    next.add(event);
    return new Hazard(id, schoolId, jurisdiction, location, area, subTask, factor, accidentType, description, evidence,
        foundDate, foundBy, inspection, responsibleSubject, responsibleDepartment, next);
  }

  /** {@return the same hazard with every personal name removed from its history} */
  public Hazard withoutNames() {
    List<HazardEvent> anonymous = new ArrayList<>(history.size());
    history.forEach(e -> anonymous.add(e.withoutNames()));
    return new Hazard(id, schoolId, jurisdiction, location, area, subTask, factor, accidentType, description, evidence,
        foundDate, foundBy, inspection, responsibleSubject, responsibleDepartment, anonymous);
  }
}
