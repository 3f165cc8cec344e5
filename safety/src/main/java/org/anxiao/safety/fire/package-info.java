/**
 * Major fire hazard determination (重大火灾隐患判定) under GB 35181: an engine
 * ({@link org.anxiao.safety.fire.MajorFireHazards}) over a dated element catalogue, so that each
 * edition of the standard — GB 35181-2017 重大火灾隐患判定方法 (in force to 2025-10-31) and GB
 * 35181-2025 重大火灾隐患判定规则 (from 2025-11-01) — is a rule pack of kind
 * {@code anxiao.safety.major-fire-hazard}, never code.
 *
 * <p>GA 653-2006 重大火灾隐患判定方法, the predecessor of GB 35181-2017, used a different catalogue
 * and different counts; it is not modelled, and no catalogue or count is ever mixed across editions.
 */
@NullMarked
package org.anxiao.safety.fire;

import org.jspecify.annotations.NullMarked;
