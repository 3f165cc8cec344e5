package org.anxiao.safety.chemical;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A storage layout (危化品储存布局): one chemistry laboratory or hazardous-chemical store (危化品贮存室),
 * the controls the room has (视频监控, 入侵报警装置, 防盗安全门, 防盗保险柜) and its cabinets, in any
 * order. Immutable and thread-safe.
 *
 * @param room     the room's id
 * @param controls the controls the room has
 * @param cabinets the cabinets, at least one, ids unique
 */
public record StorageLayout(String room, Set<StorageControl> controls, List<Cabinet> cabinets) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param room     the room's id
   * @param controls the controls the room has
   * @param cabinets the cabinets
   */
  public StorageLayout {
    Bounds.code("room", room);
    controls = Controls.copy("controls", controls);
    cabinets = Bounds.list("cabinets", cabinets);
    Require.nonEmpty("cabinets", cabinets);
    Set<String> ids = new HashSet<>();
    for (Cabinet c : cabinets) {
      Require.that(ids.add(c.id()), "cabinets", c.id(), "must not repeat a cabinet id");
    }
  }
}
