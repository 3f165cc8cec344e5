/**
 * Laboratory hazardous chemicals (实验室危险化学品): CAS numbers with their check digit
 * ({@link org.anxiao.safety.chemical.CasNumber}), the control lists as cited rule packs — 易制毒
 * precursor categories (易制毒化学品管理条例, 国务院令第445号, 2005, 附表), 易制爆 explosive precursors
 * (易制爆危险化学品名录 2017, with the hydrogen-peroxide concentration rule) and 剧毒 highly toxic
 * chemicals (危险化学品目录 2015) — looked up by {@link org.anxiao.safety.chemical.ChemicalRegistry},
 * and storage checks on a layout of cabinets by {@link org.anxiao.safety.chemical.ChemicalStorage}:
 * 双人双锁 and ledgers, 易制毒 apart from 易制爆, incompatible hazard classes in one cabinet, sodium and
 * potassium under oil, and the technical-defence controls of the Minhang campaign (闵行区校园安全专项整治
 * 工作实施方案, 2022, 四、9).
 *
 * <p>Every list, threshold, class and pairing is pack data with its source and verification; a value
 * the caller's verification policy does not admit is either refused ({@code RULE_UNVERIFIED}) or,
 * where the check can do without it, skipped and reported as skipped in the result.
 */
@NullMarked
package org.anxiao.safety.chemical;

import org.jspecify.annotations.NullMarked;
