package org.anxiao.energy.meter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Consumption;

/**
 * Turns raw meter data into monthly consumptions per meter (抄表数据月度化), detects the months the data
 * do not cover, refuses or estimates them, and judges data sufficiency by the {@link DataSufficiencyRule}
 * in force (after CalTRACK: an annual figure needs 12 contiguous months with at most one missing).
 *
 * <ol>
 *   <li><b>Register differences.</b> A cumulative meter's readings and replacements are put in time
 *       order; consumption between two consecutive values is the later minus the earlier (across a
 *       replacement: final − previous, then next − initial, each over its own time), times the
 *       meter's multiplier. A value below the one before is refused ({@code INVALID_VALUE} naming
 *       the datum's field and both values) unless the meter has a rollover and
 *       {@code rollover − previous + current} is less than half the rollover (a plausible wrap);
 *       two data at one time are refused. An interval meter's amounts are taken as they are, times
 *       the multiplier; overlapping intervals are {@code PERIOD_OVERLAP}.</li>
 *   <li><b>Months.</b> Each amount is spread over its time span in proportion to time (uniform use
 *       between two readings) and summed per calendar month; shares add up to the amount exactly
 *       (see the rounding in the package's {@code MeterSeries}: half-even to at least 9 places).</li>
 *   <li><b>Gaps.</b> A month of the period with seconds no datum covers is a gap. Under
 *       {@link GapHandling#reject()} the first is refused with a {@link DataGapException} (meters in
 *       input order, months in order); otherwise its uncovered days are estimated
 *       ({@link EstimationMethod}) from the nearest months with data on each side — data outside the
 *       period count — rounded half-even to 9 places, the month flagged {@code estimated} and listed
 *       in {@link MeterDataResult#estimates()}. A meter with no datum covering any of the period is
 *       {@code MISSING_VALUE}: nothing is estimated from nothing.</li>
 *   <li><b>Sufficiency.</b> A month with any data counts as present. A meter suffices when the
 *       period has at least {@code monthsRequired} months and at most {@code maxMissingMonths} of
 *       them are missing — applied to the whole period, so a period longer than a year allows no more
 *       missing months than a year does (the safer reading). The result suffices when every meter does.</li>
 * </ol>
 *
 * <pre>{@code
 * MeterData meters = MeterData.in(RuleContext.forSchool(school, LocalDate.of(2024, 12, 31)));
 * MeterDataResult r = meters.monthly(Subject.of(SubjectKind.SCHOOL, school.id()), new CalendarYear(2024),
 *     data, GapHandling.linear());
 * List<Consumption> monthly = r.consumptions();   // for CoalEquivalents, carbon, intensity
 * }</pre>
 *
 * <p>The requested period must begin and end on the first of a month. Every rule value is read
 * through a {@link RuleTrace} under the context's policy. Immutable and thread-safe.
 */
public final class MeterData implements Calculator {
  /** The calculator id, {@code anxiao.energy.meter-data}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.meter-data");
  /** Decimal places of an estimated amount. */
  static final int ESTIMATE_SCALE = 9;
  private static final BigDecimal DAY = BigDecimal.valueOf(MeterTime.SECONDS_PER_DAY);
  private static final MathContext MC = MathContext.DECIMAL128;

  private final BoundRules<DataSufficiencyRule> rules;
  private final VerificationPolicy policy;

