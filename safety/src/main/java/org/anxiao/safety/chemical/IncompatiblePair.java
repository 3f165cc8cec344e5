package org.anxiao.safety.chemical;

import org.anxiao.core.internal.Require;

/**
 * Two hazard classes that must not share a cabinet (禁忌配存), in either order. Immutable and
 * thread-safe.
 *
 * @param first  one class
 * @param second the other class (may equal {@code first} for a class that reacts with itself)
 */
public record IncompatiblePair(HazardClass first, HazardClass second) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param first  one class
   * @param second the other class
   */
  public IncompatiblePair {
    Require.nonNull("first", first);
    Require.nonNull("second", second);
  }

  /**
   * {@return true when the pair is {@code a} and {@code b}, in either order}
   *
   * @param a one class
   * @param b the other class
   */
  public boolean matches(HazardClass a, HazardClass b) {
    Require.nonNull("a", a);
    Require.nonNull("b", b);
    return (first == a && second == b) || (first == b && second == a);
  }
}
