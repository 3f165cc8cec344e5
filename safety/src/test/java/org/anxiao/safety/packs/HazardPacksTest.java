package org.anxiao.safety.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.safety.hazard.AccidentTypeList;
import org.anxiao.safety.hazard.AccidentTypeRule;
import org.anxiao.safety.hazard.AreaTask;
import org.anxiao.safety.hazard.AreaTaxonomy;
import org.anxiao.safety.hazard.HazardArea;
import org.anxiao.safety.hazard.HazardAreaRule;
import org.anxiao.safety.hazard.HazardManagementRule;
import org.anxiao.safety.hazard.PlanElement;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The hazard packs the safety jar ships pass the rule-pack schema, agree with their index, bind to
 * their kinds, and hold what the sources say: Minhang's ten areas with their parties (闵行 2022 §四(一)),
 * GB 6441-1986's 20 and GB 6441-2025's 27 accident types picked by date, and 16号令's five 落实.
 */
class HazardPacksTest {
  static final String INDEX = ShippedPacks.index("safety-hazard");
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-hazard")) {
      ids.add(pack.id());
    }
    assertEquals(Set.of("cn.minhang-2022.hazard-areas", "cn.gb6441-1986.accident-types", "cn.gb6441-2025.accident-types",
        "cn.aqjg-16.hazard-management"), ids);
  }

  @Test
  void theVocabularyNamesTheIndexAndTheKinds() {
    SafetyVocabulary v = new SafetyVocabulary();
    assertTrue(v.packIndexes().contains(INDEX));
    Set<String> kinds = new TreeSet<>();
    v.ruleKinds().forEach(k -> kinds.add(k.id()));
    assertTrue(kinds.containsAll(Set.of("anxiao.safety.hazard-areas", "anxiao.safety.accident-types",
        "anxiao.safety.hazard-management")), kinds.toString());
  }

  @Test
  void theStandardRegistryBindsEveryHazardPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertTrue(registry.catalogue().stream().anyMatch(h -> h.id().equals("cn.minhang-2022.hazard-areas")
        && h.verification() == Verification.OFFICIAL_TEXT));
  }

  @Test
  void theMinhangTaxonomyHasTenAreasWithTheirPartiesAsTheSeedSays() {
    BoundRules<HazardAreaRule> bound = RuleContext.standard(MINHANG, LocalDate.of(2024, 3, 1)).bind(HazardAreaRule.KIND);
    assertEquals(Verification.OFFICIAL_TEXT, bound.value().areas().verification());
    AreaTaxonomy t = bound.value().areas().value();
    assertEquals(10, t.areas().size());
    List<String> codes = t.areas().stream().map(HazardArea::code).toList();
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), codes);
    // Sub-tasks per area: 2, 3, 4, 5 have four (①–④); 6 has two; 1, 7, 8, 9, 10 one unnumbered task.
    assertEquals(List.of(1, 4, 4, 4, 4, 2, 1, 1, 1, 1), t.areas().stream().map(a -> a.tasks().size()).toList());
    assertFalse(t.area("7").orElseThrow().hasSubTasks());
    assertTrue(t.area("2").orElseThrow().hasSubTasks());
    AreaTask lab = t.task("2.1").orElseThrow();
    assertEquals(List.of("各学校"), lab.responsibleSubjects());
    assertEquals(List.of("安全管理中心"), lab.responsibleDepartments());
    assertEquals(List.of("教育基建装备资产管理中心"), lab.cooperating());
    AreaTask chemicals = t.task("2.3").orElseThrow();
    assertEquals(List.of("普教二科"), chemicals.responsibleDepartments());
    assertTrue(chemicals.task().contains("易制毒和易制爆"));
    AreaTask special = t.task("4.3").orElseThrow();
    assertEquals(List.of("启德学校"), special.responsibleSubjects());
    AreaTask drills = t.task("6.1").orElseThrow();
    assertEquals(List.of("安全管理中心"), drills.responsibleSubjects());
    assertEquals(List.of(), drills.responsibleDepartments());
    assertEquals(List.of("各学校"), drills.cooperating());
    AreaTask zone = t.task("10").orElseThrow();
    assertEquals(List.of("法制科"), zone.responsibleSubjects());
    assertEquals(List.of("各学校"), zone.cooperating());
    assertEquals(List.of("区教育学院", "各学校"), t.task("5.1").orElseThrow().responsibleSubjects());
    assertEquals(List.of("普教一科（中小学）", "学前科（幼儿园）"), t.task("3.4").orElseThrow().responsibleDepartments());
    assertEquals(7, t.task("6.2").orElseThrow().responsibleDepartments().size());
    assertTrue(t.task("2.9").isEmpty());
    assertTrue(t.area("11").isEmpty());
    // Verbatim from the seed (§四(一) 8), as every task text is (checked against the seed when the pack was written).
    assertTrue(t.task("8").orElseThrow().task().startsWith("学校应按照国家法律法规及本市规定，聘用专业保安服务公司提供的保安员。"));
    assertEquals("校园周边治安环境方面", t.area("10").orElseThrow().name());
  }

  @Test
  void theAccidentTypeListIsPickedByDate() {
    AccidentTypeList old = accidentTypes(LocalDate.of(2026, 6, 30));
    assertEquals("GB 6441-1986", old.standard());
    assertEquals(20, old.types().size());
    assertEquals("物体打击", old.find("01").orElseThrow().name());
    assertEquals("火灾", old.find("08").orElseThrow().name());
    assertEquals("其他伤害", old.find("20").orElseThrow().name());
    assertTrue(old.find("21").isEmpty());
    AccidentTypeList now = accidentTypes(LocalDate.of(2026, 7, 1));
    assertEquals("GB 6441-2025", now.standard());
    assertEquals(27, now.types().size());
    assertEquals("火灾", now.find("WSA10009").orElseThrow().name());
    assertEquals("泄漏", now.find("WSA10026").orElseThrow().name());
    assertEquals("其他", now.find("WSA10099").orElseThrow().name());
    assertTrue(now.find("WSA10027").isEmpty());
    assertTrue(now.find("08").isEmpty());
    assertEquals(20, accidentTypes(LocalDate.of(1987, 2, 1)).types().size());
    assertThrows(RulePackException.class, () -> accidentTypes(LocalDate.of(1987, 1, 31)), "nothing in force before 1987-02-01");
  }

  @Test
  void theHazardManagementRuleRequiresTheFiveElements() {
    BoundRules<HazardManagementRule> b = RuleContext.standard(MINHANG, LocalDate.of(2024, 3, 1)).bind(HazardManagementRule.KIND);
    assertEquals(EnumSet.allOf(PlanElement.class), b.value().majorPlanElements().value());
    assertEquals(Verification.SECONDARY, b.value().majorPlanElements().verification());
    assertTrue(b.value().supersededBy().isEmpty(), "16号令 is still in force: nothing supersedes it yet");
    assertThrows(RulePackException.class, () -> RuleContext.standard(MINHANG, LocalDate.of(2008, 1, 31))
        .bind(HazardManagementRule.KIND));
  }

  @Test
  void aNarrowerPackReplacesTheDefaultTaxonomyAndALaterRuleCanSupersede16() {
    String narrow = """
        {"schemaVersion":"1.0","id":"test.minhang-narrow.hazard-areas","version":"1.0.0","kind":"anxiao.safety.hazard-areas",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
         "source":{"issuer":"测试","document":"测试","year":2024},"verification":"UNVERIFIED",
         "parameters":{"areas":{"type":"structure","value":{"areas":[{"code":"A","name":"测试方面",
           "tasks":[{"code":"A","task":"测试任务","responsibleSubjects":["各学校"],"responsibleDepartments":[],"cooperating":[]}]}]}}}}""";
    String successor = """
        {"schemaVersion":"1.0","id":"test.successor.hazard-management","version":"1.0.0","kind":"anxiao.safety.hazard-management",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"310000","validFrom":"2024-01-01",
         "source":{"issuer":"测试","document":"测试","year":2024},"verification":"SECONDARY",
         "parameters":{"supersededBy":{"type":"text","value":"生产安全事故隐患排查治理条例"}}}""";
    RulePackRegistry registry = ShippedPacks.withPacks(pack(narrow), pack(successor));
    RuleContext ctx = RuleContext.of(registry, MINHANG, LocalDate.of(2024, 3, 1));
    AreaTaxonomy t = ctx.bind(HazardAreaRule.KIND).value().areas().value();
    assertEquals(List.of("A"), t.areas().stream().map(HazardArea::code).toList());
    HazardManagementRule m = ctx.bind(HazardManagementRule.KIND).value();
    assertEquals("生产安全事故隐患排查治理条例", m.supersededBy().orElseThrow().value());
    assertEquals(5, m.majorPlanElements().value().size(), "the wider pack's elements still apply");
  }

  @Test
  void aBrokenAccidentListIsRefusedWhenBound() {
    String broken = """
        {"schemaVersion":"1.0","id":"test.broken.accident-types","version":"1.0.0","kind":"anxiao.safety.accident-types",
         "title":{"zh":"测试","en":"test"},"jurisdiction":"310112","validFrom":"2024-01-01",
         "source":{"issuer":"测试","document":"测试","year":2024},"verification":"SECONDARY",
         "parameters":{"accidentTypes":{"type":"structure","value":{"standard":"X","types":[{"code":"01","name":"a"},{"code":"01","name":"b"}]}}}}""";
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> ShippedPacks.withPacks(pack(broken))
        .checkAll());
    assertTrue(e.getMessage().contains("test.broken.accident-types"), e.getMessage());
  }

  static RulePack pack(String json) {
    return ShippedPacks.read(json);
  }

  private static AccidentTypeList accidentTypes(LocalDate date) {
    return RuleContext.standard(MINHANG, date).bind(AccidentTypeRule.KIND).value().accidentTypes().value();
  }
}
