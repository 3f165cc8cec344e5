package org.anxiao.core.testkit.gen;

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
 * Generators of core's plain values: ids, texts, bilingual texts, decimals, dates, jurisdiction codes, money and areas.
 */
public final class ValueGenerators {
  private ValueGenerators() {}

  private static final List<String> WORDS = List.of("东", "西", "南", "北", "明德", "实验", "第一", "闵行", "Lishui",
      "north", "A'b", "\"quoted\"", "emoji 🏫", "tab\tand\nnewline", "a/b~c");

  /** {@return short non-blank ids} */
  public static Gen<String> ids() {
    return integers().between(1, 99_999).map(i -> "id-" + i);
  }

  /** {@return non-blank texts with awkward characters} */
  public static Gen<String> texts() {
    return Generate.pick(WORDS).zip(integers().between(0, 999), (w, n) -> w + n);
  }

  /** {@return one-line texts (codes, keys, text parameters): {@link #texts()} with tabs and line breaks as spaces} */
  public static Gen<String> lines() {
    return texts().map(t -> t.replace('\t', ' ').replace('\n', ' '));
  }

  /** {@return bilingual texts (zh-CN and en) from {@link #texts()}} */
  public static Gen<LocalizedText> localizedTexts() {
    return texts().zip(texts(), LocalizedText::of);
  }

  /** {@return decimals with 0–4 decimals, from −10⁹ to 10⁹} */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (v, s) -> BigDecimal.valueOf(v, s));
  }

  /** {@return decimals greater than zero} */
  public static Gen<BigDecimal> positiveDecimals() {
    return longs().between(1, 100_000_000L).zip(integers().between(0, 3), (v, s) -> BigDecimal.valueOf(v, s));
  }

  /** {@return dates from 1950-01-01 over 200 years} */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 200 * 365).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  /** {@return administrative-division codes of core's table: the country, provinces, cities and districts} */
  public static Gen<JurisdictionCode> jurisdictions() {
    return Generate.pick(List.of("CN", "310000", "310112", "310115", "330000", "331100", "331102", "370000", "370200"))
        .map(JurisdictionCode::of);
  }


  /** {@return money in yuan with fen, from −10⁷ to 10⁷ yuan} */
  public static Gen<Money> money() {
    return longs().between(-10_000_000_00L, 10_000_000_00L).map(v -> Money.ofYuan(BigDecimal.valueOf(v, 2)));
  }

  /** {@return a quantity of floor area in a random but compatible unit} */
  public static Gen<javax.measure.Quantity<Area>> areas() {
    return positiveDecimals().map(v -> AnxiaoUnits.of(v, AnxiaoUnits.SQUARE_METER));
  }
}
