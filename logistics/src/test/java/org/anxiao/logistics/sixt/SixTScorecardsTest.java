package org.anxiao.logistics.sixt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.ItemResponse;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The 六T sheets: refused unverified by default, scored by hand when allowed, six pillars enforced. */
class SixTScorecardsTest {
  private static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  private static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final Subject CANTEEN = Subject.of(SubjectKind.BUILDING, "canteen-1");

  private static SixTScorecards sheet(SixTSite site, VerificationPolicy policy) {
    return SixTScorecards.in(RuleContext.of(RulePackRegistry.standard(), SHANGHAI, DATE).withPolicy(policy), site);
  }

  /** Responses in sheet order: two items per pillar, the scores given pairwise. */
  private static List<ItemResponse> responses(Checklist sheet, String... scores) {
    List<ItemResponse> out = new ArrayList<>();
    int i = 0;
    for (var section : sheet.sections()) {
      for (var item : section.items()) {
        String s = scores[i++];
        out.add(s.equals("NA") ? ItemResponse.notApplicable(item.id()) : ItemResponse.scored(item.id(), s));
      }
    }
    return out;
  }

  @Test
  void theShippedSheetsAreUnverifiedAndAgreeWithTheirIndex() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("logistics-sixt")) {
      ids.add(pack.id() + " " + pack.verification() + " " + pack.kind());
    }
    assertEquals(Set.of("sh.example.sixt-canteen UNVERIFIED anxiao.logistics.sixt-canteen",
        "sh.example.sixt-dormitory UNVERIFIED anxiao.logistics.sixt-dormitory"), ids);
    RulePackRegistry.standard().checkAll();
    LogisticsVocabulary v = new LogisticsVocabulary();
    assertTrue(v.packIndexes().contains(ShippedPacks.index("logistics-sixt")));
    assertTrue(v.ruleKinds().contains(SixTSite.CANTEEN.kind()));
    assertTrue(v.ruleKinds().contains(SixTSite.DORMITORY.kind()));
  }

  @Test
  void underTheDefaultPolicyTheIllustrativeSheetIsRefused() {
    SixTScorecards canteen = sheet(SixTSite.CANTEEN, VerificationPolicy.DEFAULT);
    List<ItemResponse> all = responses(canteen.checklist(), "10", "10", "10", "10", "10", "10", "10", "10", "10", "10",
        "10", "10");
    RulePackException e = assertThrows(RulePackException.class, () -> canteen.score(CANTEEN, all));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  @Test
  void aCanteenSheetScoredByHand() {
    SixTScorecards canteen = sheet(SixTSite.CANTEEN, VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals(Verification.UNVERIFIED, canteen.checklist().verification().orElseThrow());
    SixTScorecard card = canteen.score(CANTEEN, responses(canteen.checklist(),
        "10", "10", "10", "5", "10", "0", "10", "10", "5", "5", "0", "0"));
    // Each section: Σ item scores × section points ÷ Σ item maxima (2 items of 10 = 20).
    // 天天处理 (10 + 10) × 20 / 20 = 20; 天天整合 (10 + 5) × 20 / 20 = 15; 天天清扫 (10 + 0) × 20 / 20 = 10;
    // 天天规范 (10 + 10) × 15 / 20 = 15; 天天检查 (5 + 5) × 15 / 20 = 7.5; 天天改进 0 × 10 / 20 = 0.
    Map<SixTPillar, String> want = Map.of(SixTPillar.SORTING_OUT, "20", SixTPillar.INTEGRATION, "15",
        SixTPillar.SWEEPING, "10", SixTPillar.STANDARDISATION, "15", SixTPillar.CHECKING, "7.5",
        SixTPillar.IMPROVEMENT, "0");
    want.forEach((p, v) -> assertEquals(0, new BigDecimal(v).compareTo(card.pillar(p)), p.name()));
    // Total (20 + 15 + 10 + 15 + 7.5 + 0) × 100 / 100 = 67.5 < 80: NOT_MET.
    assertEquals(0, new BigDecimal("67.5").compareTo(card.total()));
    assertEquals("NOT_MET", card.scorecard().grade().code());
    assertEquals(List.of("sh.example.sixt-canteen@1.0.0/checklist"),
        card.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter()).toList());
    assertEquals(SixTSite.CANTEEN, card.site());
    assertEquals(CANTEEN, card.subject());
    assertEquals(SixTScorecards.ID, card.calculator());
    assertEquals(card.scorecard().findings(), card.findings());
    assertEquals(card.scorecard().inputs(), card.inputs());
  }

  @Test
  void aPillarNotApplicableDropsOut() {
    SixTScorecards canteen = sheet(SixTSite.CANTEEN, VerificationPolicy.ALLOW_UNVERIFIED);
    SixTScorecard card = canteen.score(CANTEEN, responses(canteen.checklist(),
        "10", "10", "10", "5", "10", "0", "10", "10", "5", "5", "NA", "NA"));
    // 天天改进 drops out: (20 + 15 + 10 + 15 + 7.5) × 100 / 90 = 67.5 × 100 / 90 = 75.
    assertEquals(0, new BigDecimal("75").compareTo(card.total()));
    assertEquals(0, BigDecimal.ZERO.compareTo(card.pillar(SixTPillar.IMPROVEMENT)));
  }

  @Test
  void aDormitorySheetAllMet() {
    SixTScorecards dorm = sheet(SixTSite.DORMITORY, VerificationPolicy.ALLOW_UNVERIFIED);
    SixTScorecard card = dorm.score(Subject.of(SubjectKind.BUILDING, "dorm-1"), responses(dorm.checklist(),
        "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
    // Every section full: 20 + 20 + 20 + 15 + 15 + 10 = 100 ≥ 80: MET.
    assertEquals(0, new BigDecimal("100").compareTo(card.total()));
    assertEquals("MET", card.scorecard().grade().code());
    assertEquals("sh.example.sixt-dormitory", dorm.checklist().id());
    assertEquals(SixTSite.DORMITORY, dorm.site());
    assertEquals(List.of(SixTSite.DORMITORY.kind()), dorm.requirements());
    assertEquals("anxiao.logistics.sixt", dorm.id().toString());
    assertTrue(dorm.toString().startsWith("anxiao.logistics.sixt DORMITORY"), dorm.toString());
  }

  private static RulePackException refusedPack(Consumer<ArrayNode> sections) {
    RulePack pack = ShippedPacks.testPack("logistics-sixt", "sh-example-sixt-canteen.json", "test.sixt-bad", GUANGDONG, t -> {
      t.put("verification", "SECONDARY");
      sections.accept((ArrayNode) t.get("parameters").get("checklist").get("value").get("sections"));
    });
    return assertThrows(RulePackException.class, () -> SixTScorecards.in(RuleContext.of(ShippedPacks.withPacks(pack),
        GUANGDONG, DATE), SixTSite.CANTEEN));
  }

  /** A copy of the first section with id {@code extra} and renamed items. */
  private static ObjectNode extra(ArrayNode sections) {
    ObjectNode copy = ((ObjectNode) sections.get(0).deepCopy()).put("id", "extra");
    copy.get("items").forEach(i -> ((ObjectNode) i).put("id", "extra-" + i.get("id").asText()));
    return copy;
  }

  @Test
  void aPackWhoseSectionsAreNotTheSixPillarsIsRefusedWhenBound() {
    RulePackException unknown = refusedPack(s -> ((ObjectNode) s.get(5)).put("id", "tidiness"));
    assertEquals(RulePackException.INVALID, unknown.errorCode());
    assertEquals("test.sixt-bad@1.0.0#/parameters/checklist/value/sections", unknown.field().orElseThrow());
    assertTrue(unknown.getMessage().contains("six 六T pillars"), unknown.getMessage());
    RulePackException five = refusedPack(s -> s.remove(5));
    assertEquals(RulePackException.INVALID, five.errorCode());
    assertEquals("test.sixt-bad@1.0.0#/parameters/checklist/value/sections", five.field().orElseThrow());
    RulePackException seven = refusedPack(s -> s.add(extra(s)));
    assertEquals("test.sixt-bad@1.0.0#/parameters/checklist/value/sections", seven.field().orElseThrow());
  }

  private static Checklist own(Consumer<ArrayNode> edit) {
    ObjectNode tree = ShippedPacks.tree("logistics-sixt", "sh-example-sixt-canteen.json");
    ObjectNode sheet = (ObjectNode) tree.get("parameters").get("checklist").get("value");
    edit.accept((ArrayNode) sheet.get("sections"));
    return AnxiaoJson.strict().read(sheet.toString(), Checklist.class);
  }

  @Test
  void aCallersOwnSheetIsScoredUnderTheDefaultPolicy() {
    Checklist mine = own(s -> { });
    SixTScorecard card = SixTScorecards.score(SixTSite.CANTEEN, mine, CANTEEN, responses(mine,
        "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "0"), VerificationPolicy.DEFAULT);
    // 天天改进 (10 + 0) × 10 / 20 = 5; total 20 + 20 + 20 + 15 + 15 + 5 = 95.
    assertEquals(0, new BigDecimal("95").compareTo(card.total()));
    assertEquals(0, new BigDecimal("5").compareTo(card.pillar(SixTPillar.IMPROVEMENT)));
    assertEquals(List.of(), card.rulesApplied());
    Checklist renamed = own(s -> ((ObjectNode) s.get(0)).put("id", "tidiness"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SixTScorecards.score(SixTSite.CANTEEN,
        renamed, CANTEEN, responses(renamed, "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"),
        VerificationPolicy.DEFAULT));
    assertEquals("checklist.sections", e.field().orElseThrow());
    Checklist five = own(s -> s.remove(5));
    InvalidValueException e5 = assertThrows(InvalidValueException.class, () -> SixTScorecards.score(SixTSite.CANTEEN,
        five, CANTEEN, List.of(), VerificationPolicy.DEFAULT));
    assertEquals("checklist.sections", e5.field().orElseThrow());
    Checklist seven = own(s -> s.add(extra(s)));
    assertThrows(InvalidValueException.class, () -> SixTScorecards.score(SixTSite.CANTEEN, seven, CANTEEN,
        List.of(), VerificationPolicy.DEFAULT));
  }

  @Test
  void thePillarsAndSites() {
    assertEquals(List.of("天天处理", "天天整合", "天天清扫", "天天规范", "天天检查", "天天改进"),
        List.of(SixTPillar.values()).stream().map(p -> p.label().zh()).toList());
    assertEquals("daily sweeping", SixTPillar.SWEEPING.label().en());
    for (SixTPillar p : SixTPillar.values()) {
      assertEquals(p, SixTPillar.ofSection(p.sectionId()).orElseThrow());
    }
    assertTrue(SixTPillar.ofSection("tidiness").isEmpty());
    assertEquals("anxiao.logistics.sixt-canteen", SixTSite.CANTEEN.kind().id());
    assertEquals("anxiao.logistics.sixt-dormitory", SixTSite.DORMITORY.kind().id());
    assertEquals("学生食堂", SixTSite.CANTEEN.label().zh());
    assertEquals("dormitory", SixTSite.DORMITORY.label().en());
  }

  @Test
  void theScorecardRecordHoldsAllSixPillars() {
    SixTScorecards canteen = sheet(SixTSite.CANTEEN, VerificationPolicy.ALLOW_UNVERIFIED);
    SixTScorecard card = canteen.score(CANTEEN, responses(canteen.checklist(),
        "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
    Map<SixTPillar, BigDecimal> five = new EnumMap<>(card.pillars());
    five.remove(SixTPillar.IMPROVEMENT);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new SixTScorecard(SixTSite.CANTEEN, card.scorecard(), five));
    assertEquals("pillars", e.field().orElseThrow());
    Map<SixTPillar, BigDecimal> negative = new EnumMap<>(card.pillars());
    negative.put(SixTPillar.IMPROVEMENT, new BigDecimal("-1"));
    assertThrows(InvalidValueException.class, () -> new SixTScorecard(SixTSite.CANTEEN, card.scorecard(), negative));
    assertThrows(UnsupportedOperationException.class, () -> card.pillars().clear());
  }
}