  private MeterData(BoundRules<DataSufficiencyRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the sufficiency rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws RulePackException when no pack is in force
   */
  public static MeterData in(RuleContext context) {
    Require.nonNull("context", context);
    return new MeterData(context.bind(DataSufficiencyRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static MeterData of(BoundRules<DataSufficiencyRule> rules, VerificationPolicy policy) {
    return new MeterData(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(DataSufficiencyRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<DataSufficiencyRule> rules() {
    return rules;
  }

  /**
   * {@return the monthly consumption of every meter over {@code period}, with gaps, estimates, coverage and
   * the sufficiency verdict}
   *
   * @param subject what is calculated (a school, a meter)
   * @param period  the period, whole months (a year, a quarter, a month, an academic year, a range of months)
   * @param data    the meters and their data
   * @param gaps    whether gaps are refused or estimated, and how
   * @throws InvalidValueException when the period is not whole months, a register goes backwards
   *     unexplained, two data of a meter share a time, or a profile cannot be scaled
   * @throws org.anxiao.core.error.PeriodOverlapException when a meter's intervals overlap
   * @throws MissingValueException when a meter has no data in the period
   * @throws DataGapException when gaps are refused and a month is not wholly covered
   * @throws RulePackException {@code RULE_UNVERIFIED} when a rule value is below the policy's level
   */
  public MeterDataResult monthly(Subject subject, Period period, MeterDataInput data, GapHandling gaps) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    Require.nonNull("data", data);
    Require.nonNull("gaps", gaps);
    if (period.start().getDayOfMonth() != 1 || period.end().getDayOfMonth() != 1) {
      throw new InvalidValueException("period", period.code(), "must begin and end on the first of a month");
    }
    RuleTrace trace = RuleTrace.under(policy);
    long monthsRequired = trace.use(rules.value().monthsRequired());
    long maxMissing = trace.use(rules.value().maxMissingMonths());

    int first = period.start().getYear() * 12 + period.start().getMonthValue() - 1;
    int end = period.end().getYear() * 12 + period.end().getMonthValue() - 1;
    List<Consumption> consumptions = new ArrayList<>();
    List<MeterGap> gapList = new ArrayList<>();
    List<EstimatedMonth> estimates = new ArrayList<>();
    List<MeterCoverage> coverage = new ArrayList<>();
    for (MeterSeries series : MeterSeries.of(data)) {
      Meter meter = series.meter();
      NavigableMap<Integer, MeterSeries.MonthData> months = series.months();
      if (months.subMap(first, end).isEmpty()) {
        throw new MissingValueException("meter " + meter.id() + " has no data in the period " + period.code(),
            "meters[" + meter.id() + "]");
      }
      int withData = 0;
      long coveredSeconds = 0;
      for (int m = first; m < end; m++) {
        Month month = month(m);
        MeterSeries.MonthData measured = months.get(m);
        long covered = measured == null ? 0 : measured.covered;
        BigDecimal amount = measured == null ? BigDecimal.ZERO : measured.amount;
        withData += covered > 0 ? 1 : 0;
        coveredSeconds += covered;
        long uncovered = MeterTime.seconds(month.end()) - MeterTime.seconds(month.start()) - covered;
        boolean estimated = uncovered > 0;
        if (estimated) {
          double missingDays = (double) uncovered / MeterTime.SECONDS_PER_DAY;
          if (gaps.method().isEmpty()) {
            throw new DataGapException(meter.id(), month, missingDays);
          }
          gapList.add(new MeterGap(meter.id(), month, missingDays, covered == 0));
          EstimatedMonth estimate = estimate(meter, months, m, uncovered, gaps);
          estimates.add(estimate);
          amount = amount.add(estimate.amount().value());
        }
        consumptions.add(new Consumption(meter.carrier(), month, new Measure(amount, meter.unit()),
            Optional.of(meter.id()), meter.buildingId(), meter.endUse(), estimated, Optional.empty()));
      }
      int monthsInPeriod = end - first;
      int missing = monthsInPeriod - withData;
      coverage.add(new MeterCoverage(meter.id(), monthsInPeriod, withData, missing, period.days(),
          (double) coveredSeconds / MeterTime.SECONDS_PER_DAY, monthsInPeriod >= monthsRequired && missing <= maxMissing));
    }
    boolean sufficient = coverage.stream().allMatch(MeterCoverage::sufficient);
    return new MeterDataResult(subject, period, gaps, consumptions, gapList, estimates, coverage, sufficient,
        trace.applied(), rules.packs(), data);
  }

  /** The estimate of the {@code uncovered} seconds of month {@code m} from the nearest months with data. */
  private static EstimatedMonth estimate(Meter meter, NavigableMap<Integer, MeterSeries.MonthData> months, int m,
      long uncovered, GapHandling gaps) {
    Map.Entry<Integer, MeterSeries.MonthData> before = months.floorEntry(m);
    Map.Entry<Integer, MeterSeries.MonthData> after = months.ceilingEntry(m);
    List<Map.Entry<Integer, MeterSeries.MonthData>> refs = new ArrayList<>();
    if (before != null) {
      refs.add(before);
    }
    if (after != null && (before == null || !after.getKey().equals(before.getKey()))) {
      refs.add(after);
    }
    // refs is never empty: the meter has data in the period, so on one side of m at least.
    EstimationMethod method = gaps.method().orElseThrow();
    BigDecimal uncoveredDays = BigDecimal.valueOf(uncovered).divide(DAY, MC);
    BigDecimal amount;
    if (method == EstimationMethod.LINEAR) {
      BigDecimal rate = dailyRate(refs.get(0).getValue());
      if (refs.size() == 2) {
        int b = refs.get(0).getKey();
        int a = refs.get(1).getKey();
        BigDecimal later = dailyRate(refs.get(1).getValue());
        rate = rate.add(later.subtract(rate).multiply(BigDecimal.valueOf(m - b)).divide(BigDecimal.valueOf(a - b), MC), MC);
      }
      amount = rate.multiply(uncoveredDays, MC);
    } else {
      MonthlyProfile profile = gaps.profile().orElseThrow();
      BigDecimal measured = BigDecimal.ZERO;
      BigDecimal weighted = BigDecimal.ZERO;
      for (Map.Entry<Integer, MeterSeries.MonthData> r : refs) {
        measured = measured.add(r.getValue().amount);
        BigDecimal coveredDays = BigDecimal.valueOf(r.getValue().covered).divide(DAY, MC);
        weighted = weighted.add(dailyWeight(profile, r.getKey()).multiply(coveredDays, MC), MC);
      }
      if (weighted.signum() == 0) {
        if (measured.signum() != 0) {
          throw new InvalidValueException("gaps.profile", profile.weights(), "is zero in the months "
              + refs.stream().map(r -> month(r.getKey()).code()).toList() + " whose data estimate " + month(m).code()
              + " of meter " + meter.id() + ", so it cannot be scaled to them");
        }
        amount = BigDecimal.ZERO;
      } else {
        amount = measured.divide(weighted, MC).multiply(dailyWeight(profile, m), MC).multiply(uncoveredDays, MC);
      }
    }
    Month month = month(m);
    return new EstimatedMonth(meter.id(), month, method,
        new Measure(amount.setScale(ESTIMATE_SCALE, RoundingMode.HALF_EVEN), meter.unit()),
        (double) uncovered / MeterTime.SECONDS_PER_DAY, refs.stream().map(r -> month(r.getKey())).toList());
  }

  /** Amount per day of the covered part of a month. */
  private static BigDecimal dailyRate(MeterSeries.MonthData month) {
    return month.amount.multiply(DAY).divide(BigDecimal.valueOf(month.covered), MC);
  }

  /** The profile's weight of month {@code m} per day of that month. */
  private static BigDecimal dailyWeight(MonthlyProfile profile, int m) {
    Month month = month(m);
    return profile.weight(month.month()).divide(BigDecimal.valueOf(month.days()), MC);
  }

  private static Month month(int index) {
    return Month.of(MeterTime.monthStart(index));
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}
