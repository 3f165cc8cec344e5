package org.anxiao.safety.chemical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The hazard classes of the reagents a pack knows (危险类别表), bound from the {@code classes}
 * structure of a {@link HazardClassRule} pack: one entry per CAS number. Immutable and thread-safe.
 *
 * @param entries the reagents and their classes, one entry per CAS number
 */
public record HazardClassTable(List<HazardClassEntry> entries) {
  /**
   * Creates the record after checking each CAS number appears once.
   *
   * @param entries the reagents and their classes
   */
  public HazardClassTable {
    entries = Bounds.list("entries", entries);
    Map<CasNumber, HazardClassEntry> seen = new HashMap<>();
    for (HazardClassEntry e : entries) {
      Require.that(seen.put(e.cas(), e) == null, "entries", e.cas().value(), "must list each CAS number once");
    }
  }

  /**
   * {@return the classes of {@code cas}; empty when the table does not know it}
   *
   * @param cas the CAS number
   */
  public Optional<List<HazardClass>> classes(CasNumber cas) {
    Require.nonNull("cas", cas);
    return entries.stream().filter(e -> e.cas().equals(cas)).findFirst().map(HazardClassEntry::classes);
  }
}
