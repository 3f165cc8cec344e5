package org.anxiao.safety.chemical;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One reagent in a cabinet (柜内试剂): its CAS number, the quantity held (as on the ledger), its
 * concentration when it is a solution, and whether it is kept under oil (煤油封存, for sodium and
 * potassium). Immutable and thread-safe.
 *
 * @param cas           the CAS number
 * @param quantity      the quantity held, greater than zero, in {@code unit}
 * @param unit          the unit of {@code quantity}
 * @param concentration the mass fraction in %, 0 &lt; c ≤ 100, when known (needed for a reagent whose
 *                      listing depends on it, e.g. 过氧化氢)
 * @param underOil      true when the reagent is kept under oil
 */
public record StoredItem(CasNumber cas, BigDecimal quantity, QuantityUnit unit, Optional<BigDecimal> concentration,
    boolean underOil) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param cas           the CAS number
   * @param quantity      the quantity held
   * @param unit          the unit of {@code quantity}
   * @param concentration the mass fraction in %, when known
   * @param underOil      whether it is kept under oil
   */
  public StoredItem {
    Require.nonNull("cas", cas);
    Bounds.positive("quantity", quantity);
    Require.nonNull("unit", unit);
    Concentrations.check(concentration);
  }
}
