package org.anxiao.energy.intensity;

import javax.measure.Quantity;

/**
 * Water per person (人均用水量), in {@link IntensityUnits#CUBIC_METER_PER_PERSON} (m³/person).
 *
 * <p>A quantity type of its own: an intensity never converts to or adds to a total.
 */
public interface WaterPerPerson extends Quantity<WaterPerPerson> {}
