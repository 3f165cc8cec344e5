package org.anxiao.core.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.ResolvedRules;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** 消防法 (2021) art. 73 as shipped in cn.fire-law.crowded-places. */
class CrowdedPlacesTest {
  private static final ResolvedRules RULES = RulePackRegistry.standard()
      .resolve(CrowdedPlaces.KIND, JurisdictionCode.of("310112"), LocalDate.of(2024, 9, 1));

  private static Building building(BuildingUse use, Optional<Boolean> declared) {
    return Building.builder().id("b-" + use).name(use.label().zh()).use(use)
        .grossFloorArea(AnxiaoUnits.of("1000", AnxiaoUnits.SQUARE_METER)).crowdedPlace(declared).build();
  }

  @Test
  void usesListedInArticle73AreCrowdedPlaces() {
    for (BuildingUse use : new BuildingUse[] {BuildingUse.TEACHING, BuildingUse.LIBRARY, BuildingUse.CANTEEN,
        BuildingUse.DORMITORY, BuildingUse.KINDERGARTEN}) {
      CrowdedPlaceDetermination d = CrowdedPlaces.determine(building(use, Optional.empty()), RULES);
      assertTrue(d.crowded(), use.name());
      assertEquals(CrowdedPlaceDetermination.Basis.RULE, d.basis());
      assertEquals(PackRef.of("cn.fire-law.crowded-places", "1.0.0"), d.rules().get(0).pack());
      assertEquals(Optional.of("第七十三条"), d.rules().get(0).citation().clause());
    }
  }

  @Test
  void gymnasiumsAndAuditoriumsCountByTheSaferReading() {
    assertTrue(CrowdedPlaces.determine(building(BuildingUse.GYMNASIUM, Optional.empty()), RULES).crowded());
    assertTrue(CrowdedPlaces.determine(building(BuildingUse.AUDITORIUM, Optional.empty()), RULES).crowded());
    CrowdedPlaceDetermination admin = CrowdedPlaces.determine(building(BuildingUse.ADMINISTRATION, Optional.empty()), RULES);
    assertFalse(admin.crowded());
    assertEquals(3, admin.rules().size(), "all three parameters consulted and recorded");
  }

  @Test
  void declarationWins() {
    CrowdedPlaceDetermination d = CrowdedPlaces.determine(building(BuildingUse.ADMINISTRATION, Optional.of(true)), RULES);
    assertTrue(d.crowded());
    assertEquals(CrowdedPlaceDetermination.Basis.DECLARED, d.basis());
    assertTrue(d.rules().isEmpty());
  }
}
