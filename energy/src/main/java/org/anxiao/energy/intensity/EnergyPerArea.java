package org.anxiao.energy.intensity;

import javax.measure.Quantity;

/**
 * Energy per floor area (单位建筑面积能耗), in {@link IntensityUnits#KGCE_PER_SQUARE_METER} (kgce/m²).
 *
 * <p>A quantity type of its own: an intensity never converts to or adds to a total.
 */
public interface EnergyPerArea extends Quantity<EnergyPerArea> {}
