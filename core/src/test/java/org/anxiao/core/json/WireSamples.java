package org.anxiao.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.DecimalEntry;
import org.anxiao.core.rule.PackIndex;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ChecklistItem;
import org.anxiao.core.scorecard.ChecklistSection;
import org.anxiao.core.scorecard.Deduction;
import org.anxiao.core.scorecard.GradeBand;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.scorecard.Scorecard;
import org.anxiao.core.scorecard.Scorecards;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.Semester;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * Instances of every document type for the wire-format tests: a full one with every optional value
 * set, and a minimal one with only what the model requires. The figures are test data, not rules.
 */
final class WireSamples {
  static final DocumentType<JurisdictionTable> JURISDICTION_TABLE = JurisdictionTable.DOCUMENT;
  static final DocumentType<PackIndex> PACK_INDEX = PackIndex.DOCUMENT;

  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final PackRef PACK = PackRef.of("test.minhang.guard-staffing", "2022.1");
  static final Subject SCHOOL_SUBJECT = Subject.of(SubjectKind.SCHOOL, "3131011201");

  private WireSamples() {}

  static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  static Citation fullCitation() {
    return new Citation("闵行区教育局", "闵教〔2022〕1号（测试）", Optional.of("校园安全专项整治工作实施方案（测试数据）"),
        Optional.of("四(一)8"), 2022, Optional.of("https://example.org/minhang/2022-1"));
  }

  static Citation minimalCitation() {
    return Citation.of("全国人民代表大会常务委员会", "中华人民共和国消防法", 2021);
  }

  // ---- school ----

  static Building fullBuilding() {
    return Building.builder()
        .id("B1")
        .name("1号教学楼")
        .use(BuildingUse.TEACHING)
        .grossFloorArea(AnxiaoUnits.of("8650.50", AnxiaoUnits.SQUARE_METER))
        .yearBuilt(2008)
        .storeysAboveGround(5)
        .storeysBelowGround(1)
        .crowdedPlace(true)
        .build();
  }

  static Building minimalBuilding() {
    return Building.builder()
        .id("B2")
        .name("学生宿舍")
        .use(BuildingUse.DORMITORY)
        .grossFloorArea(AnxiaoUnits.of("3200", AnxiaoUnits.SQUARE_METER))
        .build();
  }

  static Boundary boundary() {
    return new Boundary(List.of(
        new GeoPoint(31.0123, 121.3801, CoordinateSystem.GCJ02),
        new GeoPoint(31.0131, 121.3822, CoordinateSystem.GCJ02),
        new GeoPoint(31.0109, 121.3830, CoordinateSystem.GCJ02),
        new GeoPoint(31.0101, 121.3807, CoordinateSystem.GCJ02)));
  }

  static Campus fullCampus() {
    return Campus.builder()
        .id("main")
        .name("本部")
        .address("上海市闵行区示例路1号")
        .boundary(boundary())
        .addGates(new Gate("east", "东门", GateKind.MAIN, true, true))
        .addGates(new Gate("north", "北门", GateKind.VEHICLE, false, false))
        .addBuildings(fullBuilding(), minimalBuilding())
        .addKeyParts(new KeyPart("K1", "学生宿舍", KeyPartKind.DORMITORY, Optional.of("B2")))
        .addKeyParts(new KeyPart("K2", "燃气调压箱", KeyPartKind.GAS_FACILITY, Optional.empty()))
        .build();
  }

  static Campus minimalCampus() {
    return Campus.builder().id("west").name("西校区").build();
  }

