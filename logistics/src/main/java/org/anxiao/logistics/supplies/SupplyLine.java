package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;

/**
 * One item of a supplies assessment (物资核对明细), all quantities in the item's unit: the required
 * quantity {@code base + Σ terms' amounts}, the usable stock (lines not expired on the assessment date),
 * the expired quantity, the part of the usable stock expiring within the pack's window, the earliest
 * expiry among the usable lines, and the shortfall {@code max(0, required − usable)}. Immutable.
 *
 * @param item       the item's code
 * @param name       its name
 * @param unit       its unit code ({@code 1} for a count)
 * @param base       the base quantity
 * @param terms      the size-dependent terms as applied
 * @param required   {@code base + Σ amount}
 * @param usable     the quantity not expired on the date, 0 or more
 * @param expired    the quantity expired on the date, 0 or more
 * @param expiring   the part of {@code usable} expiring within the window, 0 or more
 * @param nextExpiry the earliest expiry date of a usable line, if any has one; null is read as empty
 * @param shortfall  {@code max(0, required − usable)}
 */
public record SupplyLine(String item, LocalizedText name, String unit, BigDecimal base, List<TermAmount> terms,
    BigDecimal required, BigDecimal usable, BigDecimal expired, BigDecimal expiring, Optional<LocalDate> nextExpiry,
    BigDecimal shortfall) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param item       the item's code
   * @param name       its name
   * @param unit       its unit code
   * @param base       the base quantity
   * @param terms      the terms as applied
   * @param required   the required quantity
   * @param usable     the usable quantity
   * @param expired    the expired quantity
   * @param expiring   the quantity expiring within the window
   * @param nextExpiry the earliest expiry of a usable line
   * @param shortfall  the shortfall
   */
  public SupplyLine {
    Bounds.code("item", item);
    Require.nonNull("name", name);
    Bounds.code("unit", unit);
    Bounds.nonNegative("base", base);
    terms = Bounds.list("terms", terms);
    Bounds.nonNegative("required", required);
    Bounds.nonNegative("usable", usable);
    Bounds.nonNegative("expired", expired);
    Bounds.nonNegative("expiring", expiring);
    Require.that(expiring.compareTo(usable) <= 0, "expiring", expiring.toPlainString(), "must not exceed usable {}",
        usable.toPlainString());
    nextExpiry = Objects.requireNonNullElse(nextExpiry, Optional.empty());
    nextExpiry.ifPresent(d -> Bounds.date("nextExpiry", d));
    Bounds.nonNegative("shortfall", shortfall);
    Require.that(shortfall.compareTo(required.subtract(usable).max(BigDecimal.ZERO)) == 0, "shortfall",
        shortfall.toPlainString(), "must be max(0, required − usable)");
  }

  /** {@return true when the usable stock is below the required quantity} */
  public boolean isShort() {
    return shortfall.signum() > 0;
  }
}
