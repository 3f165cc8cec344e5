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

  @Test
  void unknownFamilyNamesTheFamiliesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VectorFiles.family("no.such"));
    assertTrue(e.getMessage().contains("no.such") && e.getMessage().contains("core.units"), e.getMessage());
  }
}
