/**
 * Hazards (事故隐患) and their closed-loop rectification: the hazard record, the area taxonomy, factor
 * codes and accident types, the lifecycle state machine with acceptance records, and the
 * rectification plan (治理方案) of a major hazard. 安全生产事故隐患排查治理暂行规定 (总局令第16号);
 * 闵行区校园安全专项整治工作实施方案 (2022).
 */
@NullMarked
package org.anxiao.safety.hazard;

import org.jspecify.annotations.NullMarked;
