package org.anxiao.logistics.supplies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.Measure;

/**
 * One line of a supplies stock (物资台账条目): an item of the quota, the quantity held, when it was bought
 * and, when it has one, its expiry date (有效期至: usable through that day). A line without an expiry date
 * takes the item's shelf life from the quota, counted from the purchase date; an item without either
 * never expires. Invariants: the quantity is 0 or more, in a unit of {@code AnxiaoUnits} (checked
 * against the item's unit when assessed); the expiry is not before the purchase date. Immutable.
 *
 * @param item      the item's code in the quota, e.g. {@code sandbags}
 * @param quantity  the quantity held, 0 or more, e.g. {@code 120} of unit {@code 1}
 * @param purchased the purchase (or receipt) date
 * @param expiry    the expiry date, if the label states one; null is read as empty
 */
public record StockLine(String item, Measure quantity, LocalDate purchased, Optional<LocalDate> expiry) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param item      the item's code
   * @param quantity  the quantity held
   * @param purchased the purchase date
   * @param expiry    the expiry date, if any
   * @throws org.anxiao.core.error.InvalidValueException for a negative quantity (naming {@code quantity}) or
   *     an expiry before the purchase date (naming {@code expiry})
   */
  public StockLine {
    Bounds.code("item", item);
    Require.nonNull("quantity", quantity);
    Require.that(quantity.value().signum() >= 0, "quantity", quantity.value().toPlainString(), "must be 0 or more");
    Bounds.date("purchased", purchased);
    expiry = Objects.requireNonNullElse(expiry, Optional.empty());
    if (expiry.isPresent()) {
      LocalDate e = Bounds.date("expiry", expiry.get());
      Require.that(!e.isBefore(purchased), "expiry", e, "must not be before the purchase date {}", purchased);
    }
  }

  /**
   * {@return a line with an expiry date}
   *
   * @param item      the item's code
   * @param quantity  the quantity held
   * @param purchased the purchase date
   * @param expiry    the expiry date
   */
  public static StockLine of(String item, Measure quantity, LocalDate purchased, LocalDate expiry) {
    return new StockLine(item, quantity, purchased, Optional.of(Require.nonNull("expiry", expiry)));
  }

  /**
   * {@return a line without an expiry date (the item's shelf life applies, if it has one)}
   *
   * @param item      the item's code
   * @param quantity  the quantity held
   * @param purchased the purchase date
   */
  public static StockLine of(String item, Measure quantity, LocalDate purchased) {
    return new StockLine(item, quantity, purchased, Optional.empty());
  }
}
