/**
 * Technical and physical defence (技防、物防) and closed management (封闭管理): the Minhang checklist
 * (闵行区教育局校园安全专项整治工作实施方案, 2022, §四(一)7 and 9) scored through core's
 * {@link org.anxiao.core.scorecard.Scorecards} with evidence per item
 * ({@link org.anxiao.safety.defence.DefenceChecklists}); the GB/T 29315-2022 facility table by key
 * part with 应 (required) and 宜 (recommended) items weighted differently
 * ({@link org.anxiao.safety.defence.FacilityTables}, an {@code UNVERIFIED} pack); and two typed
 * measures against their pack — video retention days and one-button alarm coverage
 * ({@link org.anxiao.safety.defence.DefenceMeasures}).
 */
@NullMarked
package org.anxiao.safety.defence;

import org.jspecify.annotations.NullMarked;
