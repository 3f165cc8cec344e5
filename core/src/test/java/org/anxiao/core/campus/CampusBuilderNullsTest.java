package org.anxiao.core.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;

/** The campus builder refuses a null element naming the attribute and the element's index. */
class CampusBuilderNullsTest {
  private static final Gate GATE = new Gate("east", "东门", GateKind.MAIN, true, true);
  private static final Building BUILDING = Building.builder().id("1").name("1号楼").use(BuildingUse.TEACHING)
      .grossFloorArea(AnxiaoUnits.of("1200", AnxiaoUnits.SQUARE_METER)).build();
  private static final KeyPart LAB = new KeyPart("lab", "实验室", KeyPartKind.LABORATORY, Optional.empty());

  private static void namesElement(String field, Runnable call) {
    MissingValueException e = assertThrows(MissingValueException.class, call::run);
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void aNullElementIsNamedByItsIndex() {
    namesElement("gates[1]", () -> Campus.builder().addAllGates(Arrays.asList(GATE, null)));
    namesElement("gates[1]", () -> Campus.builder().addGates(GATE, null));
    namesElement("gates[2]", () -> Campus.builder().gates(Arrays.asList(GATE, GATE, null)));
    namesElement("keyParts[1]", () -> Campus.builder().addKeyParts(LAB, null));
    namesElement("keyParts[1]", () -> Campus.builder().keyParts(Arrays.asList(LAB, null)));
    namesElement("buildings[1]", () -> Campus.builder().addBuildings(BUILDING, null));
    namesElement("buildings[2]", () -> Campus.builder().addAllBuildings(Arrays.asList(BUILDING, BUILDING, null)));
    namesElement("buildings[1]", () -> Campus.builder().buildings(Arrays.asList(BUILDING, null)));
    namesElement("keyParts[1]", () -> Campus.builder().addAllKeyParts(Arrays.asList(LAB, null)));
  }

  @Test
  void everyWayOfAddingElementsKeepsThemInOrder() {
    Gate west = new Gate("west", "西门", GateKind.SIDE, false, false);
    KeyPart store = new KeyPart("store", "储藏室", KeyPartKind.STOREROOM, Optional.empty());
    Building two = Building.builder().from(BUILDING).id("2").build();
    Campus c = Campus.builder().id("main").name("本部")
        .addGates(GATE, west).addKeyParts(LAB, store).addBuildings(BUILDING, two).build();
    assertEquals(java.util.List.of(GATE, west), c.gates());
    assertEquals(java.util.List.of(LAB, store), c.keyParts());
    assertEquals(java.util.List.of(BUILDING, two), c.buildings());
    Campus d = Campus.builder().id("main").name("本部")
        .gates(java.util.List.of(GATE, west)).keyParts(java.util.List.of(LAB, store)).buildings(java.util.List.of(BUILDING, two))
        .build();
    assertEquals(c, d);
  }
}
