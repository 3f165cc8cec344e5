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
    return staff().getOrDefault(Require.nonNull("role", role), 0);
  }

  /** {@return staff over all roles} */
  public int staffTotal() {
    return staff().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the stages with enrolment} */
  public Set<SchoolStage> stages() {
    Set<SchoolStage> s = EnumSet.noneOf(SchoolStage.class);
    enrolment().forEach(e -> s.add(e.stage()));
    return java.util.Collections.unmodifiableSet(s);
  }

  /**
   * {@return the campus with id {@code campusId}}
   *
   * @param campusId the campus's id
   */
  public Optional<Campus> campus(String campusId) {
    Bounds.code("campusId", campusId);
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

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}; not thread-safe. */

  /**
   * Builds a {@link School}; not thread-safe. Every method refuses a null argument, and a null
   * element of a collection or map argument, with {@link org.anxiao.core.error.MissingValueException}
   * naming the attribute ({@code attribute[index]} for an element); {@link #build()} checks the
   * invariants.
   */
  public static final class Builder {
    private final ImmutableSchool.Builder delegate = ImmutableSchool.generatedBuilder();

    Builder() {}

    /**
     * Fills the builder with the attributes of {@code instance}.
     *
     * @param instance the value
     * @return this builder
     */
    public Builder from(School instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link School#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Sets {@link School#name() name}.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Sets {@link School#nameEn() nameEn}.
     *
     * @param nameEn the value
     * @return this builder
     */
    public Builder nameEn(String nameEn) {
      delegate.nameEn(nameEn);
      return this;
    }

    /**
     * Sets {@link School#nameEn() nameEn}.
     *
     * @param nameEn the value
     * @return this builder
     */
    public Builder nameEn(Optional<String> nameEn) {
      Require.nonNull("nameEn", nameEn);
      delegate.nameEn(nameEn);
      return this;
    }

    /**
     * Sets {@link School#jurisdiction() jurisdiction}.
     *
     * @param jurisdiction the value
     * @return this builder
     */
    public Builder jurisdiction(JurisdictionCode jurisdiction) {
      delegate.jurisdiction(jurisdiction);
      return this;
    }

    /**
     * Sets {@link School#type() type}.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(SchoolType type) {
      delegate.type(type);
      return this;
    }

    /**
     * Sets {@link School#ownership() ownership}.
     *
     * @param ownership the value
     * @return this builder
     */
    public Builder ownership(Ownership ownership) {
      delegate.ownership(ownership);
      return this;
    }

    /**
     * Sets {@link School#boarding() boarding}.
     *
     * @param boarding the value
     * @return this builder
     */
    public Builder boarding(BoardingMode boarding) {
      delegate.boarding(boarding);
      return this;
    }

    /**
     * Sets {@link School#boarders() boarders}.
     *
     * @param boarders the value
     * @return this builder
     */
    public Builder boarders(int boarders) {
      delegate.boarders(boarders);
      return this;
    }

    /**
     * Adds elements to {@link School#enrolment() enrolment}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addEnrolment(StageEnrolment element) {
      delegate.addEnrolment(element);
      return this;
    }

    /**
     * Adds elements to {@link School#enrolment() enrolment}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addEnrolment(StageEnrolment... elements) {
      delegate.addEnrolment(Require.noNullIn("enrolment", elements));
      return this;
    }

    /**
     * Sets {@link School#enrolment() enrolment}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder enrolment(Iterable<? extends StageEnrolment> elements) {
      delegate.enrolment(Require.noNullIn("enrolment", elements));
      return this;
    }

    /**
     * Adds elements to {@link School#enrolment() enrolment}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllEnrolment(Iterable<? extends StageEnrolment> elements) {
      delegate.addAllEnrolment(Require.noNullIn("enrolment", elements));
      return this;
    }

    /**
     * Puts an entry into {@link School#staff() staff}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putStaff(StaffRole key, int value) {
      delegate.putStaff(key, value);
      return this;
    }

    /**
     * Puts an entry into {@link School#staff() staff}.
     *
     * @param entry the value
     * @return this builder
     */
    public Builder putStaff(Map.Entry<StaffRole, ? extends Integer> entry) {
      Require.nonNull("staff", entry);
      delegate.putStaff(entry);
      return this;
    }

    /**
     * Sets {@link School#staff() staff}.
     *
     * @param entries the value
     * @return this builder
     */
    public Builder staff(Map<StaffRole, ? extends Integer> entries) {
      Require.nonNull("staff", entries);
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Require.nonNull("staff key", e.getKey());
        Require.nonNull("staff." + e.getKey(), e.getValue());
      }
      delegate.staff(entries);
      return this;
    }

    /**
     * Puts all entries into {@link School#staff() staff}.
     *
     * @param entries the value
     * @return this builder
     */
    public Builder putAllStaff(Map<StaffRole, ? extends Integer> entries) {
      Require.nonNull("staff", entries);
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Require.nonNull("staff key", e.getKey());
        Require.nonNull("staff." + e.getKey(), e.getValue());
      }
      delegate.putAllStaff(entries);
      return this;
    }

    /**
     * Adds elements to {@link School#campuses() campuses}.
     *
     * @param element the value
     * @return this builder
     */
    public Builder addCampuses(Campus element) {
      delegate.addCampuses(element);
      return this;
    }

    /**
     * Adds elements to {@link School#campuses() campuses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addCampuses(Campus... elements) {
      delegate.addCampuses(Require.noNullIn("campuses", elements));
      return this;
    }

    /**
     * Sets {@link School#campuses() campuses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder campuses(Iterable<? extends Campus> elements) {
      delegate.campuses(Require.noNullIn("campuses", elements));
      return this;
    }

    /**
     * Adds elements to {@link School#campuses() campuses}.
     *
     * @param elements the value
     * @return this builder
     */
    public Builder addAllCampuses(Iterable<? extends Campus> elements) {
      delegate.addAllCampuses(Require.noNullIn("campuses", elements));
      return this;
    }

    /**
     * A new {@link School} from the attributes set.
     *
     * @return the value
     * @throws org.anxiao.core.error.MissingValueException if a required attribute is not set
     * @throws org.anxiao.core.error.InvalidValueException if the value breaks an invariant
     */
    public School build() {
      return delegate.build();
    }
  }
}
