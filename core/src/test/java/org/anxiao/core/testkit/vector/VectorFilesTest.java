package org.anxiao.core.testkit.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** VectorFiles: reproducible bytes, the count asked, notes for the flags used only, and a clear error for an unknown family. */
class VectorFilesTest {
  private static final VectorFamily UNITS = VectorFiles.family("core.units");

  @Test
  void sameFamilySeedAndCountGiveTheSameBytes() {
    assertArrayEquals(VectorFiles.write(UNITS, 5, 40), VectorFiles.write(UNITS, 5, 40));
    assertArrayEquals(VectorFiles.write(UNITS, 5, 40), VectorFiles.bytes(VectorFiles.generate(UNITS, 5, 40)));
  }

  @Test
  void theCountIsHonouredAndTheHeaderCarriesSeedAndVersion() throws IOException {
    for (int count : new int[] {1, 7, 60}) {
      JsonNode file = new ObjectMapper().readTree(VectorFiles.write(UNITS, 11, count));
      assertEquals(count, file.path("numberOfTests").asInt());
      assertEquals(count, file.path("testGroups").get(0).path("tests").size());
      assertEquals(count, file.path("generated").path("count").asInt());
      assertEquals(11, file.path("generated").path("seed").asLong());
      assertEquals(VectorFiles.libraryVersion(), file.path("generated").path("libraryVersion").asText());
      assertTrue(file.path("generated").path("differential").asBoolean());
    }
    assertThrows(IllegalArgumentException.class, () -> VectorFiles.write(UNITS, 1, 0));
  }

  @Test
  void notesAreThoseOfTheFlagsUsedAndEveryFlagHasOne() throws IOException {
    for (int count : new int[] {1, 200}) {
      JsonNode file = new ObjectMapper().readTree(VectorFiles.write(UNITS, 3, count));
      Set<String> used = new TreeSet<>();
      for (JsonNode test : file.path("testGroups").get(0).path("tests")) {
        test.path("flags").forEach(f -> used.add(f.asText()));
        assertTrue(test.path("flags").toString().contains(VectorFiles.DIFFERENTIAL), test.toString());
      }
      Set<String> notes = new TreeSet<>();
      file.path("notes").fieldNames().forEachRemaining(notes::add);
      assertEquals(used, notes);
    }
  }

  /** A two-group family over core.units: the group's parameters say which half of the codes it draws from. */
  private static final class TwoGroups implements VectorFamily {
    @Override public String name() { return "test.two-groups"; }
    @Override public String calculator() { return UNITS.calculator(); }
    @Override public String description() { return "Two groups."; }
    @Override public java.util.List<String> packs() { return UNITS.packs(); }
    @Override public java.util.List<DataFile> dataFiles() { return UNITS.dataFiles(); }
    @Override public org.quicktheories.core.Gen<com.fasterxml.jackson.databind.node.ObjectNode> inputs() { return UNITS.inputs(); }
    @Override public VectorOutcome run(JsonNode input) { return UNITS.run(input); }

    @Override
    public java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> groups() {
      com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
      return java.util.List.of(f.objectNode().put("g", 1), f.objectNode().put("g", 2));
    }
  }

  @Test
  void vectorsSplitEvenlyOverTheGroupsWithIdsRunningOnAndTheFirstGroupDrawsFromTheSeed() throws IOException {
    JsonNode file = new ObjectMapper().readTree(VectorFiles.write(new TwoGroups(), 9, 7));
    JsonNode groups = file.path("testGroups");
    assertEquals(2, groups.size());
    assertEquals(4, groups.get(0).path("tests").size());
    assertEquals(3, groups.get(1).path("tests").size());
    assertEquals(1, groups.get(0).path("parameters").path("g").asInt());
    assertEquals(2, groups.get(1).path("parameters").path("g").asInt());
    assertEquals(7, groups.get(1).path("tests").get(2).path("id").asInt());
    // The first group's inputs are the one-group family's first four from the same seed.
    JsonNode single = new ObjectMapper().readTree(VectorFiles.write(UNITS, 9, 4));
    for (int i = 0; i < 4; i++) {
      assertEquals(single.path("testGroups").get(0).path("tests").get(i).path("input"),
          groups.get(0).path("tests").get(i).path("input"));
    }
    assertThrows(IllegalArgumentException.class, () -> VectorFiles.write(new TwoGroups(), 9, 1));
  }

  @Test
  void unknownFamilyNamesTheFamiliesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VectorFiles.family("no.such"));
    assertTrue(e.getMessage().contains("no.such") && e.getMessage().contains("core.units"), e.getMessage());
  }
}
