package org.anxiao.safety.defence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A facility table by key part (重点部位防范设施配置表), the shape of GB/T 29315-2022's table: for each
 * key part, the facilities it shall (应) or should (宜) have. Bound from the {@code table} parameter
 * of a {@link FacilityTableRule} pack.
 *
 * <p>Invariants: key part ids unique; facility ids unique across the table. Immutable and thread-safe.
 *
 * @param keyParts the key parts, in order; at least one
 */
public record FacilityTable(List<KeyPartFacilities> keyParts) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param keyParts the key parts; at least one, ids unique, facility ids unique across the table
   */
  public FacilityTable {
    keyParts = Bounds.list("keyParts", keyParts);
    Require.nonEmpty("keyParts", keyParts);
    Set<String> parts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int p = 0; p < keyParts.size(); p++) {
      KeyPartFacilities part = keyParts.get(p);
      Require.thatElement(parts.add(part.id()), "keyParts", p, ".id", part.id(), "key part ids must be unique");
      for (int f = 0; f < part.facilities().size(); f++) {
        String id = part.facilities().get(f).id();
        Require.thatElement(ids.add(id), "keyParts[" + p + "].facilities", f, ".id", id, "facility ids must be unique");
      }
    }
  }

  /** {@return every facility of the table, key part by key part} */
  public List<Facility> facilities() {
    return keyParts.stream().flatMap(p -> p.facilities().stream()).toList();
  }
}
