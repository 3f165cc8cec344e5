/**
 * Water (用水): intensity, quotas, water balance (水平衡) and night-flow leak indication.
 */
@NullMarked
package org.anxiao.energy.water;

import org.jspecify.annotations.NullMarked;
