package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.logistics.supplies.SchoolSize;
import org.anxiao.logistics.supplies.StockLine;
import org.quicktheories.core.Gen;

/**
 * Generators of emergency-supplies inputs (应急物资): school sizes (pupils, buildings, floor and site area in m²) and
 * stock lines of one item (a count, bought on or before a day, an expiry none or 0–900 days after purchase); and a
 * line expiring before its purchase, labelled {@code INVALID_VALUE} naming {@code expiry}.
 */
public final class SuppliesGenerators {
  /** The first purchase day of {@link #stockLines}. */
  public static final LocalDate FIRST_PURCHASE = LocalDate.of(2020, 1, 1);

  private SuppliesGenerators() {}

  /** {@return sizes of 0–5 000 pupils, 0–30 buildings, 0–100 000 m² floor and 0–200 000 m² site area} */
  public static Gen<SchoolSize> schoolSizes() {
    return integers().between(0, 5000).zip(integers().between(0, 30), integers().between(0, 100_000),
        integers().between(0, 200_000), (p, b, f, s) -> new SchoolSize(p, b,
            AnxiaoUnits.of(BigDecimal.valueOf(f), AnxiaoUnits.SQUARE_METER),
            AnxiaoUnits.of(BigDecimal.valueOf(s), AnxiaoUnits.SQUARE_METER)));
  }

  /**
   * {@return 0 to 6 stock lines of {@code item}: 0–400 pieces, bought from {@link #FIRST_PURCHASE} to {@code lastPurchase},
   * expiry none or 0–900 days after purchase}
   *
   * @param item         the item's id
   * @param lastPurchase the last purchase day, on or after {@link #FIRST_PURCHASE}
   */
  public static Gen<List<StockLine>> stockLines(String item, LocalDate lastPurchase) {
    int days = (int) (lastPurchase.toEpochDay() - FIRST_PURCHASE.toEpochDay());
    Gen<StockLine> line = integers().between(0, 400).zip(integers().between(0, days), integers().between(-1, 900),
        (q, bought, life) -> {
          LocalDate purchased = FIRST_PURCHASE.plusDays(bought);
          return new StockLine(item, Measure.count(q), purchased,
              life < 0 ? Optional.empty() : Optional.of(purchased.plusDays(life)));
        });
    return lists().of(line).ofSizeBetween(0, 6);
  }

  /**
   * {@return stock lines of {@code item} expiring exactly {@code n} days after {@code day}, for n from −1 to
   * {@code horizonDays + 1}: the boundaries of "expired" and "expiring within the horizon"}
   *
   * @param item        the item's id
   * @param day         the day of the check
   * @param horizonDays the expiring-soon horizon in days
   */
  public static Gen<StockLine> expiringAround(String item, LocalDate day, int horizonDays) {
    return integers().between(0, 5).map(k -> {
      int offset = switch (k) {
        case 0 -> -1;
        case 1 -> 0;
        case 2 -> 1;
        case 3 -> horizonDays - 1;
        case 4 -> horizonDays;
        default -> horizonDays + 1;
      };
      return new StockLine(item, Measure.count(10), day.minusDays(400), Optional.of(day.plusDays(offset)));
    });
  }

  /** {@return a line whose expiry is 1–365 days before its purchase: INVALID_VALUE naming expiry} */
  public static Gen<InvalidInput<StockLine>> expiryBeforePurchase() {
    return integers().between(1, 365).map(d -> InvalidInput.of("expiry " + d + " days before purchase", "INVALID_VALUE",
        "expiry", () -> new StockLine("x", Measure.count(1), FIRST_PURCHASE, Optional.of(FIRST_PURCHASE.minusDays(d)))));
  }
}
