package org.anxiao.core.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** A school's lookups and totals, the bounds of its counts, and the labels of its vocabularies. */
class SchoolLookupTest {
  private static Campus campus(String id) {
    return Campus.builder().id(id).name("校区 " + id).addBuildings(Building.builder().id("b1").name("1号楼")
        .use(BuildingUse.TEACHING).grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).build()).build();
  }

  private static School.Builder school() {
    return School.builder().id("31011200002").name("闵行区示例九年一贯制学校").jurisdiction(JurisdictionCode.of("310112"))
        .type(SchoolType.NINE_YEAR).ownership(Ownership.PUBLIC).boarding(BoardingMode.NONE)
        .addEnrolment(new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 400, 10))
        .addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 600, 15))
        .addCampuses(campus("north"), campus("south"));
  }

  private static void refused(String field, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(InvalidValueException.CODE, e.errorCode());
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void campusIsFoundByIdAndAbsentForAnUnknownId() {
    School s = school().build();
    assertEquals("south", s.campus("south").orElseThrow().id());
    assertEquals("north", s.campus("north").orElseThrow().id());
    assertEquals(Optional.empty(), s.campus("east"));
  }

  @Test
  void staffTotalAddsEveryRole() {
    School s = school().putStaff(StaffRole.TEACHER, 70).putStaff(StaffRole.SECURITY_GUARD, 6).build();
    assertEquals(76, s.staffTotal());
    assertEquals(0, school().build().staffTotal(), "no staff listed");
  }

  @Test
  void stagesAreThoseWithEnrolment() {
    Set<SchoolStage> stages = school().build().stages();
    assertEquals(EnumSet.of(SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY), stages);
    assertEquals(1000, school().build().pupils());
  }

  @Test
  void staffCountsRunFromZeroToTheCountBound() {
    assertEquals(0, school().putStaff(StaffRole.OTHER, 0).build().staff(StaffRole.OTHER));
    assertEquals(Bounds.MAX_COUNT, school().putStaff(StaffRole.OTHER, Bounds.MAX_COUNT).build().staff(StaffRole.OTHER));
    refused("staff.OTHER", () -> school().putStaff(StaffRole.OTHER, -1).build());
    refused("staff.OTHER", () -> school().putStaff(StaffRole.OTHER, Bounds.MAX_COUNT + 1).build());
  }

  @Test
  void partialBoardingRunsFromOneBoarderToEveryPupil() {
    assertEquals(1, school().boarding(BoardingMode.PARTIAL).boarders(1).build().boarders());
    assertEquals(1000, school().boarding(BoardingMode.PARTIAL).boarders(1000).build().boarders());
    refused("boarders", () -> school().boarding(BoardingMode.PARTIAL).boarders(0).build());
    refused("boarders", () -> school().boarding(BoardingMode.PARTIAL).boarders(1001).build());
  }

  @Test
  void classesAreZeroExactlyWhenPupilsAreAndNeverMoreThanPupils() {
    assertEquals(0, new StageEnrolment(SchoolStage.PRIMARY, 0, 0).classes());
    assertEquals(5, new StageEnrolment(SchoolStage.PRIMARY, 5, 5).classes());
    refused("classes", () -> new StageEnrolment(SchoolStage.PRIMARY, 10, 0));
    refused("classes", () -> new StageEnrolment(SchoolStage.PRIMARY, 0, 1));
    refused("classes", () -> new StageEnrolment(SchoolStage.PRIMARY, 5, 6));
  }

  @Test
  void vocabulariesCarryTheirChineseAndEnglishNames() {
    assertEquals(LocalizedText.of("小学", "primary"), SchoolStage.PRIMARY.label());
    assertEquals(LocalizedText.of("托育", "nursery"), SchoolStage.NURSERY.label());
    assertEquals(LocalizedText.of("九年一贯制学校", "nine-year school"), SchoolType.NINE_YEAR.label());
    assertEquals(LocalizedText.of("完全中学", "complete secondary school"), SchoolType.COMPLETE_SECONDARY.label());
    assertEquals(LocalizedText.of("保安员", "security guard"), StaffRole.SECURITY_GUARD.label());
    assertEquals(LocalizedText.of("心理健康教育教师", "mental-health teacher"), StaffRole.MENTAL_HEALTH_TEACHER.label());
    for (SchoolType t : SchoolType.values()) {
      assertTrue(!t.label().zh().isBlank() && !t.label().en().isBlank(), t::name);
    }
  }

  @Test
  void anEnglishNameWhenGivenIsNotBlank() {
    assertEquals(java.util.Optional.of("Minhang Nine-Year School"),
        school().nameEn("Minhang Nine-Year School").build().nameEn());
    refused("nameEn", () -> school().nameEn(" ").build());
  }

  @Test
  void fullBoardingNeedsPupils() {
    School.Builder empty = School.builder().id("31011200003").name("闵行区示例寄宿学校")
        .jurisdiction(JurisdictionCode.of("310112")).type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC)
        .addCampuses(campus("main"));
    assertEquals(0, empty.boarding(BoardingMode.NONE).build().pupils(), "a school without pupils is a school");
    refused("boarders", () -> empty.boarding(BoardingMode.FULL).boarders(0).build());
  }
}
