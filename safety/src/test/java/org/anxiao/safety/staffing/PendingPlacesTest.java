package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Lianyungang's and Chengdu's guard rules ship as packs with no code, but core's division table does
 * not yet hold 320700 or 510100, so they are not in the index: here they are read against the
 * schema and applied in a registry whose directory adds the two cities.
 */
class PendingPlacesTest {
  private static final JurisdictionCode LIANYUNGANG = JurisdictionCode.of("320700");
  private static final JurisdictionCode CHENGDU = JurisdictionCode.of("510100");

  private static RulePack read(String name) throws IOException {
    try (InputStream in = PendingPlacesTest.class.getClassLoader()
        .getResourceAsStream(StaffingFixtures.FOLDER + "pending/" + name)) {
      assertNotNull(in, name);
      return AnxiaoJson.strict().readDocument(in, RulePack.DOCUMENT);
    }
  }

  private static Staffings in(JurisdictionCode city) throws IOException {
    JurisdictionDirectory directory = JurisdictionDirectory.standard().withEntries(List.of(
        new Jurisdiction(LIANYUNGANG, LocalizedText.of("连云港市", "Lianyungang"), Optional.of(JurisdictionCode.of("320000"))),
        new Jurisdiction(CHENGDU, LocalizedText.of("成都市", "Chengdu"), Optional.of(JurisdictionCode.of("510000")))));
    RulePackRegistry registry = RulePackRegistry.builder().jurisdictions(directory)
        .addClassPath(PendingPlacesTest.class.getClassLoader())
        .add(read("js-lianyungang-2020-security-guards.json")).add(read("sc-chengdu-2014-security-guards.json"))
        .build();
    registry.checkAll();
    return Staffings.in(RuleContext.of(registry, city, StaffingFixtures.DATE));
  }

  private static long day(Staffings s, JurisdictionCode city, int pupils, int staff, int peakGates) throws IOException {
    StaffingCase c = StaffingFixtures.inSession(StaffingFixtures.school(city, SchoolType.PRIMARY, 0, staff,
        StaffingFixtures.gates(peakGates, 1), new StageEnrolment(SchoolStage.PRIMARY, pupils, 20)), 0);
    return s.assess(c, StaffingFixtures.EMPTY).line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow().required();
  }

  @Test
  void lianyungang() throws IOException {
    Staffings s = in(LIANYUNGANG);
    // 89 + 10 = 99 people → 1; 90 + 10 = 100 → 2; 1000 pupils → 2 + 0; 1001 → 2 + ⌈1/500⌉ = 3
    assertEquals(1, day(s, LIANYUNGANG, 89, 10, 1));
    assertEquals(2, day(s, LIANYUNGANG, 90, 10, 1));
    assertEquals(2, day(s, LIANYUNGANG, 1000, 10, 1));
    assertEquals(3, day(s, LIANYUNGANG, 1001, 10, 1));
  }

  @Test
  void chengdu() throws IOException {
    Staffings s = in(CHENGDU);
    // 2 busy gates × 2 = 4; 600 pupils + 0; 601 → + ⌈1/300⌉ = 5; 901 → + ⌈301/300⌉ = 6
    assertEquals(4, day(s, CHENGDU, 600, 10, 2));
    assertEquals(5, day(s, CHENGDU, 601, 10, 2));
    assertEquals(6, day(s, CHENGDU, 901, 10, 2));
  }
}
