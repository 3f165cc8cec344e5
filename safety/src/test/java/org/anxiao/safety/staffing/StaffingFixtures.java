package org.anxiao.safety.staffing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StaffRole;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.testkit.StaffingGenerators;

/** Schools, rosters, contexts and test packs for the staffing tests. */
final class StaffingFixtures {
  static final String GBT = "cn-gbt29315-2022-security-guards.json";
  static final String MINHANG = "sh-minhang-2022-security-guards.json";
  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  static final JurisdictionCode MINHANG_CODE = JurisdictionCode.of("310112");
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final JurisdictionCode BEIJING = JurisdictionCode.of("110000");
  static final JurisdictionCode HUBEI = JurisdictionCode.of("420000");
  static final JurisdictionCode SHANDONG = JurisdictionCode.of("370000");
  static final JurisdictionCode QINGDAO = JurisdictionCode.of("370200");
  static final JurisdictionCode CHONGQING = JurisdictionCode.of("500000");
  static final ObjectMapper JSON = new ObjectMapper();
  static final Roster EMPTY = new Roster(List.of());

  private StaffingFixtures() {}

  /** Gates: {@code peak} posts open at the peaks, {@code other} posts closed then, plus one emergency gate. */
  static List<Gate> gates(int peak, int other) {
    return StaffingGenerators.gates(peak, other);
  }

  static School school(JurisdictionCode where, SchoolType type, int boarders, int staff, List<Gate> gates,
      StageEnrolment... enrolment) {
    int pupils = 0;
    for (StageEnrolment e : enrolment) {
      pupils += e.pupils();
    }
    return School.builder().id("S1").name("示例学校").jurisdiction(where).type(type).ownership(Ownership.PUBLIC)
        .boarding(boarders == 0 ? BoardingMode.NONE : boarders == pupils ? BoardingMode.FULL : BoardingMode.PARTIAL)
        .boarders(boarders).addEnrolment(enrolment).putStaff(StaffRole.TEACHER, staff)
        .addCampuses(Campus.builder().id("main").name("本部").gates(gates).build()).build();
  }

  static StaffingCase inSession(School school, int dormRooms) {
    return new StaffingCase(school, true, dormRooms);
  }

  static Staffings staffings(JurisdictionCode where) {
    return Staffings.in(RuleContext.standard(where, DATE));
  }

  static Staffings staffings(RulePackRegistry registry, JurisdictionCode where, VerificationPolicy policy) {
    return Staffings.in(RuleContext.of(registry, where, DATE).withPolicy(policy));
  }

  static Roster roster(Object... slotPostCount) {
    List<RosterEntry> entries = new ArrayList<>();
    for (int i = 0; i < slotPostCount.length; i += 3) {
      entries.add(new RosterEntry((TimeSlot) slotPostCount[i], (Post) slotPostCount[i + 1],
          (Integer) slotPostCount[i + 2]));
    }
    return new Roster(entries);
  }

  /** A copy of the shipped {@code file} as a fictional TEST pack at 440000 with {@code edit} applied. */
  static RulePack testPack(String file, String id, Consumer<ObjectNode> edit) {
    return ShippedPacks.testPack("safety-staffing", file, id, GUANGDONG, edit);
  }

  /** The requirements array of a pack tree. */
  static com.fasterxml.jackson.databind.node.ArrayNode requirements(ObjectNode tree) {
    return (com.fasterxml.jackson.databind.node.ArrayNode) tree.path("parameters").path("requirements").path("value")
        .path("requirements");
  }

  /** Minhang's guard rule at 440000 with the peak addition per school (the other reading). */
  static RulePack minhangPerSchool() {
    return testPack(MINHANG, "test.staffing-peak-per-school", t -> ((ObjectNode) requirements(t).get(1).path("parts")
        .get(1)).put("basis", "SCHOOL"));
  }

  /** GB/T 29315-2022's guard rule at 440000 counting only full 500s (the other rounding). */
  static RulePack gbtRoundingDown() {
    return testPack(GBT, "test.staffing-gbt-down", t -> ((ObjectNode) requirements(t).get(0).path("parts").get(0)
        .path("tiers").get(2).path("increment")).put("rounding", "DOWN"));
  }
}
