/**
 * The calculator contract (计算器约定) every module's calculators follow: a stable
 * {@link org.anxiao.core.calc.CalculatorId}, the rule kinds a {@link org.anxiao.core.calc.Calculator}
 * requires, and {@link org.anxiao.core.calc.CalculationResult}s that carry the rule values used and
 * turn into assessments with one call.
 */
@NullMarked
package org.anxiao.core.calc;

import org.jspecify.annotations.NullMarked;
