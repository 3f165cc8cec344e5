package org.anxiao.core.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.campus.KeyPart;
import org.anxiao.core.campus.KeyPartKind;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

class SchoolTest {
  private static Building.Builder teaching() {
    return Building.builder().id("b1").name("1号教学楼").use(BuildingUse.TEACHING)
        .grossFloorArea(AnxiaoUnits.of("5230.5", AnxiaoUnits.SQUARE_METER));
  }

  private static Campus campus() {
    return Campus.builder().id("main").name("本部").addBuildings(teaching().build())
        .addGates(new Gate("east", "东门", GateKind.MAIN, true, true)).build();
  }

  private static School.Builder school() {
    return School.builder().id("31011200001").name("闵行区示例小学").jurisdiction(JurisdictionCode.of("310112"))
        .type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC).boarding(BoardingMode.NONE)
        .addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 960, 24)).addCampuses(campus());
  }

  @Test
  void validSchoolDerivesTotals() {
    School s = school().putStaff(StaffRole.SECURITY_GUARD, 6).build();
    assertEquals(960, s.pupils());
    assertEquals(24, s.classes());
    assertEquals(6, s.staff(StaffRole.SECURITY_GUARD));
    assertEquals(0, s.staff(StaffRole.HEALTH_TEACHER));
    assertEquals(5230.5, s.campuses().get(0).grossFloorAreaSquareMetres());
  }

  @Test
  void nanNegativeAndZeroFloorAreaNameTheField() {
    for (Object bad : new Object[] {Double.NaN, -1.0, 0}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> teaching().grossFloorArea(AnxiaoUnits.of(bad instanceof Double d ? d : 0, AnxiaoUnits.SQUARE_METER)).build());
      assertTrue(e.field().orElseThrow().equals("grossFloorArea") || e.field().orElseThrow().equals("value"), e.getMessage());
    }
  }

  @Test
  void floorAreaInTheWrongUnitIsRejected() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    javax.measure.Quantity<javax.measure.quantity.Area> wrong =
        (javax.measure.Quantity) AnxiaoUnits.of("100", AnxiaoUnits.KILOWATT_HOUR);
    UnitMismatchException e = assertThrows(UnitMismatchException.class, () -> teaching().grossFloorArea(wrong).build());
    assertEquals("grossFloorArea", e.field().orElseThrow());
  }

  @Test
  void missingAttributesAreNamed() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Building.builder().id("b1").use(BuildingUse.TEACHING).build());
    assertTrue(e.field().orElseThrow().contains("name"), e.getMessage());
    assertTrue(e.field().orElseThrow().contains("grossFloorArea"), e.getMessage());
    assertThrows(MissingValueException.class, () -> Building.builder().id(null));
  }

  @Test
  void enrolmentMustFitTheSchoolType() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> school().addEnrolment(new StageEnrolment(SchoolStage.SENIOR_SECONDARY, 10, 1)).build());
    assertEquals("enrolment[1].stage", e.field().orElseThrow());
    assertThrows(InvalidValueException.class,
        () -> school().addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 10, 1)).build(), "stage twice");
    assertThrows(InvalidValueException.class, () -> new StageEnrolment(SchoolStage.PRIMARY, -1, 0));
    assertThrows(InvalidValueException.class, () -> new StageEnrolment(SchoolStage.PRIMARY, 10, 0));
    School nine = school().type(SchoolType.NINE_YEAR)
        .addEnrolment(new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 400, 10)).build();
    assertEquals(1360, nine.pupils());
  }

  @Test
  void boardingMustBeConsistent() {
    assertEquals("boarders", assertThrows(InvalidValueException.class,
        () -> school().boarders(5).build()).field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> school().boarding(BoardingMode.PARTIAL).build(), "no boarders");
    assertThrows(InvalidValueException.class, () -> school().boarding(BoardingMode.PARTIAL).boarders(961).build());
    assertThrows(InvalidValueException.class, () -> school().boarding(BoardingMode.FULL).boarders(900).build());
    assertEquals(960, school().boarding(BoardingMode.FULL).boarders(960).build().boarders());
  }

  @Test
  void staffCountsCannotBeNegative() {
    assertEquals("staff.SECURITY_GUARD", assertThrows(InvalidValueException.class,
        () -> school().putStaff(StaffRole.SECURITY_GUARD, -2).build()).field().orElseThrow());
  }

  @Test
  void campusIdsAndReferencesAreChecked() {
    assertThrows(InvalidValueException.class, () -> school().addCampuses(campus()).build(), "duplicate campus");
    assertThrows(InvalidValueException.class, () -> school().campuses(List.of()).build(), "no campus");
    assertThrows(InvalidValueException.class, () -> Campus.builder().from(campus()).addBuildings(teaching().build()).build());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Campus.builder().from(campus())
        .addKeyParts(new KeyPart("kp", "实验室", KeyPartKind.LABORATORY, Optional.of("nowhere"))).build());
    assertEquals("keyParts[0].buildingId", e.field().orElseThrow());
  }

  @Test
  void boundariesKeepOneCoordinateSystem() {
    GeoPoint a = new GeoPoint(31.1, 121.4, CoordinateSystem.GCJ02);
    GeoPoint b = new GeoPoint(31.1, 121.5, CoordinateSystem.GCJ02);
    GeoPoint c = new GeoPoint(31.2, 121.5, CoordinateSystem.WGS84);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Boundary(List.of(a, b, c)));
    assertEquals("vertices[2].system", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> new Boundary(List.of(a, b, a)), "two distinct vertices");
    assertEquals(3, new Boundary(List.of(a, b, new GeoPoint(31.2, 121.5, CoordinateSystem.GCJ02), a)).vertices().size(),
        "closing vertex dropped");
    assertThrows(InvalidValueException.class, () -> new GeoPoint(91, 0, CoordinateSystem.WGS84));
    assertThrows(InvalidValueException.class, () -> new GeoPoint(Double.NaN, 0, CoordinateSystem.WGS84));
  }

  @Test
  void valuesAreImmutable() {
    School s = school().build();
    assertThrows(UnsupportedOperationException.class, () -> s.campuses().add(campus()));
    assertThrows(UnsupportedOperationException.class, () -> s.staff().put(StaffRole.OTHER, 1));
  }
}
