package org.anxiao.core.unit;

import javax.measure.Quantity;

/**
 * Mass of carbon dioxide or its equivalent (CO₂当量), in {@link AnxiaoUnits#KILOGRAM_CO2E} or
 * {@link AnxiaoUnits#TONNE_CO2E}.
 *
 * <p>A quantity type of its own, with a dimension of its own, so that an emission can never be
 * added to, or converted into, the mass of a fuel: {@code Quantity<CarbonMass>} and
 * {@code Quantity<Mass>} do not mix, at compile time or at run time.
 */
public interface CarbonMass extends Quantity<CarbonMass> {}
