package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/** The dormitory packs pass the schema, agree with their index, bind, and say what the sources say. */
class DormitoryPacksTest {
  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Set<String> ids = new TreeSet<>();
    for (RulePack pack : ShippedPacks.readIndexed("logistics-dormitory")) {
      ids.add(pack.id() + " " + pack.verification());
    }
    assertEquals(Set.of("cn.dormitory-design-capacity UNVERIFIED", "sd.dormitory-safety-officers-2018 OFFICIAL_TEXT",
        "sh.dormitory-responsibilities-2024 OFFICIAL_TEXT", "sh.example.dormitory-inspection UNVERIFIED",
        "sh.example.dormitory-night-checks UNVERIFIED", "sh.minhang.dormitory-night-duty-2022 OFFICIAL_TEXT"), ids);
    RulePackRegistry.standard().checkAll();
  }

  @Test
  void theVocabularyNamesTheIndexKindsAndDocument() {
    LogisticsVocabulary v = new LogisticsVocabulary();
    assertTrue(v.packIndexes().contains(ShippedPacks.index("logistics-dormitory")));
    Set<String> kinds = new TreeSet<>();
    v.ruleKinds().forEach(k -> kinds.add(k.id()));
    assertTrue(kinds.containsAll(Set.of("anxiao.logistics.dormitory", "anxiao.logistics.dormitory-inspection",
        "anxiao.logistics.dormitory-night-duty")));
    assertTrue(v.documentTypes().contains(Dormitory.DOCUMENT));
    assertTrue(v.documentTypes().contains(NightDutyLog.DOCUMENT));
  }

  @Test
  void theShandongPackCitesTheSafetyOfficerClause() {
    RulePack sd = ShippedPacks.readIndexed("logistics-dormitory").stream()
        .filter(p -> p.id().equals("sd.dormitory-safety-officers-2018")).findFirst().orElseThrow();
    assertEquals("鲁教安字〔2018〕1号", sd.source().document());
    assertEquals("三(四)3", sd.source().clause().orElseThrow());
    assertEquals(Verification.OFFICIAL_TEXT, sd.verification());
    // Seed 004: issued jointly, signed 2018年3月27日.
    assertEquals("中共山东省委教育工委、山东省教育厅", sd.source().issuer());
    assertEquals(java.time.LocalDate.of(2018, 3, 27), sd.validFrom());
  }

  @Test
  void theMinhangNightDutyPackCitesItsClauses() {
    RulePack mh = ShippedPacks.readIndexed("logistics-dormitory").stream()
        .filter(p -> p.id().equals("sh.minhang.dormitory-night-duty-2022")).findFirst().orElseThrow();
    // Seed 002 §四(一)6: 落实值班值守制度，发生突发事件第一时间报告; §四(一)8: 寄宿制学校夜间……巡逻.
    assertEquals("闵行区教育局校园安全专项整治工作实施方案", mh.source().document());
    assertEquals("四(一)6", mh.source().clause().orElseThrow());
    assertEquals(Verification.OFFICIAL_TEXT, mh.verification());
    assertEquals("310112", mh.jurisdiction().toString());
    assertEquals(java.time.LocalDate.of(2022, 3, 1), mh.validFrom());
    assertTrue(mh.note().orElseThrow().zh().contains("落实值班值守制度"));
    RulePack ex = ShippedPacks.readIndexed("logistics-dormitory").stream()
        .filter(p -> p.id().equals("sh.example.dormitory-night-checks")).findFirst().orElseThrow();
    // No seed gives a number of rounds, and 四2 does not spell out 查寝: both unverified.
    assertEquals(Verification.UNVERIFIED, ex.verification());
    assertEquals("沪教委后〔2024〕10号", ex.source().document());
    assertEquals("四2", ex.source().clause().orElseThrow());
  }

  @Test
  void nightDutyPacksOfTheWrongShapeAreRefused() {
    RulePackException negative = assertThrows(RulePackException.class, () -> ShippedPacks.withPacks(
        ShippedPacks.testPack("logistics-dormitory", "sh-example-dormitory-night-checks.json", "test.night-bad",
            DormitoryFixtures.GUANGDONG, t -> ((ObjectNode) t.get("parameters").get("minimumPatrolRounds"))
                .put("value", -1))).checkAll());
    assertTrue(negative.field().orElseThrow().contains("#/parameters/minimumPatrolRounds"),
        negative.field().orElseThrow());
    RulePackException decimal = assertThrows(RulePackException.class, () -> ShippedPacks.withPacks(
        ShippedPacks.testPack("logistics-dormitory", "sh-example-dormitory-night-checks.json", "test.night-bad",
            DormitoryFixtures.GUANGDONG, t -> ((ObjectNode) t.get("parameters").get("minimumPatrolRounds"))
                .put("type", "decimal").put("value", "2.5"))).checkAll());
    assertTrue(decimal.field().orElseThrow().contains("#/parameters/minimumPatrolRounds"), decimal.field().orElseThrow());
  }

  private static RulePackException refused(java.util.function.Consumer<ObjectNode> edit) {
    return assertThrows(RulePackException.class, () -> ShippedPacks.withPacks(ShippedPacks.testPack("logistics-dormitory",
        "sh-dormitory-responsibilities-2024.json", "test.dormitory-bad", DormitoryFixtures.GUANGDONG, edit)).checkAll());
  }

  @Test
  void packsOfTheWrongShapeAreRefusedWithTheirPointer() {
    RulePackException unknown = refused(t -> ((ObjectNode) t.get("parameters").get("responsibilities")).putArray("values")
        .add("SLEEP"));
    assertTrue(unknown.field().orElseThrow().contains("test.dormitory-bad@1.0.0#/parameters/responsibilities"),
        unknown.field().orElseThrow());
    RulePackException negative = refused(t -> ((ObjectNode) t.get("parameters")).putObject("maxOccupancyRate")
        .put("type", "decimal").put("value", "-1"));
    assertTrue(negative.field().orElseThrow().contains("#/parameters/maxOccupancyRate"), negative.field().orElseThrow());
    RulePackException undeclared = refused(t -> ((ObjectNode) t.get("parameters")).putObject("nightDuty")
        .put("type", "boolean").put("value", true));
    assertTrue(undeclared.field().orElseThrow().contains("#/parameters/nightDuty"), undeclared.field().orElseThrow());
    RulePackException wrongType = refused(t -> ((ObjectNode) t.get("parameters")).putObject("safetyOfficerPerRoom")
        .put("type", "decimal").put("value", "1"));
    assertTrue(wrongType.field().orElseThrow().contains("#/parameters/safetyOfficerPerRoom"),
        wrongType.field().orElseThrow());
    assertEquals(List.of(), List.of());
  }
}
