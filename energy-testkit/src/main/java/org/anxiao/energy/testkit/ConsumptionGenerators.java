package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of {@link Consumption}s: one carrier over one period, an amount of zero or more in a
 * unit of the carrier's kind. All are valid: a {@code Consumption} accepts them, and the national
 * coal-equivalent pack converts the carriers named.
 */
public final class ConsumptionGenerators {
  private ConsumptionGenerators() {}

  /** {@return decimal amounts from 0 to 10⁷ with up to three decimals, as plain text} */
  public static Gen<String> amounts() {
    return longs().between(0, 10_000_000_000L).map(milli -> BigDecimal.valueOf(milli, 3).toPlainString());
  }

  /**
   * {@return whole thousands of a unit, 0 to 10⁹: amounts whose kgce under every pack coefficient
   * (at most five decimals) has at most two decimals, so a total rounded to cents is exact}
   */
  public static Gen<BigDecimal> thousands() {
    return integers().between(0, 1_000_000).map(k -> BigDecimal.valueOf(k * 1000L));
  }

  /**
   * {@return consumptions of {@code carriers} over {@code period}, in the carrier's own unit}
   *
   * @param carriers the carriers to draw from
   * @param period   the period of every consumption
   */
  public static Gen<Consumption> consumptions(List<Carrier> carriers, Period period) {
    return Generate.pick(carriers).zip(amounts(), (c, a) -> Consumption.of(c, period, a, c.unit()));
  }

  /**
   * {@return consumptions of {@code carriers} over {@code period}, in any unit of the carrier's kind}
   *
   * @param carriers the carriers to draw from
   * @param period   the period of every consumption
   */
  public static Gen<Consumption> inAnyUnit(List<Carrier> carriers, Period period) {
    return Generate.pick(carriers).flatMap(c -> CarrierGenerators.unitsOf(c)
        .zip(amounts(), (u, a) -> Consumption.of(c, period, a, u)));
  }

  /**
   * {@return one to 30 monthly consumptions of {@code year}, of the verified carriers, in their own units}
   * No meter ids: months may repeat without overlapping a meter's periods.
   *
   * @param year the calendar year
   */
  public static Gen<List<Consumption>> monthly(int year) {
    List<Carrier> carriers = CarrierGenerators.verifiedCarriers();
    Gen<Consumption> one = Generate.pick(carriers).zip(integers().between(1, 12), amounts(),
        (c, m, a) -> Consumption.of(c, new Month(year, m), a, c.unit()));
    return lists().of(one).ofSizeBetween(1, 30);
  }

  /**
   * {@return one to 20 consumptions of {@code year} of the verified carriers, each a whole thousand
   * of its own unit (see {@link #thousands()}): totals in kgce are exact to the cent}
   *
   * @param year the calendar year
   */
  public static Gen<List<Consumption>> exactToTheCent(int year) {
    Gen<Consumption> one = Generate.pick(CarrierGenerators.verifiedCarriers()).zip(thousands(),
        (c, a) -> Consumption.of(c, new CalendarYear(year), a.toPlainString(), c.unit()));
    return lists().of(one).ofSizeBetween(1, 20);
  }

  /**
   * {@return a year's consumptions of {@code carriers}, one to {@code max}, in any unit of each kind}
   *
   * @param carriers the carriers to draw from
   * @param year     the calendar year
   * @param max      the most consumptions in a list
   */
  public static Gen<List<Consumption>> yearly(List<Carrier> carriers, int year, int max) {
    return lists().of(inAnyUnit(carriers, new CalendarYear(year))).ofSizeBetween(1, max);
  }

  /**
   * {@return one to {@code max} consumptions of {@code carriers} over {@code period}, in their own units}
   *
   * @param carriers the carriers to draw from
   * @param period   the period of every consumption
   * @param max      the most consumptions in a list, at least 1
   */
  public static Gen<List<Consumption>> listsOf(List<Carrier> carriers, Period period, int max) {
    return org.quicktheories.generators.SourceDSL.lists().of(consumptions(carriers, period)).ofSizeBetween(1, max);
  }
}
