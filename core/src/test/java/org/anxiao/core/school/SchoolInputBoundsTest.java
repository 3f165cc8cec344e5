package org.anxiao.core.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Counts, ids and collections of a school are bounded; nulls are missing values named by index. */
class SchoolInputBoundsTest {
  private static <E extends AnxiaoException> E refused(Class<E> type, String field, Executable call) {
    E e = assertThrows(type, call);
    assertEquals(field, e.field().orElse(null), e::getMessage);
    return e;
  }

  private static School.Builder school() {
    return School.builder().id("S1").name("示例学校").jurisdiction(JurisdictionCode.of("310112"))
        .type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC).boarding(BoardingMode.NONE)
        .addCampuses(Campus.builder().id("main").name("本部").build());
  }

  @Test
  void countsAboveTheBoundAreRefused() {
    InvalidValueException pupils = refused(InvalidValueException.class, "pupils",
        () -> new StageEnrolment(SchoolStage.PRIMARY, Integer.MAX_VALUE, 1));
    assertEquals(Integer.toString(Integer.MAX_VALUE), pupils.value().orElseThrow());
    refused(InvalidValueException.class, "staff.TEACHER", () -> school().putStaff(StaffRole.TEACHER, Integer.MAX_VALUE).build());
    refused(InvalidValueException.class, "storeysAboveGround", () -> Building.builder().id("B").name("楼")
        .use(BuildingUse.TEACHING).grossFloorArea(AnxiaoUnits.of("100", AnxiaoUnits.SQUARE_METER))
        .storeysAboveGround(Integer.MAX_VALUE).build());
    refused(InvalidValueException.class, "grossFloorArea", () -> Building.builder().id("B").name("楼")
        .use(BuildingUse.TEACHING).grossFloorArea(AnxiaoUnits.of(new java.math.BigDecimal("1E-40"), AnxiaoUnits.SQUARE_METER))
        .build());
  }

  @Test
  void idsRefuseControlCharacters() {
    InvalidValueException e = refused(InvalidValueException.class, "id", () -> school().id("S\u00001").build());
    assertTrue(e.getMessage().contains("U+0000"), e::getMessage);
  }

  @Test
  void staffOfNullIsAMissingValue() {
    refused(MissingValueException.class, "role", () -> school().build().staff(null));
  }

  @Test
  void builderRefusesNullCollectionsAndElements() {
    refused(MissingValueException.class, "campuses", () -> School.builder().addAllCampuses(null));
    refused(MissingValueException.class, "staff", () -> School.builder().putAllStaff(null));
    Map<StaffRole, Integer> staff = new HashMap<>();
    staff.put(StaffRole.TEACHER, null);
    refused(MissingValueException.class, "staff.TEACHER", () -> School.builder().staff(staff));
    List<StageEnrolment> enrolment = new ArrayList<>();
    enrolment.add(new StageEnrolment(SchoolStage.PRIMARY, 10, 1));
    enrolment.add(null);
    refused(MissingValueException.class, "enrolment[1]", () -> School.builder().addAllEnrolment(enrolment));
    refused(MissingValueException.class, "buildings", () -> Campus.builder().addAllBuildings(null));
  }
}
