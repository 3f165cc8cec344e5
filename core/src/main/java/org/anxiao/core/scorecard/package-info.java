/**
 * Weighted checklists with veto items and grade bands (检查评分表), and the one engine that scores
 * them ({@link org.anxiao.core.scorecard.Scorecards}): deductions, N/A re-normalisation, section
 * subtotals, grades, veto (一票否决).
 */
@NullMarked
package org.anxiao.core.scorecard;

import org.jspecify.annotations.NullMarked;