  static School fullSchool() {
    return School.builder()
        .id("3131011201")
        .name("闵行区示例学校")
        .nameEn("Minhang Example School")
        .jurisdiction(MINHANG)
        .type(SchoolType.NINE_YEAR)
        .ownership(Ownership.PUBLIC)
        .boarding(BoardingMode.PARTIAL)
        .boarders(120)
        .addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 720, 18))
        .addEnrolment(new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 480, 12))
        .putStaff(StaffRole.TEACHER, 96)
        .putStaff(StaffRole.SECURITY_GUARD, 6)
        .putStaff(StaffRole.DORMITORY_SUPERVISOR, 4)
        .addCampuses(fullCampus(), minimalCampus())
        .build();
  }

  static School minimalSchool() {
    return School.builder()
        .id("S-1")
        .name("示例幼儿园")
        .jurisdiction(JurisdictionCode.of("331100"))
        .type(SchoolType.KINDERGARTEN)
        .ownership(Ownership.PRIVATE)
        .boarding(BoardingMode.NONE)
        .addCampuses(minimalCampus())
        .build();
  }

  // ---- rule pack ----

  static JsonNode tree(String json) {
    return AnxiaoJson.strict().readTree(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static Map<String, Parameter> allParameterTypes() {
    Optional<String> clause = Optional.of("四(一)8");
    Optional<Verification> unverified = Optional.of(Verification.UNVERIFIED);
    Optional<LocalizedText> note = Optional.of(text("按较安全的读法取值。", "The safer reading is taken."));
    return Map.of(
        "guardsPerGate", new Parameter.WholeNumber(2, Optional.of("人"), clause, unverified, note),
        "coalFactor", new Parameter.Decimal(new BigDecimal("0.1229"), Optional.of("kgce/kWh"), clause,
            unverified, note),
        "countNightGates", new Parameter.Flag(true, clause, unverified, note),
        "postCode", new Parameter.Text("MAIN_GATE", clause, unverified, note),
        "gateKinds", new Parameter.TextList(List.of("MAIN", "SIDE"), clause, unverified, note),
        "factors", new Parameter.DecimalTable(Map.of(
            "ELECTRICITY", new DecimalEntry(new BigDecimal("0.5703"), Optional.of("附表1"),
                Optional.of(Verification.OFFICIAL_TEXT)),
            "WATER", DecimalEntry.of("0.168")), Optional.of("kgCO2e"), clause, unverified, note),
        "tiers", new Parameter.Structure(("{\"tiers\":[{\"upTo\":1000,\"guards\":2},"
            + "{\"upTo\":null,\"guards\":3.5}],\"label\":\"按在校生数\"}"), clause, unverified, note));
  }

  static RulePack fullRulePack() {
    return RulePack.builder()
        .id(PACK.id())
        .version(PACK.version())
        .kind("anxiao.safety.guard-staffing")
        .title(text("门岗保安配备（测试数据）", "Gate guard staffing (test data)"))
        .jurisdiction(MINHANG)
        .validFrom(LocalDate.of(2022, 9, 1))
        .validTo(LocalDate.of(2027, 8, 31))
        .source(fullCitation())
        .verification(Verification.SECONDARY)
        .note(text("测试用规则包。", "A pack for tests."))
        .supersededBy("test.minhang.guard-staffing-2027")
        .putAllParameters(allParameterTypes())
        .build();
  }

  static RulePack minimalRulePack() {
    return RulePack.builder()
        .id("test.minimal")
        .version(PackVersion.of("1"))
        .kind("anxiao.test.minimal")
        .title(text("最小规则包", "Minimal pack"))
        .jurisdiction(JurisdictionCode.CN)
        .validFrom(LocalDate.of(2021, 4, 29))
        .source(minimalCitation())
        .verification(Verification.UNVERIFIED)
        .build();
  }

  // ---- checklist and scorecard ----

  static Checklist fullChecklist() {
    ChecklistSection fire = new ChecklistSection("fire", text("消防安全", "Fire safety"),
        Optional.of(new BigDecimal("60")), List.of(
            new ChecklistItem("fire.exits", text("疏散通道畅通", "Escape routes clear"), new BigDecimal("10"),
                Optional.of(new BigDecimal("2")), true, Optional.of("三(二)1")),
            new ChecklistItem("fire.drills", text("每学期疏散演练", "Evacuation drill each semester"),
                new BigDecimal("10"), Optional.empty(), false, Optional.empty())));
    ChecklistSection canteen = new ChecklistSection("canteen", text("食堂安全", "Canteen safety"),
        Optional.empty(), List.of(
            new ChecklistItem("canteen.samples", text("食品留样", "Food samples kept"), new BigDecimal("20"),
                Optional.empty(), false, Optional.of("三(四)2")),
            new ChecklistItem("canteen.boarding", text("寄宿生夜宵", "Night meals for boarders"),
                new BigDecimal("20"), Optional.empty(), false, Optional.empty())));
    return Checklist.builder()
        .id("test.safe-campus")
        .title(text("平安校园评估（测试数据）", "Safe-campus evaluation (test data)"))
        .maxScore(new BigDecimal("100"))
        .addSections(fire, canteen)
        .addGrades(new GradeBand("FAIL", text("不合格", "fail"), new BigDecimal("0")))
        .addGrades(new GradeBand("PASS", text("合格", "pass"), new BigDecimal("60")))
        .addGrades(new GradeBand("EXCELLENT", text("优秀", "excellent"), new BigDecimal("90")))
        .vetoGrade("FAIL")
        .pack(PACK)
        .source(fullCitation())
        .verification(Verification.SECONDARY)
        .build();
  }

  static Checklist minimalChecklist() {
    return Checklist.builder()
        .id("c")
        .title(text("检查表", "Checklist"))
        .addSections(new ChecklistSection("s", text("板块", "Section"), Optional.empty(), List.of(
            new ChecklistItem("i", text("项目", "Item"), new BigDecimal("5"), Optional.empty(), false,
                Optional.empty()))))
        .addGrades(new GradeBand("ANY", text("任意", "any"), BigDecimal.ZERO))
        .build();
  }

  /** A vetoed scorecard with deductions, a shortfall and a not-applicable item. */
  static Scorecard fullScorecard() {
    return Scorecards.score(fullChecklist(), SCHOOL_SUBJECT, List.of(
        ItemResponse.vetoed("fire.exits", "二楼疏散通道堆放杂物"),
        ItemResponse.deducted("fire.drills", new Deduction(new BigDecimal("2.5"), "本学期未演练夜间疏散")),
        ItemResponse.scored("canteen.samples", "17.5"),
        ItemResponse.notApplicable("canteen.boarding")));
  }

  static Scorecard minimalScorecard() {
    return Scorecards.score(minimalChecklist(), SCHOOL_SUBJECT, List.of(ItemResponse.scored("i", "5")));
  }

  // ---- assessment ----

  static AppliedRule fullAppliedRule() {
    return new AppliedRule(PACK, "guardsPerGate", "2", Optional.of("人"), Verification.SECONDARY,
        fullCitation());
  }

  static Finding fullFinding() {
    return Finding.builder()
        .code(FindingCode.of("SAFETY.STAFFING.GUARD_DAY_SHORTFALL"))
        .severity(Severity.HIGH)
        .subject(Subject.of(SubjectKind.GATE, "main/east"))
        .measured(Measure.of("1", "1"))
        .required(Measure.of("2", "1"))
        .comparison(Comparison.AT_LEAST)
        .message(text("东门日间保安1人，应不少于2人。", "East gate has 1 guard by day; at least 2 are required."))
        .addRules(fullAppliedRule())
        .build();
  }

  static Finding minimalFinding() {
    return Finding.builder()
        .code(FindingCode.of("CORE.TEST.NOTE"))
        .severity(Severity.INFO)
        .subject(SCHOOL_SUBJECT)
        .message(text("提示。", "Note."))
        .build();
  }

  static Assessment fullAssessment() {
    return Assessment.builder()
        .calculator("anxiao.safety.guard-staffing")
        .subject(SCHOOL_SUBJECT)
        .period(new Semester(new AcademicYear(2024), 1))
        .assessedAt(Instant.parse("2024-10-15T02:30:00.125Z"))
        .inputsDigest(AnxiaoJson.strict().digest(fullSchool()))
        .addPacks(PACK, PackRef.of("cn.fire-law.crowded-places", "1.0.0"))
        .addRulesApplied(fullAppliedRule())
        .addFindings(fullFinding(), minimalFinding())
        .build();
  }

  static Assessment minimalAssessment() {
    return Assessment.builder()
        .calculator("anxiao.test")
        .subject(SCHOOL_SUBJECT)
        .assessedAt(Instant.parse("2024-01-01T00:00:00Z"))
        .inputsDigest("0".repeat(64))
        .build();
  }

  // ---- jurisdiction table and pack index ----

  static JurisdictionTable fullJurisdictionTable() {
    return new JurisdictionTable(DocumentType.CURRENT_VERSION, text("示例行政区划", "Example divisions"),
        fullCitation(), Verification.SECONDARY, Optional.of(text("节选。", "An excerpt.")), List.of(
            new Jurisdiction(JurisdictionCode.CN, text("中国", "China"), Optional.empty()),
            new Jurisdiction(JurisdictionCode.of("310000"), text("上海市", "Shanghai"),
                Optional.of(JurisdictionCode.CN)),
            new Jurisdiction(MINHANG, text("闵行区", "Minhang District"),
                Optional.of(JurisdictionCode.of("310000")))));
  }

  static JurisdictionTable minimalJurisdictionTable() {
    return new JurisdictionTable(DocumentType.CURRENT_VERSION, text("空表", "Empty table"), minimalCitation(),
        Verification.UNVERIFIED, Optional.empty(), List.of());
  }

  static PackIndex fullPackIndex() {
    return new PackIndex(DocumentType.CURRENT_VERSION, List.of(
        new PackIndex.Entry("META-INF/anxiao/packs/test/guards.json", fullRulePack().header()),
        new PackIndex.Entry("META-INF/anxiao/packs/test/minimal.json", minimalRulePack().header())));
  }

  static PackIndex minimalPackIndex() {
    return new PackIndex(DocumentType.CURRENT_VERSION, List.of());
  }

  /** A document type with a full and a minimal instance. */
  record Case<T>(DocumentType<T> type, T full, T minimal) {}

  static List<Case<?>> cases() {
    return List.of(
        new Case<>(SchoolDocument.DOCUMENT, new SchoolDocument("1.0", fullSchool(), Optional.of(LocalizedText.of("虚构", "fictional"))),
            SchoolDocument.of(minimalSchool())),
        new Case<>(RulePack.DOCUMENT, fullRulePack(), minimalRulePack()),
        new Case<>(Checklist.DOCUMENT, fullChecklist(), minimalChecklist()),
        new Case<>(Scorecard.DOCUMENT, fullScorecard(), minimalScorecard()),
        new Case<>(Assessment.DOCUMENT, fullAssessment(), minimalAssessment()),
        new Case<>(JURISDICTION_TABLE, fullJurisdictionTable(), minimalJurisdictionTable()),
        new Case<>(PACK_INDEX, fullPackIndex(), minimalPackIndex()));
  }
}
