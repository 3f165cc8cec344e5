package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * One item of a supplies quota (定额物资): its code, name and unit, its shelf life, and its quota
 * formula {@code base + Σ term.quantity × ⌈basis ÷ term.per⌉} ({@link QuotaTerm}), each term rounded
 * up on its own. The unit is a unit code of {@link AnxiaoUnits}: {@code 1} for a count (pieces, bags,
 * sets), or a measure such as {@code m} or {@code kg}; for a count, the base and every term's quantity
 * are whole numbers. Immutable.
 *
 * @param code            the item's code within the quota, e.g. {@code sandbags}
 * @param name            its name, e.g. 防汛沙袋 / flood sandbags
 * @param unit            the unit code its quantities are in, {@code 1} for a count
 * @param shelfLifeMonths its shelf life in months (1–1200), when it has one: a stock line without an
 *                        expiry date expires that many months after purchase; null is read as empty
 * @param base            the quantity every school holds, 0 or more
 * @param terms           the size-dependent terms, at most one per basis; may be empty
 */
public record QuotaItem(String code, LocalizedText name, String unit, Optional<Integer> shelfLifeMonths,
    BigDecimal base, List<QuotaTerm> terms) {
  /** The longest shelf life accepted, in months (100 years). */
  public static final int MAX_SHELF_LIFE_MONTHS = 1200;
  /** The unit code of a count. */
  public static final String COUNT = "1";

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code            the item's code
   * @param name            its name
   * @param unit            its unit code
   * @param shelfLifeMonths its shelf life in months, if any
   * @param base            the base quantity
   * @param terms           the terms
   */
  public QuotaItem {
    Bounds.code("code", code);
    Require.nonNull("name", name);
    Bounds.code("unit", unit);
    AnxiaoUnits.unit(unit);
    shelfLifeMonths = Objects.requireNonNullElse(shelfLifeMonths, Optional.empty());
    shelfLifeMonths.ifPresent(m -> Require.that(m >= 1 && m <= MAX_SHELF_LIFE_MONTHS, "shelfLifeMonths", m,
        "must be between 1 and {} months", MAX_SHELF_LIFE_MONTHS));
    base = Bounds.nonNegative("base", base);
    terms = Bounds.list("terms", terms);
    Set<QuotaBasis> seen = EnumSet.noneOf(QuotaBasis.class);
    for (int i = 0; i < terms.size(); i++) {
      Require.thatElement(seen.add(terms.get(i).basis()), "terms", i, ".basis", terms.get(i).basis(),
          "is listed twice: one term per basis");
    }
    if (unit.equals(COUNT)) {
      Require.that(whole(base), "base", base.toPlainString(), "must be a whole number for a counted item");
      for (int i = 0; i < terms.size(); i++) {
        Require.thatElement(whole(terms.get(i).quantity()), "terms", i, ".quantity",
            terms.get(i).quantity().toPlainString(), "must be a whole number for a counted item");
      }
    }
  }

  private static boolean whole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }
}
