/**
 * Safety (安全): hazards (隐患) and risks (风险), closed-loop rectification, major fire hazards
 * (GB 35181), staffing adequacy, technical defence, the 200 m school safety zone and laboratory
 * hazardous chemicals. Filled by the safety issues; depends on {@code org.anxiao.core} only.
 */
@NullMarked
package org.anxiao.safety;

import org.jspecify.annotations.NullMarked;
