package org.anxiao.safety.register;

import java.util.List;
import java.util.SortedMap;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;

/**
 * The register KPIs of every group of a register at one roll-up level, from the batch path
 * ({@link RegisterKpis#rollUp(Period, RegisterColumns, RollUpLevel)}): the figures by group key (a
 * school's id or a division's GB/T 2260 code), the pack values read and the packs in force. Rows are
 * validated when the columns are built, so no row fails here. Immutable and thread-safe.
 *
 * @param reportingPeriod the period (统计期); its last day is the as-of day
 * @param level           the roll-up level
 * @param groups          the figures by group key, groups with a hazard found on or before the as-of day
 * @param rules           the rule values used, in first-use order
 * @param packs           the packs in force, narrowest first
 */
public record RegisterBatchResult(Period reportingPeriod, RollUpLevel level, SortedMap<String, RegisterFigures> groups,
    List<AppliedRule> rules, List<PackRef> packs) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param reportingPeriod the period
   * @param level           the level
   * @param groups          the figures by group key
   * @param rules           the rule values used
   * @param packs           the packs in force
   */
  public RegisterBatchResult {
    Require.nonNull("reportingPeriod", reportingPeriod);
    Require.nonNull("level", level);
    groups = Bounds.codeMap("groups", groups);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }
}
