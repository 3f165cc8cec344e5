package org.anxiao.logistics.food;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/** Checks of the food package's inputs: sample masses in grams, local date-times, enum sets. */
final class Values {
  private Values() {}

  /** The gram, contributed by the logistics vocabulary. */
  static Unit<Mass> gram() {
    return AnxiaoUnits.unit("unit", "g", Mass.class);
  }

  /**
   * {@return {@code mass} in grams, exact (a unit factor without a finite decimal is rounded once to 32
   * places, as core's conversion does)}
   *
   * @throws org.anxiao.core.error.UnitMismatchException naming {@code field} when it is no mass
   * @throws InvalidValueException naming {@code field} when it is zero or less
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static BigDecimal grams(String field, Quantity<Mass> mass) {
    Require.nonNull(field, mass);
    AnxiaoUnits.requireCompatible(field, mass.getUnit(), Mass.class);
    BigDecimal g;
    try {
      g = AnxiaoUnits.toDecimal((Quantity) mass, (Unit) gram());
    } catch (InvalidValueException e) {
      throw new InvalidValueException(field, mass.getValue(), e.rule());
    }
    if (g.signum() <= 0) {
      throw new InvalidValueException(field, g.toPlainString() + " g", "must be greater than zero");
    }
    return g;
  }

  /** {@return {@code value}, checked: not null, its date within core's calendar bounds} */
  static LocalDateTime dateTime(String field, LocalDateTime value) {
    Require.nonNull(field, value);
    Bounds.date(field, value.toLocalDate());
    return value;
  }

  /** {@return an unmodifiable copy of {@code values}: not null, no null element, within the list bound} */
  static <E extends Enum<E>> Set<E> enumSet(String field, Collection<E> values, Class<E> type) {
    List<E> checked = Bounds.list(field, values);
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(checked);
    return Collections.unmodifiableSet(copy);
  }
}
