/**
 * Risk grading (风险分级): the four risk levels (重大 red, 较大 orange, 一般 yellow, 低 blue) and two
 * customary grading methods on core's calculator contract — LEC (作业条件危险性评价法, D = L × E × C,
 * {@link org.anxiao.safety.risk.LecGradings}) and the risk matrix (风险矩阵, R = L × S,
 * {@link org.anxiao.safety.risk.RiskMatrices}). No national standard fixes the factor tables or the
 * cut-offs: GB/T 27921-2023 and GB/T 23694-2013 only catalogue methods, so the shipped packs are
 * labelled "customary" and a caller may register its own.
 */
@NullMarked
package org.anxiao.safety.risk;

import org.jspecify.annotations.NullMarked;
