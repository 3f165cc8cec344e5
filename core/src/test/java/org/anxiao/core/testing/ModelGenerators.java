package org.anxiao.core.testing;

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
 * QuickTheories generators of valid core model values, shared with the domain modules' tests
 * through the core test-jar.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> WORDS = List.of("东", "西", "南", "北", "明德", "实验", "第一", "闵行", "Lishui",
      "north", "A'b", "\"quoted\"", "emoji 🏫", "tab\tand\nnewline", "a/b~c");

  /** Short non-blank ids. */
  public static Gen<String> ids() {
    return integers().between(1, 99_999).map(i -> "id-" + i);
  }

  /** Non-blank texts with awkward characters. */
  public static Gen<String> texts() {
    return Generate.pick(WORDS).zip(integers().between(0, 999), (w, n) -> w + n);
  }

  /** One-line texts (codes, keys, text parameters): {@link #texts()} with tabs and line breaks as spaces. */
  public static Gen<String> lines() {
    return texts().map(t -> t.replace('\t', ' ').replace('\n', ' '));
  }

  public static Gen<LocalizedText> localizedTexts() {
    return texts().zip(texts(), LocalizedText::of);
  }

  /** Decimals with 0–4 decimals, from −10⁹ to 10⁹. */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (v, s) -> BigDecimal.valueOf(v, s));
  }

  /** Decimals greater than zero. */
  public static Gen<BigDecimal> positiveDecimals() {
    return longs().between(1, 100_000_000L).zip(integers().between(0, 3), (v, s) -> BigDecimal.valueOf(v, s));
  }

  public static Gen<LocalDate> dates() {
    return integers().between(0, 200 * 365).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  public static Gen<JurisdictionCode> jurisdictions() {
    return Generate.pick(List.of("CN", "310000", "310112", "310115", "330000", "331100", "331102", "370000", "370200"))
        .map(JurisdictionCode::of);
  }

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

  public static Gen<Citation> citations() {
    Gen<Optional<String>> optText = texts().toOptionals(50);
    Gen<Optional<String>> clauses = Generate.pick(List.of("第七十三条", "4.2", "三(一)8", "附录A")).toOptionals(50);
    return texts().zip(texts(), optText, clauses, (issuer, doc, title, clause) ->
        new Citation(issuer, doc, title, clause, 2021, Optional.empty()))
        .zip(booleans().all(), (c, url) -> url
            ? new Citation(c.issuer(), c.document(), c.title(), c.clause(), c.year(), Optional.of("https://example.org/" + c.year()))
            : c);
  }

  public static Gen<Building> buildings() {
    return ids().zip(Generate.enumValues(BuildingUse.class), positiveDecimals(), integers().between(1, 30),
        (id, use, area, storeys) -> Building.builder().id(id).name("楼" + id).use(use)
            .grossFloorArea(AnxiaoUnits.of(area, AnxiaoUnits.SQUARE_METER)).storeysAboveGround(storeys))
        .zip(integers().between(1900, 2030).toOptionals(30), booleans().all().toOptionals(50), (b, year, crowded) ->
            b.yearBuilt(year).crowdedPlace(crowded).build());
  }

  public static Gen<Gate> gates() {
    return ids().zip(Generate.enumValues(GateKind.class), booleans().all(), booleans().all(),
        (id, kind, peak, night) -> new Gate(id, "门" + id, kind, peak, night));
  }

  public static Gen<Boundary> boundaries() {
    return Generate.enumValues(CoordinateSystem.class).zip(integers().between(-8000, 8000), integers().between(-17000, 17000),
        (crs, lat, lon) -> new Boundary(List.of(
            new GeoPoint(lat / 100.0, lon / 100.0, crs),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0, crs),
            new GeoPoint(lat / 100.0 + 0.001, lon / 100.0 + 0.001, crs),
            new GeoPoint(lat / 100.0, lon / 100.0 + 0.001, crs))));
  }

  public static Gen<Campus> campuses() {
    return ids().zip(lists().of(buildings()).ofSizeBetween(0, 4), lists().of(gates()).ofSizeBetween(0, 3),
        boundaries().toOptionals(30), (id, buildings, gates, boundary) -> {
          Campus.Builder b = Campus.builder().id(id).name("校区" + id).boundary(boundary);
          distinct(buildings, Building::id).forEach(b::addBuildings);
          distinct(gates, Gate::id).forEach(b::addGates);
          List<Building> kept = distinct(buildings, Building::id);
          if (!kept.isEmpty()) {
            b.addKeyParts(new KeyPart("kp-1", "实验室", KeyPartKind.LABORATORY, Optional.of(kept.get(0).id())));
          }
          b.addKeyParts(new KeyPart("kp-2", "配电房", KeyPartKind.POWER_SUPPLY, Optional.empty()));
          return b.address(Optional.of("上海市闵行区某路" + id)).build();
        });
  }

  private static <T> List<T> distinct(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    items.forEach(i -> m.putIfAbsent(id.apply(i), i));
    return new ArrayList<>(m.values());
  }

  public static Gen<School> schools() {
    Gen<SchoolType> types = Generate.enumValues(SchoolType.class);
    return types.zip(integers().between(1, 3000), integers().between(0, 100), campuses(), (type, pupils, boarderPct, campus) -> {
      SchoolStage stage = type.stages().stream().sorted().findFirst().orElseThrow();
      int classes = Math.max(1, pupils / 40);
      int boarders = pupils * boarderPct / 100;
      BoardingMode mode = boarders == 0 ? BoardingMode.NONE : boarders == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL;
      return School.builder().id("S" + pupils).name("示例学校" + pupils).nameEn(Optional.of("Sample school " + pupils))
          .jurisdiction(JurisdictionCode.of("310112")).type(type).ownership(Ownership.PUBLIC)
          .boarding(mode).boarders(boarders)
          .addEnrolment(new StageEnrolment(stage, pupils, classes))
          .putStaff(StaffRole.TEACHER, pupils / 15).putStaff(StaffRole.SECURITY_GUARD, 4)
          .addCampuses(campus).build();
    });
  }

  public static Gen<Parameter> parameters() {
    Gen<Optional<String>> clause = Generate.pick(List.of("第七十三条", "4.2", "三(一)8")).toOptionals(50);
    Gen<Optional<Verification>> ver = Generate.enumValues(Verification.class).toOptionals(50);
    Gen<Parameter> dec = decimals().zip(clause, ver, (v, c, vr) -> new Parameter.Decimal(v, Optional.of("kgce/kWh"), c, vr, Optional.empty()));
    Gen<Parameter> whole = longs().between(-1000, 1000).zip(clause, (v, c) -> new Parameter.WholeNumber(v, Optional.empty(), c, Optional.empty(), Optional.empty()));
    Gen<Parameter> flag = booleans().all().zip(ver, (v, vr) -> new Parameter.Flag(v, Optional.empty(), vr, Optional.of(LocalizedText.of("较安全的读法", "safer reading"))));
    Gen<Parameter> text = lines().map(t -> new Parameter.Text(t, Optional.empty(), Optional.empty(), Optional.empty()));
    Gen<Parameter> list = lists().of(lines()).ofSizeBetween(0, 4).map(l -> new Parameter.TextList(l, Optional.empty(), Optional.empty(), Optional.empty()));
    Gen<Parameter> table = lists().of(decimals()).ofSizeBetween(1, 4).map(vals -> {
      Map<String, DecimalEntry> rows = new LinkedHashMap<>();
      for (int i = 0; i < vals.size(); i++) {
        rows.put("row" + i, new DecimalEntry(vals.get(i), Optional.empty(), i == 0 ? Optional.of(Verification.UNVERIFIED) : Optional.empty()));
      }
      return new Parameter.DecimalTable(rows, Optional.of("kgCO2/kWh"), Optional.empty(), Optional.empty(), Optional.empty());
    });
    Gen<Parameter> structure = integers().between(0, 100).map(n -> new Parameter.Structure(
        "{\"n\":" + n + ",\"label\":\"x" + n + "\"}",
        Optional.empty(), Optional.empty(), Optional.empty()));
    return Generate.oneOf(dec, whole, flag, text, list, table, structure);
  }

  public static Gen<RulePack> rulePacks() {
    return integers().between(1, 500).zip(jurisdictions(), dates(), integers().between(0, 3000).toOptionals(50),
        (n, j, from, days) -> RulePack.builder().id("test.pack-" + n).version(PackVersion.of("1." + (n % 7)))
            .kind("anxiao.test.kind" + (n % 3)).title(LocalizedText.of("测试规则包" + n, "test pack " + n))
            .jurisdiction(j).validFrom(from).validTo(days.map(from::plusDays))
            .source(new Citation("测试机关", "测〔2024〕" + n + "号", Optional.empty(), Optional.empty(), 2024, Optional.empty()))
            .verification(Verification.values()[n % 3]))
        .zip(lists().of(parameters()).ofSizeBetween(0, 5), (b, params) -> {
          for (int i = 0; i < params.size(); i++) {
            b.putParameters("p" + i, params.get(i));
          }
          return b.build();
        });
  }

  public static Gen<AppliedRule> appliedRules() {
    return citations().zip(decimals(), Generate.enumValues(Verification.class),
        (c, v, ver) -> new AppliedRule(PackRef.of("test.pack", "1.0"), "p0", v.toPlainString(), Optional.of("m2"), ver, c));
  }

  public static Gen<Finding> findings() {
    return Generate.enumValues(Severity.class).zip(decimals(), decimals(), localizedTexts(),
        (sev, measured, required, msg) -> Finding.builder().code(FindingCode.of("CORE.TEST.SAMPLE"))
            .severity(sev).subject(Subject.of(SubjectKind.SCHOOL, "S1"))
            .measured(new Measure(measured, "kWh")).required(new Measure(required, "kWh"))
            .comparison(Comparison.AT_MOST).message(msg))
        .zip(lists().of(appliedRules()).ofSizeBetween(0, 2), (b, rules) -> b.addAllRules(rules).build());
  }

  public static Gen<Assessment> assessments() {
    return lists().of(findings()).ofSizeBetween(0, 3).zip(periods().toOptionals(70), longs().between(0, 4_000_000_000L),
        (fs, period, secs) -> {
          List<AppliedRule> used = new ArrayList<>();
          fs.forEach(f -> used.addAll(f.rules()));
          return Assessment.builder().calculator("anxiao.test.calculator").subject(Subject.of(SubjectKind.SCHOOL, "S1"))
              .period(period).assessedAt(Instant.ofEpochSecond(secs, 123_000_000))
              .inputsDigest("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
              .addAllPacks(used.stream().map(AppliedRule::pack).distinct().toList())
              .addAllRulesApplied(used).addAllFindings(fs).build();
        });
  }

  /** Checklists of one to three sections, with optional weights, veto items and grade bands. */
  public static Gen<org.anxiao.core.scorecard.Checklist> checklists() {
    Gen<org.anxiao.core.scorecard.ChecklistItem> items = integers().between(1, 100_000).zip(integers().between(1, 20),
        integers().between(0, 3), booleans().all(), (n, max, w, veto) -> new org.anxiao.core.scorecard.ChecklistItem(
            "i" + n, LocalizedText.of("项目" + n, "item " + n), BigDecimal.valueOf(max),
            w == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(w * 5L, 1)), veto && n % 3 == 0,
            n % 2 == 0 ? Optional.of("第" + n + "条") : Optional.empty()));
    Gen<List<org.anxiao.core.scorecard.ChecklistSection>> sections = lists().of(lists().of(items).ofSizeBetween(1, 4))
        .ofSizeBetween(1, 3).map(groups -> {
          List<org.anxiao.core.scorecard.ChecklistSection> out = new ArrayList<>();
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (int g = 0; g < groups.size(); g++) {
            List<org.anxiao.core.scorecard.ChecklistItem> unique = new ArrayList<>();
            groups.get(g).stream().filter(i -> seen.add(i.id())).forEach(unique::add);
            if (!unique.isEmpty()) {
              out.add(new org.anxiao.core.scorecard.ChecklistSection("s" + g, LocalizedText.of("板块" + g, "section " + g),
                  g == 0 ? Optional.of(BigDecimal.valueOf(40)) : Optional.empty(), unique));
            }
          }
          return out;
        });
    return sections.zip(booleans().all(), (secs, veto) -> org.anxiao.core.scorecard.Checklist.builder()
        .id("test.checklist").title(LocalizedText.of("测试表", "test sheet")).sections(secs)
        .addGrades(new org.anxiao.core.scorecard.GradeBand("FAIL", LocalizedText.of("不合格", "fail"), BigDecimal.ZERO))
        .addGrades(new org.anxiao.core.scorecard.GradeBand("PASS", LocalizedText.of("合格", "pass"), new BigDecimal("0.5")))
        .vetoGrade(veto ? Optional.of("FAIL") : Optional.empty())
        .build());
  }

  /** Scorecards: a generated checklist scored with every item at a fraction of its maximum. */
  public static Gen<org.anxiao.core.scorecard.Scorecard> scorecards() {
    return checklists().zip(integers().between(0, 10), (c, tenths) -> {
      List<org.anxiao.core.scorecard.ItemResponse> rs = new ArrayList<>();
      for (org.anxiao.core.scorecard.ChecklistSection s : c.sections()) {
        for (org.anxiao.core.scorecard.ChecklistItem i : s.items()) {
          rs.add(i.veto() && tenths == 0 ? org.anxiao.core.scorecard.ItemResponse.vetoed(i.id(), "事故")
              : org.anxiao.core.scorecard.ItemResponse.scored(i.id(),
                  i.maxScore().multiply(BigDecimal.valueOf(tenths, 1)).toPlainString()));
        }
      }
      return org.anxiao.core.scorecard.Scorecards.score(c, Subject.of(SubjectKind.SCHOOL, "S1"), rs);
    });
  }

  public static Gen<Money> money() {
    return longs().between(-10_000_000_00L, 10_000_000_00L).map(v -> Money.ofYuan(BigDecimal.valueOf(v, 2)));
  }

  /** A quantity of floor area in a random but compatible unit. */
  public static Gen<javax.measure.Quantity<Area>> areas() {
    return positiveDecimals().map(v -> AnxiaoUnits.of(v, AnxiaoUnits.SQUARE_METER));
  }
}
