package org.anxiao.energy.intensity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;

/**
 * A value that changes on given days (分段常值序列): a floor area (m²) or a headcount, as a list of
 * {@link Step}s. Each step holds from its day until the next step's day; the last holds on.
 *
 * <p>Invariants: at least one step; no two steps on one day (two values in force on the same day
 * are a {@code PERIOD_OVERLAP}); steps are kept sorted by day. Before the first step the series has
 * no value: averaging over a period that starts earlier is a {@code MISSING_VALUE}, never a silent
 * zero. Immutable and thread-safe.
 *
 * @param steps the steps, in any order (kept sorted)
 */
public record StepSeries(List<Step> steps) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param steps the steps, at least one, no two on one day
   */
  public StepSeries {
    List<Step> sorted = new ArrayList<>(Require.nonEmpty("steps", Bounds.list("steps", steps)));
    sorted.sort(Comparator.comparing(Step::from));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
        throw new PeriodOverlapException("steps", sorted.get(i - 1).from(), sorted.get(i).from());
      }
    }
    steps = List.copyOf(sorted);
  }

  /**
   * {@return a series with one value in force from {@code from} on}
   *
   * @param from  the first day
   * @param value the value, zero or more
   */
  public static StepSeries constant(LocalDate from, BigDecimal value) {
    return new StepSeries(List.of(new Step(from, value)));
  }

  /**
   * {@return the value in force on {@code day}}
   *
   * @param day the day
   * @throws MissingValueException when {@code day} is before the first step
   */
  public BigDecimal valueOn(LocalDate day) {
    Bounds.date("day", day);
    BigDecimal value = null;
    for (Step s : steps) {
      if (s.from().isAfter(day)) {
        break;
      }
      value = s.value();
    }
    if (value == null) {
      throw new MissingValueException("no value in force on " + day + "; the first step is on " + steps.get(0).from(),
          "steps");
    }
    return value;
  }

  /**
   * {@return the day-weighted average over {@code period}: Σ value × days in force ÷ days of the period}
   *
   * @param period the period
   * @throws MissingValueException when the period starts before the first step
   */
  public double average(Period period) {
    Require.nonNull("period", period);
    LocalDate start = period.start();
    LocalDate end = period.end();
    valueOn(start);
    double weighted = 0;
    for (int i = 0; i < steps.size(); i++) {
      LocalDate from = steps.get(i).from().isAfter(start) ? steps.get(i).from() : start;
      LocalDate to = i + 1 < steps.size() && steps.get(i + 1).from().isBefore(end) ? steps.get(i + 1).from() : end;
      if (from.isBefore(to)) {
        weighted += steps.get(i).value().doubleValue() * ChronoUnit.DAYS.between(from, to);
      }
    }
    return weighted / period.days();
  }

  /**
   * {@return the sum of this series and {@code other}, day by day} The sum starts on the later of the
   * two first days (before it one of them has no value) and changes wherever either changes.
   *
   * @param other the other series
   */
  public StepSeries plus(StepSeries other) {
    Require.nonNull("other", other);
    LocalDate first = steps.get(0).from().isAfter(other.steps.get(0).from()) ? steps.get(0).from()
        : other.steps.get(0).from();
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(first);
    steps.forEach(s -> days.add(s.from()));
    other.steps.forEach(s -> days.add(s.from()));
    List<Step> sum = new ArrayList<>();
    for (LocalDate day : days.tailSet(first, true)) {
      sum.add(new Step(day, valueOn(day).add(other.valueOn(day))));
    }
    return new StepSeries(sum);
  }
}
