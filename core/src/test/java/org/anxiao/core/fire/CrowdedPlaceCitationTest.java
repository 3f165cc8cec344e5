package org.anxiao.core.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.RuleContext;
import org.junit.jupiter.api.Test;

/**
 * Which rule value a determination cites as decisive, and the listing of crowded uses, against the
 * shipped national pack (Minhang, 2024) and the Zhejiang laboratory reading (Lishui, 2024).
 */
class CrowdedPlaceCitationTest {
  private static final CrowdedPlaces MINHANG = CrowdedPlaces.in(
      RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2024, 9, 1)));
  private static final CrowdedPlaces LISHUI = CrowdedPlaces.in(
      RuleContext.standard(JurisdictionCode.of("331100"), LocalDate.of(2024, 9, 1)));

  private static CrowdedPlaceDetermination determine(CrowdedPlaces rule, BuildingUse use) {
    return rule.determine(CrowdedPlacesTest.building(use, Optional.empty()));
  }

  private static Citation citationOf(CrowdedPlaceDetermination d, String parameter) {
    return d.rules().stream().filter(r -> r.parameter().equals(parameter)).map(AppliedRule::citation)
        .findFirst().orElseThrow();
  }

  @Test
  void aUseNamedInTheListIsDecidedByTheListItself() {
    CrowdedPlaceDetermination teaching = determine(MINHANG, BuildingUse.TEACHING);
    assertTrue(teaching.crowded());
    assertEquals(1, teaching.rules().size(), "only crowdedUses is consulted");
    assertEquals(Optional.of(citationOf(teaching, "crowdedUses")), teaching.citation());
    assertEquals(Optional.of("第七十三条第（四）项"), teaching.citation().flatMap(Citation::clause));
  }

  @Test
  void aPublicAssemblyUseIsDecidedByTheSwitchThatAdmittedIt() {
    CrowdedPlaceDetermination gym = determine(MINHANG, BuildingUse.GYMNASIUM);
    assertTrue(gym.crowded());
    assertEquals(3, gym.rules().size());
    assertEquals(Optional.of(citationOf(gym, "includePublicAssemblyUses")), gym.citation(),
        "the switch, not the list publicAssemblyUses naming the use");
    assertEquals(Optional.of("第七十三条第（三）项、第（四）项"), gym.citation().flatMap(Citation::clause));
  }

  @Test
  void aUseThatIsNotCrowdedCitesTheLastValueConsulted() {
    CrowdedPlaceDetermination minhang = determine(MINHANG, BuildingUse.ADMINISTRATION);
    assertFalse(minhang.crowded());
    assertEquals("includeLaboratories", minhang.rules().get(minhang.rules().size() - 1).parameter());
    assertEquals(Optional.of(citationOf(minhang, "includeLaboratories")), minhang.citation());

    CrowdedPlaceDetermination lishui = determine(LISHUI, BuildingUse.ADMINISTRATION);
    assertFalse(lishui.crowded());
    assertEquals("laboratoryUses", lishui.rules().get(lishui.rules().size() - 1).parameter(),
        "Zhejiang turns the laboratory reading on, so its list is read too");
    assertEquals(Optional.of(citationOf(lishui, "laboratoryUses")), lishui.citation());
  }

  @Test
  void aDeclaredAnswerCitesNothing() {
    CrowdedPlaceDetermination declared =
        MINHANG.determine(CrowdedPlacesTest.building(BuildingUse.TEACHING, Optional.of(false)));
    assertEquals(Optional.empty(), declared.citation());
  }

  @Test
  void aSingleValueThatFoundTheUseCrowdedIsItselfDecisive() {
    AppliedRule only = determine(MINHANG, BuildingUse.CANTEEN).rules().get(0);
    Building building = CrowdedPlacesTest.building(BuildingUse.OTHER, Optional.empty());
    CrowdedPlaceDetermination d = new CrowdedPlaceDetermination(building, true,
        CrowdedPlaceDetermination.Basis.RULE, List.of(only), List.of(only.pack()));
    assertEquals(Optional.of(only.citation()), d.citation());
    CrowdedPlaceDetermination notCrowded = new CrowdedPlaceDetermination(building, false,
        CrowdedPlaceDetermination.Basis.RULE, List.of(only), List.of(only.pack()));
    assertEquals(Optional.of(only.citation()), notCrowded.citation());
  }

  @Test
  void buildingIdIsTheInputBuildingsId() {
    Building building = Building.builder().id("north-hall").name("北楼").use(BuildingUse.LIBRARY)
        .grossFloorArea(org.anxiao.core.unit.AnxiaoUnits.of("500", org.anxiao.core.unit.AnxiaoUnits.SQUARE_METER))
        .build();
    CrowdedPlaceDetermination d = MINHANG.determine(building);
    assertEquals("north-hall", d.buildingId());
    assertEquals("north-hall", d.subject().id());
  }

  @Test
  void crowdedUsesListsTheNamedAndPublicAssemblyUsesButNotLaboratoriesNationally() {
    assertEquals(EnumSet.of(BuildingUse.TEACHING, BuildingUse.LIBRARY, BuildingUse.CANTEEN, BuildingUse.DORMITORY,
        BuildingUse.KINDERGARTEN, BuildingUse.GYMNASIUM, BuildingUse.AUDITORIUM), MINHANG.crowdedUses());
    assertEquals(EnumSet.of(BuildingUse.TEACHING, BuildingUse.LIBRARY, BuildingUse.CANTEEN, BuildingUse.DORMITORY,
        BuildingUse.KINDERGARTEN, BuildingUse.GYMNASIUM, BuildingUse.AUDITORIUM, BuildingUse.LABORATORY),
        LISHUI.crowdedUses(), "Zhejiang adds laboratories");
  }

  @Test
  void crowdedUsesAgreesWithDetermineForEveryUse() {
    for (CrowdedPlaces rule : List.of(MINHANG, LISHUI)) {
      Set<BuildingUse> listed = rule.crowdedUses();
      for (BuildingUse use : BuildingUse.values()) {
        assertEquals(listed.contains(use), determine(rule, use).crowded(), use.name());
      }
    }
  }

  @Test
  void crowdedUsesCannotBeModified() {
    Set<BuildingUse> uses = MINHANG.crowdedUses();
    assertThrows(UnsupportedOperationException.class, () -> uses.add(BuildingUse.OTHER));
  }
}
