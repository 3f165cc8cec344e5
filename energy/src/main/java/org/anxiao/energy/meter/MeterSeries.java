package org.anxiao.energy.meter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.internal.Bounds;

/**
 * One meter's data on the time axis: the amounts between consecutive register values (or the
 * interval amounts), multiplier applied, apportioned to calendar months in proportion to time.
 *
 * <p>Apportioning: an amount {@code A} over {@code [t0, t1)} gives a month the share
 * {@code A × (seconds of the month inside [t0, t1)) ÷ (t1 − t0)} — consumption is taken as uniform
 * between two readings. The shares are rounded half-even to {@code max(9, scale of A)} decimal places
 * (at most 32) by differences of rounded cumulative shares, so they add up to {@code A} exactly.
 * Built for one calculation; not shared.
 */
final class MeterSeries {
  /** Decimal places of an apportioned share, at least (more when the amount has more). */
  static final int MIN_SCALE = 9;

  /** The data of one calendar month: the amount apportioned to it and the seconds of it covered. */
  static final class MonthData {
    BigDecimal amount = BigDecimal.ZERO;
    long covered;
  }

  /** A register value at a time: a reading (before = after), or a replacement (before = final, after = initial). */
  private record Point(long t, LocalDateTime at, BigDecimal before, BigDecimal after, String field, boolean replacement) {
    String valueField() {
      return field + (replacement ? ".finalReading" : ".reading");
    }
  }

  private final Meter meter;
  /** Months with data (covered seconds > 0), by month index. */
  private final NavigableMap<Integer, MonthData> months = new TreeMap<>();

  private MeterSeries(Meter meter) {
    this.meter = meter;
  }

  /**
   * The months of every meter of {@code input}, in input order, each from the readings and
   * replacements that name it (the data are grouped by meter once).
   */
  static List<MeterSeries> of(MeterDataInput input) {
    Map<String, List<Integer>> registers = byMeter(input.registerReadings(), RegisterReading::meterId);
    Map<String, List<Integer>> intervals = byMeter(input.intervalReadings(), IntervalReading::meterId);
    Map<String, List<Integer>> replacements = byMeter(input.replacements(), MeterReplacement::meterId);
    List<MeterSeries> out = new ArrayList<>();
    for (Meter meter : input.meters()) {
      MeterSeries series = new MeterSeries(meter);
      if (meter.registerKind() == RegisterKind.CUMULATIVE) {
        series.addRegister(input, registers.getOrDefault(meter.id(), List.of()),
            replacements.getOrDefault(meter.id(), List.of()));
      } else {
        series.addIntervals(input, intervals.getOrDefault(meter.id(), List.of()));
      }
      out.add(series);
    }
    return out;
  }

