/**
 * Intensities and dual control (能耗双控): targets, glide paths, budgets, forecasts and quotas.
 */
@NullMarked
package org.anxiao.energy.dualcontrol;

import org.jspecify.annotations.NullMarked;
