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
import org.anxiao.core.internal.Bounds;
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

  /** The 教育部 school identification code (学校标识码) where known, else the caller's id. */
  public abstract String id();

  /** The school's name in Chinese (学校名称). */
  public abstract String name();

  /** Its English name, if it has one. */
  public abstract Optional<String> nameEn();

  /** The county-level (or wider) division the school belongs to. */
  public abstract JurisdictionCode jurisdiction();

  /** Kind of school; fixes the stages it may enrol. */
  public abstract SchoolType type();

  /** 公办 or 民办. */
  public abstract Ownership ownership();

  /** Whether pupils board. */
  public abstract BoardingMode boarding();

  /** Number of boarding pupils (寄宿生数); zero for {@link BoardingMode#NONE}. */
  @Value.Default
  public int boarders() {
    return 0;
  }

  /** Pupils and classes per stage. */
  public abstract List<StageEnrolment> enrolment();

  /** Staff head-count by role; roles not listed count zero. */
  public abstract Map<StaffRole, Integer> staff();

  /** The campuses (校区); at least one. */
  public abstract List<Campus> campuses();

  /** Pupils over all stages. */
  public int pupils() {
    return enrolment().stream().mapToInt(StageEnrolment::pupils).sum();
  }

  /** Classes over all stages. */
  public int classes() {
    return enrolment().stream().mapToInt(StageEnrolment::classes).sum();
  }

  /** Head-count of {@code role}, zero if not listed. */
  public int staff(StaffRole role) {
    return staff().getOrDefault(Require.nonNull("role", role), 0);
  }

  /** Staff over all roles. */
  public int staffTotal() {
    return staff().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The stages with enrolment. */
  public Set<SchoolStage> stages() {
    Set<SchoolStage> s = EnumSet.noneOf(SchoolStage.class);
    enrolment().forEach(e -> s.add(e.stage()));
    return java.util.Collections.unmodifiableSet(s);
  }

  /** The campus with {@code id}. */
  public Optional<Campus> campus(String campusId) {
    return campuses().stream().filter(c -> c.id().equals(campusId)).findFirst();
  }

  @Value.Check
  void check() {
    Bounds.code("id", id());
    Bounds.nonBlankText("name", name());
    nameEn().ifPresent(n -> Bounds.nonBlankText("nameEn", n));
    Bounds.size("enrolment", enrolment());
    Bounds.size("campuses", campuses());
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
    staff().forEach((role, n) -> Require.that(n >= 0 && n <= Bounds.MAX_COUNT, "staff." + role, n,
        "must be between 0 and {}", Bounds.MAX_COUNT));
    Bounds.count("boarders", boarders());
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}; not thread-safe. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
