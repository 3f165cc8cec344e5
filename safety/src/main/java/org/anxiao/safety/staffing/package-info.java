/**
 * Staffing adequacy (人员配备): a staffing engine whose rules are data. Each {@link
 * org.anxiao.safety.staffing.StaffingTopic} — security guards, health staff, kindergarten health
 * staff, mental-health and safety-education teachers, student safety officers, kindergarten staff,
 * K-12 staff establishment — has a rule kind whose packs state per post and time slot the basis, the
 * tiers, increments with an explicit rounding mode and boarding multipliers ({@link
 * org.anxiao.safety.staffing.StaffingRule}). {@link org.anxiao.safety.staffing.Staffings} applies
 * the packs in force to a {@link org.anxiao.safety.staffing.StaffingCase} and its {@link
 * org.anxiao.safety.staffing.Roster}: required against actual per slot and post, the shortfall and
 * the citation, as a {@link org.anxiao.safety.staffing.StaffingAssessment}.
 */
@NullMarked
package org.anxiao.safety.staffing;

import org.jspecify.annotations.NullMarked;
