package org.anxiao.logistics.testkit;

import java.util.Objects;
import org.anxiao.logistics.canteen.CanteenAccounts;

/**
 * A canteen's accounts of one term with its accounts of an earlier term, for the price change
 * ({@code CanteenAccounting.assess(current, previous)}). Invariant of the generators: same canteen id,
 * and {@code previous} ends on or before {@code current} starts.
 *
 * @param current  the term assessed
 * @param previous the earlier term
 */
public record CanteenTerms(CanteenAccounts current, CanteenAccounts previous) {
  /**
   * Checks both are present.
   *
   * @param current  the term assessed
   * @param previous the earlier term
   */
  public CanteenTerms {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
  }
}
