package org.anxiao.safety.chemical;

/** The unit a stored quantity is counted in, as written on a ledger (台账): mass or volume. */
public enum QuantityUnit {
  /** Gram (g). */
  GRAM,
  /** Kilogram (kg). */
  KILOGRAM,
  /** Millilitre (mL). */
  MILLILITRE,
  /** Litre (L). */
  LITRE
}
