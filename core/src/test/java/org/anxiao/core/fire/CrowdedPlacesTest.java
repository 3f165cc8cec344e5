package org.anxiao.core.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** 消防法 art. 73 as shipped in cn.fire-law.crowded-places, and the Zhejiang laboratory reading. */
class CrowdedPlacesTest {
  static final PackRef NATIONAL = PackRef.of("cn.fire-law.crowded-places", "2.0.0");
  static final PackRef ZHEJIANG = PackRef.of("zj.school-fire.crowded-places", "1.0.0");
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  private static final JurisdictionCode LISHUI = JurisdictionCode.of("331100");
  private static final CrowdedPlaces MINHANG_2024 = CrowdedPlaces.in(RuleContext.standard(MINHANG, LocalDate.of(2024, 9, 1)));

  static Building building(BuildingUse use, Optional<Boolean> declared) {
    return Building.builder().id("b-" + use).name(use.label().zh()).use(use)
        .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).crowdedPlace(declared).build();
  }

  private static List<String> consulted(CrowdedPlaceDetermination d) {
    return d.rules().stream().map(AppliedRule::parameter).toList();
  }

  @Test
  void usesNamedInItem4AreCrowdedPlaces() {
    for (BuildingUse use : new BuildingUse[] {BuildingUse.TEACHING, BuildingUse.LIBRARY, BuildingUse.CANTEEN,
        BuildingUse.DORMITORY, BuildingUse.KINDERGARTEN}) {
      CrowdedPlaceDetermination d = MINHANG_2024.determine(building(use, Optional.empty()));
      assertTrue(d.crowded(), use.name());
      assertEquals(CrowdedPlaceDetermination.Basis.RULE, d.basis());
      assertEquals(List.of("crowdedUses"), consulted(d));
      assertEquals(NATIONAL, d.rules().get(0).pack());
      assertEquals(Optional.of("第七十三条第（四）项"), d.rules().get(0).citation().clause());
    }
  }

  @Test
  void gymnasiumsAndAuditoriumsCountByTheSaferReadingOfItem3() {
    CrowdedPlaceDetermination gym = MINHANG_2024.determine(building(BuildingUse.GYMNASIUM, Optional.empty()));
    assertTrue(gym.crowded());
    assertEquals(List.of("crowdedUses", "includePublicAssemblyUses", "publicAssemblyUses"), consulted(gym));
    assertEquals(Optional.of("第七十三条第（三）项"), gym.rules().get(2).citation().clause());
    assertTrue(MINHANG_2024.determine(building(BuildingUse.AUDITORIUM, Optional.empty())).crowded());
  }

  @Test
  void otherUsesAreNotCrowdedAndEveryParameterConsultedIsRecorded() {
    for (BuildingUse use : new BuildingUse[] {BuildingUse.ADMINISTRATION, BuildingUse.OTHER, BuildingUse.LABORATORY}) {
      CrowdedPlaceDetermination d = MINHANG_2024.determine(building(use, Optional.empty()));
      assertFalse(d.crowded(), use.name());
      assertEquals(List.of("crowdedUses", "includePublicAssemblyUses", "publicAssemblyUses", "includeLaboratories"),
          consulted(d));
      assertEquals("false", d.rules().get(3).value());
    }
  }

  @Test
  void article73HasReadTheSameSince2009() {
    CrowdedPlaces in2015 = CrowdedPlaces.in(RuleContext.standard(MINHANG, LocalDate.of(2015, 6, 1)));
    assertTrue(in2015.determine(building(BuildingUse.TEACHING, Optional.empty())).crowded());
    assertEquals(List.of(NATIONAL), in2015.rules().packs());
    CrowdedPlaces firstDay = CrowdedPlaces.in(RuleContext.standard(MINHANG, LocalDate.of(2009, 5, 1)));
    assertEquals(List.of(NATIONAL), firstDay.rules().packs());
    RulePackException before = assertThrows(RulePackException.class,
        () -> CrowdedPlaces.in(RuleContext.standard(MINHANG, LocalDate.of(2009, 4, 30))));
    assertEquals(RulePackException.NOT_FOUND, before.errorCode());
  }

  @Test
  void zhejiangCountsLaboratories() {
    CrowdedPlaces lishui = CrowdedPlaces.in(RuleContext.standard(LISHUI, LocalDate.of(2024, 9, 1)));
    assertEquals(List.of(ZHEJIANG, NATIONAL), lishui.rules().packs());
    CrowdedPlaceDetermination lab = lishui.determine(building(BuildingUse.LABORATORY, Optional.empty()));
    assertTrue(lab.crowded());
    assertEquals(List.of("crowdedUses", "includePublicAssemblyUses", "publicAssemblyUses", "includeLaboratories",
        "laboratoryUses"), consulted(lab));
    assertEquals(ZHEJIANG, lab.rules().get(3).pack(), "the Zhejiang pack overrides only includeLaboratories");
    assertEquals(NATIONAL, lab.rules().get(4).pack());
    assertEquals(Optional.of("二(二)"), lab.rules().get(3).citation().clause());
    assertEquals(Optional.of("二(二)"), lab.citation().flatMap(c -> c.clause()), "the Zhejiang switch decided");
    Assessment teaching = lishui.determine(building(BuildingUse.TEACHING, Optional.empty())).toAssessment(Instant.EPOCH);
    assertEquals(List.of(ZHEJIANG, NATIONAL), teaching.packs(), "the narrower pack's silence is part of the answer");
    assertFalse(MINHANG_2024.determine(building(BuildingUse.LABORATORY, Optional.empty())).crowded(),
        "Shanghai keeps the national reading");
    CrowdedPlaces before = CrowdedPlaces.in(RuleContext.standard(LISHUI, LocalDate.of(2024, 4, 10)));
    assertFalse(before.determine(building(BuildingUse.LABORATORY, Optional.empty())).crowded());
  }

  @Test
  void declarationWinsAndReadsNoRule() {
    CrowdedPlaceDetermination d = MINHANG_2024.determine(building(BuildingUse.ADMINISTRATION, Optional.of(true)));
    assertTrue(d.crowded());
    assertEquals(CrowdedPlaceDetermination.Basis.DECLARED, d.basis());
    assertTrue(d.rules().isEmpty());
  }

  @Test
  void anUnverifiedPackIsRefusedWithoutConsent() {
    RulePack unverified = RulePackReader.read(new java.io.ByteArrayInputStream(("""
        {"schemaVersion":"1.0","id":"mh.crowded-places","version":"1.0","kind":"anxiao.core.crowded-place-uses",
         "title":{"zh":"闵行","en":"Minhang"},"jurisdiction":"310112","validFrom":"2024-01-01",
         "source":{"issuer":"某机关","document":"某文件","year":2024},"verification":"UNVERIFIED",
         "parameters":{"crowdedUses":{"type":"text-list","values":["TEACHING","ADMINISTRATION"]}}}
        """).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mh.json");
    RulePackRegistry registry = RulePackRegistry.builder().addClassPath(getClass().getClassLoader()).add(unverified).build();
    RuleContext context = RuleContext.of(registry, MINHANG, LocalDate.of(2024, 9, 1));
    Building admin = building(BuildingUse.ADMINISTRATION, Optional.empty());

    RulePackException e = assertThrows(RulePackException.class, () -> CrowdedPlaces.in(context).determine(admin));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    assertEquals(Optional.of("mh.crowded-places@1.0/crowdedUses"), e.field());

    CrowdedPlaceDetermination allowed =
        CrowdedPlaces.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED)).determine(admin);
    assertTrue(allowed.crowded());
    assertEquals(Verification.UNVERIFIED, allowed.rules().get(0).verification());
    assertTrue(CrowdedPlaces.in(context).determine(building(BuildingUse.OTHER, Optional.of(false))).rules().isEmpty(),
        "a declared building reads no rule, so nothing is refused");
  }

  @Test
  void aDeterminationBecomesAnAssessmentInOneCall() {
    Building gym = building(BuildingUse.GYMNASIUM, Optional.empty());
    Instant at = Instant.parse("2024-10-15T02:00:00Z");
    Assessment a = MINHANG_2024.determine(gym).toAssessment(at);
    assertEquals("anxiao.core.crowded-places", a.calculator());
    assertEquals(SubjectKind.BUILDING, a.subject().kind());
    assertEquals(gym.id(), a.subject().id());
    assertEquals(at, a.assessedAt());
    assertEquals(List.of(NATIONAL), a.packs());
    assertEquals(3, a.rulesApplied().size());
    assertEquals(AnxiaoJson.strict().digest(gym), a.inputsDigest());
    assertEquals(a, AnxiaoJson.strict().readDocument(AnxiaoJson.strict().write(a), Assessment.DOCUMENT));
  }

  @Test
  void declaresItsIdAndRequirements() {
    assertEquals("anxiao.core.crowded-places", MINHANG_2024.id().value());
    assertEquals(List.of(CrowdedPlaceRule.KIND), MINHANG_2024.requirements());
    assertThrows(AnxiaoException.class, () -> MINHANG_2024.determine(null));
    assertThrows(AnxiaoException.class, () -> CrowdedPlaces.in(null));
    Building gym = building(BuildingUse.GYMNASIUM, Optional.empty());
    assertThrows(AnxiaoException.class, () -> new CrowdedPlaceDetermination(gym, true,
        CrowdedPlaceDetermination.Basis.RULE, java.util.Arrays.asList((AppliedRule) null), List.of()));
  }
}
