package org.anxiao.logistics.greening;

import static org.anxiao.logistics.greening.GreeningFixtures.campus;
import static org.anxiao.logistics.greening.GreeningFixtures.dec;
import static org.anxiao.logistics.greening.GreeningFixtures.m2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** The greening records refuse bad input at construction, naming the field. */
class GreeningRecordsTest {

  private static String field(AnxiaoException e) {
    return e.field().orElse("");
  }

  @Test
  void aPartLargerThanTheSiteIsRefusedNamingIt() {
    assertEquals("greenSpace", field(assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "1000", "1000.01", "0", "0", "0"))));
    assertEquals("greenCover", field(assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "1000", "0", "1001", "0", "0"))));
    assertEquals("roofGreening", field(assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "1000", "0", "0", "2000", "0"))));
    InvalidValueException vertical = assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "1000", "0", "0", "0", "1000.5"));
    assertEquals("verticalGreening", field(vertical));
    assertTrue(vertical.getMessage().contains("1000"), vertical.getMessage());
    // Exactly the site area is allowed.
    CampusGreening all = campus(CampusStatus.NEW, "1000", "1000", "1000", "1000", "1000");
    assertEquals(0, dec("1000").compareTo(all.verticalSquareMetres()));
  }

  @Test
  void anAreaInTheWrongUnitIsAUnitMismatch() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Quantity<Area> mass = (Quantity) AnxiaoUnits.of(dec("5"), AnxiaoUnits.KILOGRAM_MASS);
    assertEquals("siteArea", field(assertThrows(UnitMismatchException.class,
        () -> CampusGreening.of("s", "c", CampusStatus.NEW, mass, m2("0"), m2("0"), m2("0"), m2("0")))));
    assertEquals("greenSpace", field(assertThrows(UnitMismatchException.class,
        () -> CampusGreening.of("s", "c", CampusStatus.NEW, m2("10"), mass, m2("0"), m2("0"), m2("0")))));
    assertEquals("greenCover", field(assertThrows(UnitMismatchException.class,
        () -> CampusGreening.of("s", "c", CampusStatus.NEW, m2("10"), m2("0"), mass, m2("0"), m2("0")))));
    assertEquals("roofGreening", field(assertThrows(UnitMismatchException.class,
        () -> CampusGreening.of("s", "c", CampusStatus.NEW, m2("10"), m2("0"), m2("0"), mass, m2("0")))));
    assertEquals("verticalGreening", field(assertThrows(UnitMismatchException.class,
        () -> CampusGreening.of("s", "c", CampusStatus.NEW, m2("10"), m2("0"), m2("0"), m2("0"), mass))));
  }

  @Test
  void aNegativeAreaIsRefused() {
    assertEquals("siteArea", field(assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "-1", "0", "0", "0", "0"))));
    assertEquals("greenSpace", field(assertThrows(InvalidValueException.class,
        () -> campus(CampusStatus.NEW, "10", "-0.01", "0", "0", "0"))));
    assertEquals("campusId", field(assertThrows(InvalidValueException.class,
        () -> CampusGreening.of("s", " ", CampusStatus.NEW, m2("1"), m2("0"), m2("0"), m2("0"), m2("0")))));
    assertEquals("schoolId", field(assertThrows(InvalidValueException.class,
        () -> CampusGreening.of("", "c", CampusStatus.NEW, m2("1"), m2("0"), m2("0"), m2("0"), m2("0")))));
    assertEquals("schemaVersion", field(assertThrows(AnxiaoException.class, () -> new CampusGreening("2.0", "s", "c",
        CampusStatus.NEW, m2("1"), m2("0"), m2("0"), m2("0"), m2("0")))));
  }

  @Test
  void aCountedAreaIsItsTermsAndItsFactorsAreShares() {
    CountedArea a = CountedArea.of(dec("100"), dec("40"), dec("0.5"), dec("10"), dec("0.2"));
    // 100 + 40 × 0.5 + 10 × 0.2 = 100 + 20 + 2 = 122.
    assertEquals(0, dec("122").compareTo(a.counted()));
    assertEquals("counted", field(assertThrows(InvalidValueException.class,
        () -> new CountedArea(dec("100"), dec("40"), dec("0.5"), dec("10"), dec("0.2"), dec("121")))));
    assertEquals("roofFactor", field(assertThrows(InvalidValueException.class,
        () -> CountedArea.of(dec("1"), dec("1"), dec("1.01"), dec("0"), dec("0")))));
    assertEquals("verticalFactor", field(assertThrows(InvalidValueException.class,
        () -> CountedArea.of(dec("1"), dec("1"), dec("0"), dec("0"), dec("-0.1")))));
    assertEquals(0, dec("2").compareTo(CountedArea.of(dec("1"), dec("1"), dec("1"), dec("0"), dec("0")).counted()));
  }

  @Test
  void anAssessmentKeepsItsRatiosInZeroToOne() {
    CampusGreening c = campus(CampusStatus.NEW, "10", "1", "1", "0", "0");
    CountedArea area = CountedArea.of(dec("1"), dec("0"), dec("0"), dec("0"), dec("0"));
    Subject s = Subject.of(SubjectKind.CAMPUS, "main");
    assertEquals("coverage", field(assertThrows(InvalidValueException.class, () -> new GreeningResult(s, c, area,
        area, Optional.of(dec("1.0001")), Optional.empty(), null, null, List.of(), List.of(), List.of()))));
    assertEquals("greenSpaceRatio", field(assertThrows(InvalidValueException.class, () -> new GreeningResult(s, c,
        area, area, Optional.empty(), Optional.of(dec("-0.0001")), null, null, List.of(), List.of(), List.of()))));
    GreeningResult ok = new GreeningResult(s, c, area, area, null, null, null, null, List.of(), List.of(),
        List.of());
    assertEquals(Optional.empty(), ok.coverage());
    assertEquals(Optional.empty(), ok.greenSpaceMet());
    assertEquals(c, ok.inputs());
  }

  @Test
  void theStatusHasBilingualLabels() {
    assertEquals("新建学校", CampusStatus.NEW.label().zh());
    assertEquals("existing school", CampusStatus.EXISTING.label().en());
  }
}
