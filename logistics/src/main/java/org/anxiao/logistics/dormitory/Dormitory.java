package org.anxiao.logistics.dormitory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.DocumentType;

/**
 * A student dormitory building (学生公寓、宿舍楼) as a top-level JSON document: {@code {"schemaVersion":
 * "1.0", "id": …, "name": …, "rooms": [{"id", "designCapacity", "occupants", "safetyOfficer",
 * "responsibilities"}]}} (document type {@code dormitory}, schema {@value #SCHEMA_RESOURCE}). Room ids are
 * unique; at least one room, so the building's design capacity is at least one bed. Immutable.
 *
 * @param schemaVersion the wire-format version
 * @param id            the building's id
 * @param name          the building's name, e.g. 3号学生公寓
 * @param rooms         the rooms, ids unique, at least one
 */
public record Dormitory(String schemaVersion, String id, String name, List<DormitoryRoom> rooms) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/dormitory.schema.json";
  /** The document type {@code dormitory}. */
  public static final DocumentType<Dormitory> DOCUMENT = DocumentType.of("dormitory", Dormitory.class,
      Dormitory.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param id            the building's id
   * @param name          the building's name
   * @param rooms         the rooms, ids unique, at least one
   * @throws org.anxiao.core.error.InvalidValueException for no room, or a room id given twice (naming
   *                                                     {@code rooms[i].id})
   */
  public Dormitory {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("id", id);
    Bounds.line("name", name);
    rooms = Bounds.list("rooms", rooms);
    Require.that(!rooms.isEmpty(), "rooms", "[]", "must hold at least one room");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rooms.size(); i++) {
      Require.thatElement(ids.add(rooms.get(i).id()), "rooms", i, ".id", rooms.get(i).id(), "room id given twice");
    }
  }

  /**
   * {@return a dormitory in the current wire-format version}
   *
   * @param id    the building's id
   * @param name  the building's name
   * @param rooms the rooms, ids unique, at least one
   */
  public static Dormitory of(String id, String name, List<DormitoryRoom> rooms) {
    return new Dormitory(DocumentType.CURRENT_VERSION, id, name, rooms);
  }

  /**
   * {@return the room {@code roomId}, if the building has it}
   *
   * @param roomId a room id
   */
  public Optional<DormitoryRoom> room(String roomId) {
    Bounds.code("roomId", roomId);
    return rooms.stream().filter(r -> r.id().equals(roomId)).findFirst();
  }

  /** {@return the building's design capacity, the sum of its rooms' beds} */
  public long designCapacity() {
    return rooms.stream().mapToLong(DormitoryRoom::designCapacity).sum();
  }

  /** {@return the pupils living in the building, the sum over its rooms} */
  public long occupants() {
    return rooms.stream().mapToLong(DormitoryRoom::occupants).sum();
  }
}
