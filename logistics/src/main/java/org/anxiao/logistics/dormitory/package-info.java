/**
 * Student dormitories (学生公寓管理): occupancy per room and per building against design capacity, a
 * student safety officer (学生安全员) per room where the rule asks for one (鲁教安字〔2018〕1号 §三(四)3),
 * the responsibility assignments for electricity, water, facility maintenance, fire and theft
 * (用电、用水、设施维护、防火、防盗, 沪教委后〔2024〕10号 §四2) — {@link
 * org.anxiao.logistics.dormitory.DormitoryOccupancy} on a {@link org.anxiao.logistics.dormitory.Dormitory} —
 * the room inspection and ranking (寝室检查和评比) through core's scorecard engine, {@link
 * org.anxiao.logistics.dormitory.DormitoryInspections}; and the night duty and inspection records
 * (夜间值班与巡查记录: staff on duty, patrol rounds, 查寝, incidents reported; 闵行区教育局校园安全专项整治工作实施方案
 * (2022) §四(一)6, §四(一)8) — {@link org.anxiao.logistics.dormitory.NightDuties} on a {@link
 * org.anxiao.logistics.dormitory.NightDutyLog}.
 */
@NullMarked
package org.anxiao.logistics.dormitory;

import org.jspecify.annotations.NullMarked;
