package org.anxiao.core.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of a school's roster (花名册): enrolment by stage ({@link StageEnrolment}: pupils and
 * classes, classes zero exactly when pupils are, never more classes than pupils) and staff
 * head-counts by role, and schools carrying them; invalid enrolment and staff labelled with the
 * error core raises.
 */
public final class RosterGenerators {
  private RosterGenerators() {}

  /**
   * {@return one stage's enrolment: 1–3000 pupils in 1 to pupils/20 + 1 classes (at most pupils)}
   *
   * @param stage the stage
   */
  public static Gen<StageEnrolment> enrolments(SchoolStage stage) {
    return integers().between(1, 3000).zip(integers().between(0, 10_000), (pupils, c) -> {
      int maxClasses = Math.min(pupils, pupils / 20 + 1);
      return new StageEnrolment(stage, pupils, 1 + c % maxClasses);
    });
  }

  /**
   * {@return the enrolment of a school of {@code type}: a non-empty subset of its stages, in stage
   * order, one line each}
   *
   * @param type the school's type, whose stages are drawn from
   */
  public static Gen<List<StageEnrolment>> enrolmentOf(SchoolType type) {
    List<SchoolStage> stages = type.stages().stream().sorted().toList();
    Gen<List<StageEnrolment>> lines = lists().of(integers().between(1, 3000)).ofSize(stages.size())
        .zip(integers().between(1, (1 << stages.size()) - 1), integers().between(0, 10_000), (pupils, mask, c) -> {
          List<StageEnrolment> out = new ArrayList<>();
          for (int i = 0; i < stages.size(); i++) {
            if ((mask >> i & 1) == 1) {
              int p = pupils.get(i);
              out.add(new StageEnrolment(stages.get(i), p, 1 + (c + i) % Math.min(p, p / 20 + 1)));
            }
          }
          return out;
        });
    return lines;
  }

  /** {@return staff head-counts for a random set of roles, 0–300 each (a role not listed counts zero)} */
  public static Gen<Map<StaffRole, Integer>> staff() {
    StaffRole[] roles = StaffRole.values();
    return lists().of(integers().between(-1, 300)).ofSize(roles.length).map(counts -> {
      Map<StaffRole, Integer> out = new EnumMap<>(StaffRole.class);
      for (int i = 0; i < roles.length; i++) {
        if (counts.get(i) >= 0) {
          out.put(roles[i], counts.get(i));
        }
      }
      return out;
    });
  }

  /**
   * {@return schools of every type with a full roster: enrolment over a subset of the type's stages,
   * staff by role and boarding consistent with the pupils}
   */
  public static Gen<School> schools() {
    Gen<SchoolType> types = Generate.enumValues(SchoolType.class);
    return types.flatMap(type -> enrolmentOf(type).zip(staff(), integers().between(0, 100),
        SchoolGenerators.campuses(), (enrolment, staff, boarderPct, campus) -> {
          int pupils = enrolment.stream().mapToInt(StageEnrolment::pupils).sum();
          int boarders = pupils * boarderPct / 100;
          BoardingMode mode = boarders == 0 ? BoardingMode.NONE : boarders == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL;
          return School.builder().id("R" + pupils).name("名册学校" + pupils).nameEn(Optional.empty())
              .jurisdiction(JurisdictionCode.of("330000")).type(type).ownership(Ownership.PUBLIC)
              .boarding(mode).boarders(boarders).addAllEnrolment(enrolment).putAllStaff(staff)
              .addCampuses(campus).build();
        }));
  }

  /**
   * {@return invalid rosters, labelled: negative pupils ({@code INVALID_VALUE} naming {@code pupils}),
   * more classes than pupils or classes without pupils ({@code classes}), a negative staff count
   * ({@code staff.<ROLE>})}
   */
  public static Gen<InvalidInput<Object>> invalid() {
    Gen<InvalidInput<Object>> negativePupils = integers().between(-1000, -1).map(p -> InvalidInput.of(
        p + " pupils", "INVALID_VALUE", "pupils", () -> new StageEnrolment(SchoolStage.PRIMARY, p, 1)));
    Gen<InvalidInput<Object>> tooManyClasses = integers().between(1, 100).map(p -> InvalidInput.of(
        p + " pupils in " + (p + 1) + " classes", "INVALID_VALUE", "classes",
        () -> new StageEnrolment(SchoolStage.PRIMARY, p, p + 1)));
    Gen<InvalidInput<Object>> classesWithoutPupils = integers().between(1, 100).map(c -> InvalidInput.of(
        "no pupils in " + c + " classes", "INVALID_VALUE", "classes", () -> new StageEnrolment(SchoolStage.PRIMARY, 0, c)));
    Gen<InvalidInput<Object>> negativeStaff = Generate.enumValues(StaffRole.class).zip(integers().between(-100, -1),
        (role, n) -> InvalidInput.of(n + " " + role, "INVALID_VALUE", "staff." + role, () -> School.builder().id("S")
            .name("学校").jurisdiction(JurisdictionCode.of("310112")).type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC)
            .boarding(BoardingMode.NONE).boarders(0).addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 100, 3))
            .putStaff(role, n).addCampuses(SchoolGenerators.minimalCampus()).build()));
    return Generate.oneOf(negativePupils, tooManyClasses, classesWithoutPupils, negativeStaff);
  }
}
