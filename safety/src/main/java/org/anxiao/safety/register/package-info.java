/**
 * The hazard register's figures (隐患台账统计): KPIs over a period and any roll-up
 * ({@link org.anxiao.safety.register.RegisterKpis}, school → district → city → province, the four-level
 * connectivity of 鲁教安字〔2018〕1号 §三(三)2), the batch path over a million entries
 * ({@link org.anxiao.safety.register.RegisterColumns}), the campaign weekly report
 * ({@link org.anxiao.safety.register.CampaignReports}, 闵行区校园安全专项整治工作实施方案 2022 §四(二)) and
 * the proportional spot-check sample ({@link org.anxiao.safety.register.SpotChecks}, the same plan
 * §四(三)1). The input is {@link org.anxiao.safety.register.RegisterEntry}, the KPI view of one hazard.
 * Dates are calendar days in Asia/Shanghai; every figure is exact (counts, fractions, decimals
 * rounded half to even at the places the pack states). Immutable and thread-safe throughout.
 */
@NullMarked
package org.anxiao.safety.register;

import org.jspecify.annotations.NullMarked;
