/**
 * 六T site management (六T实务现场管理) for canteens and dormitories (沪教委后〔2024〕10号 §四1, §四2;
 * 沪教委保〔2021〕13号 §一(一), whose review of 2016–2020 records 六T
 * standardisation of university canteens and dormitories): the six pillars {@link
 * org.anxiao.logistics.sixt.SixTPillar}, checklist kinds whose checklists have exactly one section
 * per pillar, and {@link org.anxiao.logistics.sixt.SixTScorecards}, which scores them with core's
 * scorecard engine and reports the score per pillar.
 */
@NullMarked
package org.anxiao.logistics.sixt;

import org.jspecify.annotations.NullMarked;
