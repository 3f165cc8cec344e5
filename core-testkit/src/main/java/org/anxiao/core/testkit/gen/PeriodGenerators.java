package org.anxiao.core.testkit.gen;

import static org.anxiao.core.testkit.gen.ValueGenerators.dates;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.measure.quantity.Area;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.campus.KeyPart;
import org.anxiao.core.campus.KeyPartKind;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.geo.Boundary;
import org.anxiao.core.geo.CoordinateSystem;
import org.anxiao.core.geo.GeoPoint;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Quarter;
import org.anxiao.core.time.Semester;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of reporting periods: calendar years, quarters, months, academic years, semesters and date ranges.
 */
public final class PeriodGenerators {
  private PeriodGenerators() {}

  /** {@return periods of every kind, years 1990–2150} */
  public static Gen<Period> periods() {
    Gen<Integer> years = integers().between(1990, 2150);
    Gen<Period> y = years.map(CalendarYear::new);
    Gen<Period> q = years.zip(integers().between(1, 4), Quarter::new);
    Gen<Period> m = years.zip(integers().between(1, 12), Month::new);
    Gen<Period> ay = years.map(AcademicYear::new);
    Gen<Period> s = years.zip(integers().between(1, 2), (yr, t) -> new Semester(new AcademicYear(yr), t));
    Gen<Period> r = dates().zip(integers().between(1, 800), (d, n) -> new DateRange(d, d.plusDays(n)));
    return Generate.oneOf(y, q, m, ay, s, r);
  }

}
