package org.anxiao.safety.chemical;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A hazard-class compatibility matrix (储存禁忌矩阵), given as its incompatible pairs; every pair not
 * listed is compatible. Symmetric by construction: a pair matches in either order. Immutable and
 * thread-safe.
 *
 * @param pairs the incompatible pairs, none repeated (in either order)
 */
public record CompatibilityMatrix(List<IncompatiblePair> pairs) {
  /**
   * Creates the record after checking no pair is repeated.
   *
   * @param pairs the incompatible pairs
   */
  public CompatibilityMatrix {
    pairs = Bounds.list("pairs", pairs);
    for (int i = 0; i < pairs.size(); i++) {
      for (int j = 0; j < i; j++) {
        IncompatiblePair p = pairs.get(i);
        Require.that(!pairs.get(j).matches(p.first(), p.second()), "pairs", p.first() + "/" + p.second(),
            "must not repeat a pair (in either order)");
      }
    }
  }

  /**
   * {@return true when {@code a} and {@code b} must not share a cabinet}
   *
   * @param a one class
   * @param b the other class
   */
  public boolean incompatible(HazardClass a, HazardClass b) {
    Require.nonNull("a", a);
    Require.nonNull("b", b);
    return pairs.stream().anyMatch(p -> p.matches(a, b));
  }
}
