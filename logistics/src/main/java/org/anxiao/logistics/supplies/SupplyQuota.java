package org.anxiao.logistics.supplies;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The items of a supplies quota (物资定额), the value of the {@code items} parameter of a pack of kind
 * {@code anxiao.logistics.emergency-supplies}. Invariants: at least one item, codes unique. Immutable.
 *
 * @param items the items, in the pack's order (the order of the assessment's lines)
 */
public record SupplyQuota(List<QuotaItem> items) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param items the items
   */
  public SupplyQuota {
    items = Bounds.list("items", items);
    Require.that(!items.isEmpty(), "items", "[]", "must list at least one item");
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Require.thatElement(codes.add(items.get(i).code()), "items", i, ".code", items.get(i).code(),
          "is listed twice");
    }
  }

  /**
   * {@return the item with {@code code}, if the quota lists it}
   *
   * @param code the item's code
   */
  public Optional<QuotaItem> item(String code) {
    Bounds.code("code", code);
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
