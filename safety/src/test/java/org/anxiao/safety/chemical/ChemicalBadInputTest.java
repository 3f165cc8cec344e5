package org.anxiao.safety.chemical;

import static org.anxiao.safety.chemical.ChemicalFixtures.SULFURIC_ACID;
import static org.anxiao.safety.chemical.ChemicalFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input to the layout types: typed errors naming the field; the layout round-trips through JSON. */
class ChemicalBadInputTest {

  private static void refused(String field, Executable e) {
    AnxiaoException x = assertThrows(AnxiaoException.class, e);
    assertEquals(field, x.field().orElseThrow(), x.getMessage());
  }

  @Test
  void aStoredItemValidatesEachField() {
    refused("cas", () -> new StoredItem(null, BigDecimal.ONE, QuantityUnit.GRAM, Optional.empty(), false));
    refused("quantity", () -> new StoredItem(SULFURIC_ACID, BigDecimal.ZERO, QuantityUnit.GRAM, Optional.empty(), false));
    refused("quantity", () -> new StoredItem(SULFURIC_ACID, new BigDecimal("-1"), QuantityUnit.GRAM, Optional.empty(),
        false));
    refused("quantity", () -> new StoredItem(SULFURIC_ACID, null, QuantityUnit.GRAM, Optional.empty(), false));
    refused("unit", () -> new StoredItem(SULFURIC_ACID, BigDecimal.ONE, null, Optional.empty(), false));
    refused("concentration", () -> new StoredItem(SULFURIC_ACID, BigDecimal.ONE, QuantityUnit.GRAM, null, false));
    refused("concentration", () -> new StoredItem(SULFURIC_ACID, BigDecimal.ONE, QuantityUnit.GRAM,
        Optional.of(new BigDecimal("100.1")), false));
    refused("concentration", () -> new StoredItem(SULFURIC_ACID, BigDecimal.ONE, QuantityUnit.GRAM,
        Optional.of(BigDecimal.ZERO), false));
    assertEquals(new BigDecimal("100"), new StoredItem(SULFURIC_ACID, BigDecimal.ONE, QuantityUnit.GRAM,
        Optional.of(new BigDecimal("100")), false).concentration().orElseThrow());
    assertEquals(new BigDecimal("0.0001"), new StoredItem(SULFURIC_ACID, new BigDecimal("0.0001"), QuantityUnit.GRAM,
        Optional.empty(), false).quantity());
  }

  @Test
  void aCabinetAndALayoutValidateEachField() {
    refused("id", () -> new Cabinet(" ", Set.of(), List.of()));
    refused("id", () -> new Cabinet("a\u0007", Set.of(), List.of()));
    refused("controls", () -> new Cabinet("a", null, List.of()));
    refused("controls[0]", () -> new Cabinet("a", new java.util.HashSet<>(Arrays.asList((StorageControl) null)),
        List.of()));
    refused("items", () -> new Cabinet("a", Set.of(), null));
    refused("items[0]", () -> new Cabinet("a", Set.of(), Arrays.asList((StoredItem) null)));
    Cabinet a = new Cabinet("a", Set.of(), List.of(item(SULFURIC_ACID)));
    refused("room", () -> new StorageLayout("", Set.of(), List.of(a)));
    refused("cabinets", () -> new StorageLayout("lab", Set.of(), List.of()));
    refused("cabinets", () -> new StorageLayout("lab", Set.of(), List.of(a, a)));
    refused("controls", () -> new StorageLayout("lab", null, List.of(a)));
  }

  @Test
  void aCalculatorRefusesNulls() {
    refused("context", () -> ChemicalRegistry.in(null));
    refused("context", () -> ChemicalStorage.in(null));
    refused("cas", () -> ChemicalFixtures.registry().flags(null));
    refused("layout", () -> ChemicalStorage.in(ChemicalFixtures.national(org.anxiao.core.rule.VerificationPolicy.DEFAULT)).check(null));
  }

  @Test
  void theLayoutRoundTripsThroughJson() {
    StorageLayout layout = ChemicalStorageTest.sample();
    String json = AnxiaoJson.strict().write(layout);
    assertTrue(json.contains("\"cas\":\"7440-23-5\""), json);
    assertEquals(layout, AnxiaoJson.strict().read(json, StorageLayout.class));
  }

  @Test
  void aBadCasInAJsonLayoutNamesTheField() {
    String json = "{\"room\":\"lab\",\"controls\":[],\"cabinets\":[{\"id\":\"a\",\"controls\":[],\"items\":[{\"cas\":"
        + "\"7722-84-2\",\"quantity\":\"1\",\"unit\":\"GRAM\",\"concentration\":\"30\",\"underOil\":false}]}]}";
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(json, StorageLayout.class));
    assertTrue(e.getMessage().contains("cas"), e.getMessage());
  }

  @Test
  void modelValuesRefuseBadParts() {
    refused("classes", () -> new HazardClassEntry(SULFURIC_ACID, List.of()));
    refused("cas", () -> new HazardClassEntry(null, List.of(HazardClass.ACID)));
    refused("entries", () -> new HazardClassTable(List.of(new HazardClassEntry(SULFURIC_ACID, List.of(HazardClass.ACID)),
        new HazardClassEntry(SULFURIC_ACID, List.of(HazardClass.BASE)))));
    refused("first", () -> new IncompatiblePair(null, HazardClass.ACID));
    refused("second", () -> new IncompatiblePair(HazardClass.ACID, null));
    refused("pairs", () -> new CompatibilityMatrix(List.of(new IncompatiblePair(HazardClass.ACID, HazardClass.BASE),
        new IncompatiblePair(HazardClass.BASE, HazardClass.ACID))));
    CompatibilityMatrix m = new CompatibilityMatrix(List.of(new IncompatiblePair(HazardClass.ACID, HazardClass.BASE)));
    assertTrue(m.incompatible(HazardClass.BASE, HazardClass.ACID));
    assertTrue(m.incompatible(HazardClass.ACID, HazardClass.BASE));
    assertEquals(false, m.incompatible(HazardClass.ACID, HazardClass.ACID));
    assertEquals(false, m.incompatible(HazardClass.ACID, HazardClass.OXIDISER));
    assertEquals(Optional.empty(), new HazardClassTable(List.of()).classes(SULFURIC_ACID));
    assertEquals(EnumSet.of(HazardClass.ACID), EnumSet.copyOf(new HazardClassTable(List.of(new HazardClassEntry(
        SULFURIC_ACID, List.of(HazardClass.ACID)))).classes(SULFURIC_ACID).orElseThrow()));
  }
}
