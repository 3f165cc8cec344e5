package org.anxiao.energy.intensity;

import javax.measure.Quantity;

/**
 * CO₂ per floor area (单位建筑面积碳排放), in {@link IntensityUnits#KGCO2E_PER_SQUARE_METER} (kgCO₂e/m²).
 *
 * <p>A quantity type of its own: an intensity never converts to or adds to a total.
 */
public interface CarbonPerArea extends Quantity<CarbonPerArea> {}
