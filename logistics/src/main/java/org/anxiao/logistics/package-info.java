/**
 * Logistics (后勤): canteen not-for-profit accounting and food-safety routines, dormitories,
 * emergency supplies, greening and waste sorting. Filled by the logistics issues; depends on
 * {@code org.anxiao.core} only.
 */
@NullMarked
package org.anxiao.logistics;

import org.jspecify.annotations.NullMarked;
