package org.anxiao.logistics.food;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A canteen's ingredient purchases over a period (食材采购台账) as checked for traceability: the canteen
 * and its purchases in any order. May be empty (then the rates are empty). Immutable and thread-safe.
 *
 * @param canteen   the canteen's id
 * @param purchases the purchases, ids unique
 */
public record PurchaseLedger(String canteen, List<Purchase> purchases) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param canteen   the canteen
   * @param purchases the purchases
   * @throws org.anxiao.core.error.InvalidValueException naming {@code purchases[i].id} for an id given twice
   */
  public PurchaseLedger {
    Bounds.code("canteen", canteen);
    purchases = Bounds.list("purchases", purchases);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < purchases.size(); i++) {
      Require.that(ids.add(purchases.get(i).id()), "purchases[" + i + "].id", purchases.get(i).id(),
          "is listed twice");
    }
  }
}
