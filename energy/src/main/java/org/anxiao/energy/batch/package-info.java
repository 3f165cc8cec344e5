/**
 * The batch API (批量计算) over primitive columns for city-scale data: per school and period kgce,
 * Scope 1 and Scope 2 (location- and market-based) tCO₂, and per school the energy intensity — the
 * same kernel as the typed calculators, factors resolved once, no global state, one accumulator per
 * partition.
 */
@NullMarked
package org.anxiao.energy.batch;

import org.jspecify.annotations.NullMarked;
