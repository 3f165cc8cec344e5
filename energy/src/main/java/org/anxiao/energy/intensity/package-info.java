/**
 * Intensities (强度指标): energy per floor area, per person and per student, water per person and carbon
 * per floor area, over a month, a year to date or a year, with floor area and headcounts averaged
 * day by day over the period when they change (energy.md §3), and district roll-ups as total over
 * total.
 */
@NullMarked
package org.anxiao.energy.intensity;

import org.jspecify.annotations.NullMarked;
