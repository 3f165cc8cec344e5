/**
 * CO₂ accounting (碳排放核算): Scope 1 fuels, Scope 2 location- and market-based, PV, and the factor sets they read.
 */
@NullMarked
package org.anxiao.energy.carbon;

import org.jspecify.annotations.NullMarked;
