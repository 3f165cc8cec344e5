package org.anxiao.logistics.dormitory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The {@code dormitory} document: written, validated against its schema and read back. */
class DormitoryJsonTest {
  private static final String JSON = """
      {"schemaVersion":"1.0","id":"b1","name":"1号楼","rooms":[
        {"id":"101","designCapacity":4,"occupants":4,"safetyOfficer":"张三","responsibilities":["WATER","ELECTRICITY"]},
        {"id":"102","designCapacity":6,"occupants":0,"responsibilities":[]}]}""";

  @Test
  void readsWritesAndReadsBack() {
    Dormitory d = AnxiaoJson.strict().readDocument(JSON, Dormitory.DOCUMENT);
    assertEquals(Optional.of("张三"), d.rooms().get(0).safetyOfficer());
    assertEquals(EnumSet.of(Responsibility.ELECTRICITY, Responsibility.WATER), d.rooms().get(0).responsibilities());
    assertEquals(Optional.empty(), d.rooms().get(1).safetyOfficer());
    String written = AnxiaoJson.strict().write(d);
    assertEquals(d, AnxiaoJson.strict().readDocument(written, Dormitory.DOCUMENT));
    assertTrue(written.contains("\"designCapacity\":4"), written);
  }

  @Test
  void theSchemaAndTheRecordRefuseBadRooms() {
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"occupants\":4", "\"occupants\":9"), Dormitory.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"designCapacity\":4", "\"designCapacity\":-4"), Dormitory.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"102\"", "\"101\""), Dormitory.DOCUMENT));
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(
        JSON.replace("\"WATER\"", "\"SLEEP\""), Dormitory.DOCUMENT));
    assertEquals(List.of(), List.of());
  }
}
