package org.anxiao.energy.intensity;

import javax.measure.Quantity;

/**
 * Energy per person (人均能耗), in {@link IntensityUnits#KGCE_PER_PERSON} (kgce/person).
 *
 * <p>A quantity type of its own: an intensity never converts to or adds to a total.
 */
public interface EnergyPerPerson extends Quantity<EnergyPerPerson> {}
