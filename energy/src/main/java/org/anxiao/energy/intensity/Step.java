package org.anxiao.energy.intensity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * One step of a dated series (变动记录): from {@code from} on, until the next step, the value is
 * {@code value} — a floor area in m² (建筑面积) or a headcount (人数).
 *
 * <p>Invariants: {@code from} within the calendar bounds; {@code value} zero or more. Wire form:
 * {@code {"from": "2024-03-01", "value": "12000"}}. Immutable and thread-safe.
 *
 * @param from  the first day the value is in force
 * @param value the value, zero or more (m² or persons)
 */
public record Step(LocalDate from, BigDecimal value) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param from  the first day the value is in force
   * @param value the value, zero or more
   */
  public Step {
    Bounds.date("from", from);
    Bounds.nonNegative("value", value);
  }

  /**
   * {@return a floor-area step, the area converted to m²}
   *
   * @param from the first day the area is in force
   * @param area the floor area, zero or more
   */
  public static Step area(LocalDate from, Quantity<Area> area) {
    Require.nonNull("area", area);
    return new Step(from, AnxiaoUnits.toDecimal(area, AnxiaoUnits.SQUARE_METER));
  }

  /**
   * {@return a headcount step}
   *
   * @param from    the first day the headcount is in force
   * @param persons the number of persons, zero or more
   */
  public static Step count(LocalDate from, long persons) {
    return new Step(from, BigDecimal.valueOf(Bounds.count("persons", persons)));
  }
}
