package org.anxiao.safety.chemical;

import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;

/**
 * A storage cabinet (试剂柜): its id within the room, the controls it has (双人双锁, 台账…) and the
 * reagents it holds, in any order. Immutable and thread-safe.
 *
 * @param id       the cabinet's id, unique in its room
 * @param controls the controls the cabinet has
 * @param items    the reagents it holds; the same CAS number may appear more than once (bottles of
 *                 different concentration)
 */
public record Cabinet(String id, Set<StorageControl> controls, List<StoredItem> items) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param id       the cabinet's id
   * @param controls the controls it has
   * @param items    the reagents it holds
   */
  public Cabinet {
    Bounds.code("id", id);
    controls = Controls.copy("controls", controls);
    items = Bounds.list("items", items);
  }
}
