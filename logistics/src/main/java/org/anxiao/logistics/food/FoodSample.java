package org.anxiao.logistics.food;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A retained food sample (食品留样) of one dish: its mass, when it was put in the sample refrigerator
 * and, once the keeping time is over, when it was discarded; whether it was kept in dedicated
 * refrigeration (专用冷藏) and labelled (标签: dish, meal, time, person). The minimum mass and keeping time
 * are pack data ({@link FoodSafetyRoutineRule}: 125 g and 48 h nationally — 餐饮服务食品安全操作规范,
 * 市场监管总局公告2018年第12号; GB 31654-2021 §13.3.2).
 *
 * <p>Invariants: the mass is a mass ({@code g}, {@code kg}, {@code t}) greater than zero; the discard
 * time, when given, is not before the retention time. Immutable and thread-safe.
 *
 * @param dish         the dish sampled, as on the meal's menu
 * @param mass         the sample's mass, greater than zero
 * @param retainedAt   when the sample was retained (local time of the canteen)
 * @param discardedAt  when it was discarded; empty while it is still kept
 * @param refrigerated true when kept in a dedicated sample refrigerator
 * @param labelled     true when labelled
 */
public record FoodSample(String dish, Quantity<Mass> mass, LocalDateTime retainedAt,
    Optional<LocalDateTime> discardedAt, boolean refrigerated, boolean labelled) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param dish         the dish sampled
   * @param mass         the mass
   * @param retainedAt   when retained
   * @param discardedAt  when discarded, if it was
   * @param refrigerated kept in dedicated refrigeration
   * @param labelled     labelled
   * @throws org.anxiao.core.error.UnitMismatchException naming {@code mass} when it is not a mass
   * @throws org.anxiao.core.error.InvalidValueException naming {@code mass} when zero or less, or
   *     {@code discardedAt} when before {@code retainedAt}
   */
  public FoodSample {
    Bounds.line("dish", dish);
    Values.grams("mass", mass);
    Values.dateTime("retainedAt", retainedAt);
    Require.nonNull("discardedAt", discardedAt);
    if (discardedAt.isPresent()) {
      LocalDateTime d = Values.dateTime("discardedAt", discardedAt.get());
      Require.that(!d.isBefore(retainedAt), "discardedAt", d, "must not be before retainedAt {}", retainedAt);
    }
  }

  /** {@return the mass in grams, exact} */
  @JsonIgnore
  public BigDecimal grams() {
    return Values.grams("mass", mass);
  }

  /** {@return how long the sample was kept: discard minus retention; empty while it is still kept} */
  @JsonIgnore
  public Optional<Duration> kept() {
    return discardedAt.map(d -> Duration.between(retainedAt, d));
  }
}
