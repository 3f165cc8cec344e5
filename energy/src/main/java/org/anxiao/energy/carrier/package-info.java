/**
 * Carriers (能源品种), electricity bases and end uses, and {@link org.anxiao.energy.carrier.Consumption}: an amount of one carrier over one period, what every energy calculator reads.
 */
@NullMarked
package org.anxiao.energy.carrier;

import org.jspecify.annotations.NullMarked;
