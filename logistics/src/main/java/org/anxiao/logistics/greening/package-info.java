/**
 * Campus greening (校园绿化): green coverage (绿化覆盖率) and green-space ratio (绿地率) of a campus from its
 * areas, with roof greening (屋顶绿化) and vertical greening (垂直绿化) counted by the factors of the pack in
 * force, against the pack's minimum for new or existing schools ({@link org.anxiao.logistics.greening.Greening}).
 * A campus's areas are the JSON document {@code campus-greening}
 * ({@link org.anxiao.logistics.greening.CampusGreening#DOCUMENT}, schema in the jar; areas in m²).
 *
 * <p>The duty is 沪教委后〔2024〕10号 §四6 (按照《基础教育学校绿化技术标准》……确保绿化覆盖率达标，鼓励采用屋顶绿化、
 * 垂直绿化). Shanghai's standard is DG/TJ08-2438-2024 基础教育学校绿化技术标准 (in force 2024-05-01); its
 * figures have not been read in the official text, so the shipped pack {@code sh.dgtj08-2438-2024.greening}
 * (310000) is {@code UNVERIFIED}: it states only what a reprint reports (new schools' green-space ratio
 * ≥ 35 %), and under the default policy the ratios are computed but not checked (an INFO finding says so).
 */
@NullMarked
package org.anxiao.logistics.greening;

import org.jspecify.annotations.NullMarked;