  private static <T> Map<String, List<Integer>> byMeter(List<T> data, Function<T, String> meterId) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      out.computeIfAbsent(meterId.apply(data.get(i)), k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  Meter meter() {
    return meter;
  }

  /** {@return the months with data, by month index (year × 12 + month − 1)} */
  NavigableMap<Integer, MonthData> months() {
    return months;
  }

  private void addRegister(MeterDataInput input, List<Integer> readings, List<Integer> replacements) {
    List<Point> points = new ArrayList<>();
    for (int i : readings) {
      RegisterReading r = input.registerReadings().get(i);
      BigDecimal v = r.reading().value();
      points.add(new Point(MeterTime.seconds(r.readAt()), r.readAt(), v, v, "registerReadings[" + i + "]", false));
    }
    for (int i : replacements) {
      MeterReplacement e = input.replacements().get(i);
      points.add(new Point(MeterTime.seconds(e.at()), e.at(), e.finalReading().value(), e.initialReading().value(),
          "replacements[" + i + "]", true));
    }
    points.sort(Comparator.comparingLong(Point::t));
    for (int k = 1; k < points.size(); k++) {
      Point p = points.get(k - 1);
      Point q = points.get(k);
      if (q.t() == p.t()) {
        throw new InvalidValueException(q.field() + (q.replacement() ? ".at" : ".readAt"), q.at(),
            p.replacement() || q.replacement()
                ? "coincides with " + p.field() + "; a reading taken at a replacement is its final or initial reading"
                : "repeats the time of " + p.field() + " of meter " + meter.id());
      }
      apportion(p.at(), p.t(), q.t(), times(delta(p, q)));
    }
  }

  /** The register's advance from {@code p} to {@code q}, across a rollover where one explains a fall. */
  private BigDecimal delta(Point p, Point q) {
    BigDecimal delta = q.before().subtract(p.after());
    if (delta.signum() >= 0) {
      return delta;
    }
    String previous = p.after().toPlainString() + " (" + (p.replacement() ? p.field() + ".initialReading" : p.field()
        + ".reading") + " at " + p.at() + ")";
    if (meter.rollover().isEmpty()) {
      throw new InvalidValueException(q.valueField(), q.before().toPlainString(), "is below the previous value "
          + previous + " of meter " + meter.id() + ", and no rollover or replacement explains it");
    }
    BigDecimal span = meter.rollover().get();
    BigDecimal wrapped = span.subtract(p.after()).add(q.before());
    if (wrapped.multiply(BigDecimal.valueOf(2)).compareTo(span) >= 0) {
      throw new InvalidValueException(q.valueField(), q.before().toPlainString(), "is below the previous value "
          + previous + " of meter " + meter.id() + "; a rollover at " + span.toPlainString() + " would mean "
          + wrapped.toPlainString() + ", not less than half the register's span, so it does not explain it");
    }
    return wrapped;
  }

  private void addIntervals(MeterDataInput input, List<Integer> readings) {
    record Interval(long t0, long t1, IntervalReading reading, String field) {}
    List<Interval> intervals = new ArrayList<>();
    for (int i : readings) {
      IntervalReading r = input.intervalReadings().get(i);
      intervals.add(new Interval(MeterTime.seconds(r.start()), MeterTime.seconds(r.end()), r,
          "intervalReadings[" + i + "]"));
    }
    intervals.sort(Comparator.comparingLong(Interval::t0));
    for (int k = 0; k < intervals.size(); k++) {
      Interval q = intervals.get(k);
      if (k > 0 && q.t0() < intervals.get(k - 1).t1()) {
        Interval p = intervals.get(k - 1);
        throw new PeriodOverlapException(q.field(), p.field() + " " + p.reading().start() + "/" + p.reading().end(),
            q.field() + " " + q.reading().start() + "/" + q.reading().end());
      }
      apportion(q.reading().start(), q.t0(), q.t1(), times(q.reading().amount().value()));
    }
  }

  private BigDecimal times(BigDecimal registerAmount) {
    BigDecimal amount = registerAmount.multiply(meter.multiplier());
    return amount.scale() > Bounds.MAX_FRACTION_DIGITS
        ? amount.setScale(Bounds.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN) : amount;
  }

  /** Spreads {@code amount} over {@code [t0, t1)} by time, month by month. */
  private void apportion(LocalDateTime start, long t0, long t1, BigDecimal amount) {
    int scale = Math.min(Bounds.MAX_FRACTION_DIGITS, Math.max(MIN_SCALE, amount.scale()));
    BigDecimal total = BigDecimal.valueOf(t1 - t0);
    BigDecimal before = BigDecimal.ZERO;
    long from = t0;
    int m = MeterTime.monthIndex(start);
    while (true) {
      long to = Math.min(MeterTime.seconds(MeterTime.monthStart(m + 1)), t1);
      BigDecimal cumulative = to == t1 ? amount
          : amount.multiply(BigDecimal.valueOf(to - t0)).divide(total, scale, RoundingMode.HALF_EVEN);
      MonthData month = months.computeIfAbsent(m, x -> new MonthData());
      month.amount = month.amount.add(cumulative.subtract(before));
      month.covered += to - from;
      if (to == t1) {
        return;
      }
      before = cumulative;
      from = to;
      m++;
    }
  }
}
