/**
 * Energy (能源): consumption in standard coal equivalent (GB/T 2589-2020), energy and water
 * intensity, dual-control (双控) quotas and reduction targets, and carbon accounting (Scope 1/2,
 * PV, green power). Filled by the energy issues; depends on {@code org.anxiao.core} only.
 */
@NullMarked
package org.anxiao.energy;

import org.jspecify.annotations.NullMarked;
