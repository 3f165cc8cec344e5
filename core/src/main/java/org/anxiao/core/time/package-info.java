/**
 * Reporting periods — calendar year, quarter, month, academic year (学年), semester (学期) and date
 * ranges — as closed-open date ranges in Asia/Shanghai, with overlap and gap checks.
 */
@NullMarked
package org.anxiao.core.time;

import org.jspecify.annotations.NullMarked;
