package org.anxiao.core.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/** The school builder refuses a null element naming the attribute and its index, and keeps elements in order. */
class SchoolBuilderNullsTest {
  private static final StageEnrolment PRIMARY = new StageEnrolment(SchoolStage.PRIMARY, 600, 15);
  private static final StageEnrolment JUNIOR = new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 400, 10);
  private static final Campus NORTH = Campus.builder().id("north").name("北校区").build();
  private static final Campus SOUTH = Campus.builder().id("south").name("南校区").build();

  private static void namesElement(String field, Runnable call) {
    MissingValueException e = assertThrows(MissingValueException.class, call::run);
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void aNullElementIsNamedByItsIndex() {
    namesElement("enrolment[1]", () -> School.builder().addEnrolment(PRIMARY, null));
    namesElement("enrolment[1]", () -> School.builder().enrolment(Arrays.asList(PRIMARY, null)));
    namesElement("enrolment[2]", () -> School.builder().addAllEnrolment(Arrays.asList(PRIMARY, JUNIOR, null)));
    namesElement("campuses[1]", () -> School.builder().addCampuses(NORTH, null));
    namesElement("campuses[1]", () -> School.builder().campuses(Arrays.asList(NORTH, null)));
    namesElement("campuses[1]", () -> School.builder().addAllCampuses(Arrays.asList(NORTH, null)));
  }

  @Test
  void everyWayOfAddingElementsKeepsThemInOrder() {
    School a = School.builder().id("s1").name("示例学校").jurisdiction(JurisdictionCode.of("310112"))
        .type(SchoolType.NINE_YEAR).ownership(Ownership.PUBLIC).boarding(BoardingMode.NONE)
        .addEnrolment(JUNIOR, PRIMARY).addCampuses(SOUTH, NORTH).build();
    assertEquals(List.of(JUNIOR, PRIMARY), a.enrolment());
    assertEquals(List.of(SOUTH, NORTH), a.campuses());
    School b = School.builder().from(a).enrolment(List.of(JUNIOR, PRIMARY)).campuses(List.of(SOUTH, NORTH)).build();
    assertEquals(a, b);
  }
}
