package org.anxiao.safety.hazard;

import java.util.Collection;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;

/** Lists of one-line texts (parties named by a source, evidence references), each element checked. */
final class Lines {
  private Lines() {}

  /** An unmodifiable copy; each element one line of text; at least one when {@code nonEmpty}. */
  static List<String> list(String field, Collection<String> value, boolean nonEmpty) {
    List<String> copy = Bounds.list(field, value);
    if (nonEmpty && copy.isEmpty()) {
      throw new InvalidValueException(field, "[]", "must hold at least one entry");
    }
    for (int i = 0; i < copy.size(); i++) {
      Bounds.line(field + "[" + i + "]", copy.get(i));
    }
    return copy;
  }
}
