package org.anxiao.safety.chemical;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;

/** Copies a set of controls after checking it (not null, no null element). */
final class Controls {
  private Controls() {}

  static Set<StorageControl> copy(String field, Collection<StorageControl> controls) {
    List<StorageControl> checked = Bounds.list(field, controls);
    EnumSet<StorageControl> copy = EnumSet.noneOf(StorageControl.class);
    copy.addAll(checked);
    return Collections.unmodifiableSet(copy);
  }
}
