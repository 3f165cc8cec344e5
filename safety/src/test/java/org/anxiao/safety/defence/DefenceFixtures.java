package org.anxiao.safety.defence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;

/** Shipped packs, fictional TEST copies of them and contexts over them, for the defence tests. */
final class DefenceFixtures {
  static final String CHECKLIST_PACK = "sh-minhang-defence-checklist-2022.json";
  static final String MEASURES_PACK = "sh-minhang-defence-measures-2022.json";
  static final String FACILITIES_PACK = "cn-gbt29315-2022-facilities.json";
  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  /** Minhang District, Shanghai (闵行区). */
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  /** Guangdong: no defence pack of its own; TEST packs go there. */
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "31011200001");
  static final ObjectMapper JSON = new ObjectMapper();

  private DefenceFixtures() {}

  static DefenceMeasures minhangMeasures() {
    return DefenceMeasures.in(RuleContext.standard(MINHANG, DATE));
  }

  static DefenceChecklists minhangChecklist() {
    return DefenceChecklists.in(RuleContext.standard(MINHANG, DATE));
  }

  /** The shipped GB/T 29315-2022 table nationally, its UNVERIFIED pack allowed. */
  static FacilityTables shippedFacilities() {
    return FacilityTables.in(RuleContext.standard(JurisdictionCode.CN, DATE)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  /**
   * A fictional seven-row table (TEST pack {@code test.facility-table} at 440000, resource
   * {@code test-facility-table.json}) with five 应 and two 宜 rows, weights 应 2 and 宜 1, under
   * {@code ALLOW_UNVERIFIED}: the shipped table holds only two 应 rows, too few to show the weighting.
   */
  static FacilityTables facilities() {
    ObjectNode table;
    try (InputStream in = DefenceFixtures.class.getResourceAsStream("test-facility-table.json")) {
      if (in == null) {
        throw new AssertionError("no test-facility-table.json");
      }
      table = (ObjectNode) JSON.readTree(in).get("table");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RulePack pack = testPack(FACILITIES_PACK, "test.facility-table",
        t -> ((ObjectNode) t.get("parameters").get("table")).set("value", table));
    return FacilityTables.in(guangdong(VerificationPolicy.ALLOW_UNVERIFIED, pack));
  }

  /** A fictional TEST pack: a copy of the shipped {@code file} with id {@code id}, at 440000, edited by {@code edit}. */
  static RulePack testPack(String file, String id, Consumer<ObjectNode> edit) {
    return ShippedPacks.testPack("safety-defence", file, id, GUANGDONG, edit);
  }

  /** The context in Guangdong over the standard packs plus {@code extra}, under {@code policy}. */
  static RuleContext guangdong(VerificationPolicy policy, RulePack... extra) {
    return RuleContext.of(ShippedPacks.withPacks(extra), GUANGDONG, DATE).withPolicy(policy);
  }

  /** A TEST measures pack at 440000 with the given minimum and coverage (verification as given). */
  static RulePack measuresPack(String id, long days, String coverage, String verification) {
    return testPack(MEASURES_PACK, id, t -> {
      t.put("verification", verification);
      ObjectNode p = (ObjectNode) t.get("parameters");
      ((ObjectNode) p.get("minimumRetentionDays")).put("value", days);
      ((ObjectNode) p.get("requiredAlarmCoverage")).put("value", coverage);
    });
  }
}
