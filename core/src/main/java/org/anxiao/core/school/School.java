package org.anxiao.core.school;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.AnxiaoStyle;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.immutables.value.Value;

/**
 * A school (学校): identity, jurisdiction, type and stages, boarding, enrolment and classes per
 * stage, staff by role, and its campuses.
 *
 * <p>Invariants, checked when built: each enrolled stage belongs to the {@link #type()}, at most one
 * enrolment line per stage, at least one campus with unique ids, staff counts not negative, and
 * boarding consistent ({@code NONE} ⇔ zero boarders; boarders never exceed pupils; {@code FULL}
 * means every pupil boards).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
@AnxiaoStyle
@JsonSerialize(as = ImmutableSchool.class)
@JsonDeserialize(as = ImmutableSchool.class)
public abstract class School {
  School() {}

  /** {@return the 教育部 school identification code (学校标识码) where known, else the caller's id} */
  public abstract String id();

  /** {@return the school's name in Chinese (学校名称)} */
  public abstract String name();

  /** {@return its English name, if it has one} */
  public abstract Optional<String> nameEn();

  /** {@return the county-level (or wider) division the school belongs to} */
  public abstract JurisdictionCode jurisdiction();

  /** {@return kind of school; fixes the stages it may enrol} */
  public abstract SchoolType type();

  /** {@return 公办 or 民办} */
  public abstract Ownership ownership();

  /** {@return whether pupils board} */
  public abstract BoardingMode boarding();

  /** {@return number of boarding pupils (寄宿生数); zero for {@link BoardingMode#NONE}} */
  @Value.Default
  public int boarders() {
    return 0;
  }

  /** {@return pupils and classes per stage} */
  public abstract List<StageEnrolment> enrolment();

  /** {@return staff head-count by role; roles not listed count zero} */
  public abstract Map<StaffRole, Integer> staff();

  /** {@return the campuses (校区); at least one} */
  public abstract List<Campus> campuses();

  /** {@return pupils over all stages} */
  public int pupils() {
    return enrolment().stream().mapToInt(StageEnrolment::pupils).sum();
  }

  /** {@return classes over all stages} */
  public int classes() {
    return enrolment().stream().mapToInt(StageEnrolment::classes).sum();
  }

  /**
   * {@return head-count of {@code role}, zero if not listed}
   *
   * @param role the staff role
   */
  public int staff(StaffRole role) {
    return staff().getOrDefault(role, 0);
  }

  /** {@return staff over all roles} */
  public int staffTotal() {
    return staff().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the stages with enrolment} */
  public Set<SchoolStage> stages() {
    Set<SchoolStage> s = EnumSet.noneOf(SchoolStage.class);
    enrolment().forEach(e -> s.add(e.stage()));
    return Set.copyOf(s);
  }

  /**
   * {@return the campus with id {@code campusId}}
   *
   * @param campusId the campus's id
   */
  public Optional<Campus> campus(String campusId) {
    return campuses().stream().filter(c -> c.id().equals(campusId)).findFirst();
  }

  @Value.Check
  void check() {
    Require.nonBlank("id", id());
    Require.nonBlank("name", name());
    Set<SchoolStage> seen = EnumSet.noneOf(SchoolStage.class);
    for (int i = 0; i < enrolment().size(); i++) {
      SchoolStage stage = enrolment().get(i).stage();
      if (!type().stages().contains(stage)) {
        throw new InvalidValueException("enrolment[" + i + "].stage", stage,
            "is not a stage of a " + type() + " school " + type().stages());
      }
      if (!seen.add(stage)) {
        throw new InvalidValueException("enrolment[" + i + "].stage", stage, "is listed twice");
      }
    }
    staff().forEach((role, n) -> Require.nonNegativeEntry("staff", role, n));
    Require.nonNegative("boarders", boarders());
    int pupils = pupils();
    switch (boarding()) {
      case NONE -> Require.that(boarders() == 0, "boarders", boarders(), "must be 0 when boarding is NONE");
      case PARTIAL -> Require.that(boarders() > 0 && boarders() <= pupils, "boarders", boarders(),
          "must be between 1 and the number of pupils ({}) when boarding is PARTIAL", pupils);
      case FULL -> Require.that(boarders() == pupils && pupils > 0, "boarders", boarders(),
          "must equal the number of pupils ({}) when boarding is FULL", pupils);
    }
    Require.nonEmpty("campuses", campuses());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < campuses().size(); i++) {
      Require.thatElement(ids.add(campuses().get(i).id()), "campuses", i, ".id", campuses().get(i).id(),
          "campus ids must be unique");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}; not thread-safe. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
