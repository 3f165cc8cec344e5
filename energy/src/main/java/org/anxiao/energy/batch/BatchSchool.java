package org.anxiao.energy.batch;

import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.energy.carbon.FactorSet;

/**
 * One school of a batch (批量学校): the context its rules are resolved in (its jurisdiction, the date,
 * the policy), the factor set and row of its location-based Scope 2 figure, and its floor area.
 * Immutable and thread-safe.
 *
 * @param context     where and when the school's rules apply
 * @param locationSet the grid-factor set and region of its location-based figure
 * @param floorArea   its floor area, greater than zero
 */
public record BatchSchool(RuleContext context, FactorSet locationSet, Quantity<Area> floorArea) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param context     where and when the school's rules apply
   * @param locationSet the factor set and region
   * @param floorArea   its floor area
   */
  public BatchSchool {
    Require.nonNull("context", context);
    Require.nonNull("locationSet", locationSet);
    Require.nonNull("floorArea", floorArea);
  }
}
