package org.anxiao.energy.dualcontrol;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * How new renewable energy was treated (可再生能源扣除), as the target's switches said: whether it was
 * deducted from the reported total (总量) and from the intensity numerator (强度), and how much there
 * was. The bundled packs deduct nothing.
 *
 * <p>Invariants: {@code renewableKgce} finite and zero or more. Immutable and thread-safe.
 *
 * @param deductedFromTotal     whether it was deducted from the total
 * @param deductedFromIntensity whether it was deducted from the intensity numerator
 * @param renewableKgce         the new renewable energy of the months reported, kgce
 */
public record RenewablesTreatment(boolean deductedFromTotal, boolean deductedFromIntensity, double renewableKgce) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param deductedFromTotal     whether it was deducted from the total
   * @param deductedFromIntensity whether it was deducted from the intensity numerator
   * @param renewableKgce         the renewable energy, kgce
   */
  public RenewablesTreatment {
    Require.that(Bounds.decimal("renewableKgce", renewableKgce) >= 0, "renewableKgce", renewableKgce,
        "must be zero or more");
  }
}
