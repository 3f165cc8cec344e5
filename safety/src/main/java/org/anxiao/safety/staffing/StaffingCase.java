package org.anxiao.safety.staffing;

import java.util.Set;
import java.util.stream.Stream;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.StageEnrolment;

/**
 * The school a staffing assessment is about (被评估学校), with what core's {@link School} does not
 * hold: whether it is in session (pupils on campus in the day) and its dormitory rooms. Gates come
 * from the school's campuses ({@link Gate#openAtPeaks()}, {@link Gate#usedAtNight()}); an emergency
 * gate (应急通道) is no guard post.
 *
 * <p>Invariants: a school in session has at least one gate post; a school with boarders has at least
 * one dormitory room. Immutable.
 *
 * @param school    the school (pupils, classes and boarders per stage, staff, campuses and gates)
 * @param inSession true while pupils attend (学期中); the DAY and PEAK requirements apply only then
 * @param dormRooms dormitory rooms (学生宿舍间数), 0 or more
 */
public record StaffingCase(School school, boolean inSession, int dormRooms) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param school    the school
   * @param inSession whether pupils attend
   * @param dormRooms dormitory rooms
   */
  public StaffingCase {
    Require.nonNull("school", school);
    Bounds.count("dormRooms", dormRooms);
    Require.that(!inSession || posts(school).findAny().isPresent(), "school.campuses.gates", "[]",
        "a school in session has at least one gate post (emergency gates are none)");
    Require.that(school.boarders() == 0 || dormRooms > 0, "dormRooms", dormRooms,
        "must be at least 1 for a school with boarders ({})", school.boarders());
  }

  private static Stream<Gate> posts(School school) {
    return school.campuses().stream().flatMap(c -> c.gates().stream()).filter(g -> g.kind() != GateKind.EMERGENCY);
  }

  /** {@return true when the school has boarders} */
  public boolean boarding() {
    return school.boarders() > 0;
  }

  /**
   * {@return the value of {@code basis} for this school}
   *
   * @param basis  what is counted
   * @param stages the stages whose pupils or classes count; empty for all
   */
  public long basis(Basis basis, Set<SchoolStage> stages) {
    Require.nonNull("basis", basis);
    Require.noNullIn("stages", stages);
    return switch (basis) {
      case GATES -> posts(school).count();
      case GATES_AT_PEAK -> posts(school).filter(Gate::openAtPeaks).count();
      case GATES_AT_NIGHT -> posts(school).filter(Gate::usedAtNight).count();
      case PUPILS -> enrolment(stages).mapToLong(StageEnrolment::pupils).sum();
      case NON_BOARDING_PUPILS -> (long) school.pupils() - school.boarders();
      case BOARDERS -> school.boarders();
      case CLASSES -> enrolment(stages).mapToLong(StageEnrolment::classes).sum();
      case DORM_ROOMS -> dormRooms;
      case SCHOOL -> 1;
      case STAFF_AND_PUPILS -> (long) school.staffTotal() + school.pupils();
    };
  }

  /**
   * {@return the school's classes in {@code stages} (empty: all), the actual of a {@link Post#CLASS} requirement}
   *
   * @param stages the stages counted
   */
  public long classes(Set<SchoolStage> stages) {
    return basis(Basis.CLASSES, stages);
  }

  private Stream<StageEnrolment> enrolment(Set<SchoolStage> stages) {
    return school.enrolment().stream().filter(e -> stages.isEmpty() || stages.contains(e.stage()));
  }
}
