/**
 * CO₂ accounting (碳排放核算, spec energy §6): Scope 1 fuels, Scope 2 location- and market-based, PV,
 * and the factor sets they read. {@link org.anxiao.energy.carbon.CarbonAccounting} is the calculator
 * ({@code anxiao.energy.carbon}); {@link org.anxiao.energy.carbon.Scope1Emissions} and
 * {@link org.anxiao.energy.carbon.Scope2Factors} give the factors resolved once, for the batch API.
 */
@NullMarked
package org.anxiao.energy.carbon;

import org.jspecify.annotations.NullMarked;
