package org.anxiao.core.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** A campus's building lookup, a building's documented ranges, and the key-part labels. */
class CampusLookupTest {
  private static Building.Builder building(String id) {
    return Building.builder().id(id).name(id + "号楼").use(BuildingUse.TEACHING)
        .grossFloorArea(AnxiaoUnits.of("1200", AnxiaoUnits.SQUARE_METER));
  }

  private static void refused(String field, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(InvalidValueException.CODE, e.errorCode());
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void buildingIsFoundByIdAndAbsentForAnUnknownId() {
    Campus c = Campus.builder().id("main").name("本部").addBuildings(building("1").build(), building("2").build()).build();
    assertEquals("2", c.building("2").orElseThrow().id());
    assertEquals("1", c.building("1").orElseThrow().id());
    assertEquals(Optional.empty(), c.building("3"));
    assertEquals(2400.0, c.grossFloorAreaSquareMetres());
  }

  @Test
  void aBuildingHasAtLeastOneStoreyAboveGround() {
    assertEquals(1, building("1").storeysAboveGround(1).build().storeysAboveGround());
    refused("storeysAboveGround", () -> building("1").storeysAboveGround(0).build());
    assertEquals(0, building("1").storeysBelowGround(0).build().storeysBelowGround());
    refused("storeysBelowGround", () -> building("1").storeysBelowGround(-1).build());
  }

  @Test
  void yearBuiltRunsFrom1800To2200Inclusive() {
    assertEquals(Optional.of(1800), building("1").yearBuilt(1800).build().yearBuilt());
    assertEquals(Optional.of(2200), building("1").yearBuilt(2200).build().yearBuilt());
    refused("yearBuilt", () -> building("1").yearBuilt(1799).build());
    refused("yearBuilt", () -> building("1").yearBuilt(2201).build());
  }

  @Test
  void keyPartKindsCarryTheirChineseAndEnglishNames() {
    assertEquals(LocalizedText.of("危险品仓库", "hazardous materials store"), KeyPartKind.HAZARDOUS_MATERIALS_STORE.label());
    assertEquals(LocalizedText.of("实验室", "laboratory"), KeyPartKind.LABORATORY.label());
  }

  @Test
  void anAddressWhenGivenIsNotBlank() {
    Campus.Builder c = Campus.builder().id("main").name("本部");
    assertEquals(Optional.of("上海市闵行区示例路1号"), c.address("上海市闵行区示例路1号").build().address());
    refused("address", () -> Campus.builder().id("main").name("本部").address("  ").build());
  }

  @Test
  void aKeyPartMayNameABuildingOfItsCampus() {
    KeyPart lab = new KeyPart("lab", "化学实验室", KeyPartKind.LABORATORY, Optional.of("2"));
    Campus c = Campus.builder().id("main").name("本部").addBuildings(building("1").build(), building("2").build())
        .addKeyParts(lab).build();
    assertEquals(java.util.List.of(lab), c.keyParts());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Campus.builder().id("main").name("本部")
        .addBuildings(building("1").build()).addKeyParts(lab).build());
    assertEquals("keyParts[0].buildingId", e.field().orElseThrow());
  }
}
