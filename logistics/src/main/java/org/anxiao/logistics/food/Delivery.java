package org.anxiao.logistics.food;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One delivery checked on receipt (进货查验): the supplier, the people who checked it, and whether the
 * supplier's licence and the invoice or delivery note were obtained (索证索票). How many checkers a
 * delivery needs is pack data ({@link FoodSafetyRoutineRule#deliveryCheckers()}).
 *
 * <p>Invariants: checker names unique (a person counts once); the list may be empty (then nobody
 * checked it, which {@link FoodSafetyLogs} reports). Immutable and thread-safe.
 *
 * @param supplier          the supplier
 * @param checkers          the people who checked the delivery, names unique
 * @param documentsObtained true when licence and invoice were obtained (索证索票)
 */
public record Delivery(String supplier, List<String> checkers, boolean documentsObtained) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param supplier          the supplier
   * @param checkers          the checkers
   * @param documentsObtained 索证索票 done
   * @throws org.anxiao.core.error.InvalidValueException naming {@code checkers[i]} for a name given twice
   */
  public Delivery {
    Bounds.line("supplier", supplier);
    checkers = Bounds.list("checkers", checkers);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < checkers.size(); i++) {
      String c = Bounds.line("checkers[" + i + "]", checkers.get(i));
      Require.that(seen.add(c), "checkers[" + i + "]", c, "is listed twice");
    }
  }
}
