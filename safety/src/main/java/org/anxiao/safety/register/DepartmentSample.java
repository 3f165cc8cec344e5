package org.anxiao.safety.register;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One department's spot-check sample (抽查样本): how many of its hazards were eligible and the ids
 * drawn, in draw order (ascending SHA-256 key). Immutable and thread-safe.
 *
 * @param eligible the department's hazards resolved or being resolved with a deadline
 * @param sampled  the ids drawn, at most {@code eligible}, each once
 */
public record DepartmentSample(long eligible, List<String> sampled) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param eligible the eligible hazards
   * @param sampled  the ids drawn
   */
  public DepartmentSample {
    Bounds.count("eligible", eligible);
    sampled = Bounds.list("sampled", sampled);
    for (int i = 0; i < sampled.size(); i++) {
      Bounds.code("sampled[" + i + "]", sampled.get(i));
    }
    Require.that(sampled.size() <= eligible, "sampled", sampled.size() + " ids", "must not exceed eligible {}", eligible);
    Require.that(sampled.stream().distinct().count() == sampled.size(), "sampled", sampled, "must not repeat an id");
  }
}
