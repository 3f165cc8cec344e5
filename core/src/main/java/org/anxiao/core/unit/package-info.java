/**
 * Units and quantities (JSR-385, Indriya): kWh, kgce, tce, m³, GJ, and CO₂-equivalent mass as its
 * own quantity type ({@link org.anxiao.core.unit.CarbonMass}); {@link org.anxiao.core.unit.Measure}
 * is the exact wire form of a quantity.
 */
@NullMarked
package org.anxiao.core.unit;

import org.jspecify.annotations.NullMarked;
