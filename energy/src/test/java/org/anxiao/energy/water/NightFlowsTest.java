package org.anxiao.energy.water;

import static org.anxiao.energy.water.WaterFixtures.NIGHT_FLOW;
import static org.anxiao.energy.water.WaterFixtures.hourly;
import static org.anxiao.energy.water.WaterFixtures.pack;
import static org.anxiao.energy.water.WaterFixtures.schoolDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/**
 * The night-flow indicator worked by hand on a day school's hourly readings (window 02:00–04:00),
 * without a threshold and with the fictional TEST pack's {@code leakRatio} 0.3.
 */
class NightFlowsTest {
  static final Subject METER = Subject.of(SubjectKind.of("METER"), "W0");
  static final LocalDateTime MONDAY = LocalDateTime.of(2024, 5, 6, 0, 0);
  static final NightWindow TWO_TO_FOUR = new NightWindow(LocalTime.of(2, 0), LocalTime.of(4, 0));

  static NightFlows withTestPack() {
    return NightFlows.in(WaterFixtures.context(pack(NIGHT_FLOW)));
  }

  @Test
  void aDaySchoolsNightIsAFifthOfItsMeanWithoutAThreshold() {
    NightFlowResult r = NightFlows.withoutThreshold().assess(METER, hourly("W0", MONDAY, schoolDay(0)), TWO_TO_FOUR);
    NightFlowDay day = r.days().get(0);
    assertEquals(LocalDate.of(2024, 5, 6), day.date());
    // Night: (0.4 + 0.4) m³ ÷ 2 h = 0.4 m³/h
    assertEquals(0.4, day.nightFlow(), 1e-12);
    // Day: 0.6 + 0.5 + 0.4 + 0.4 + 0.5 + 0.8 + 1.5 + 3.0 + 4.2 + 3.8 + 3.5 + 3.6 + 4.0 + 3.4 + 3.2 + 3.3 + 3.0 + 2.5
    //      + 1.8 + 1.2 + 1.0 + 0.9 + 0.8 + 0.7 = 48.6 m³ ÷ 24 h = 2.025 m³/h
    assertEquals(2.025, day.meanFlow(), 1e-12);
    // Ratio: 0.4 ÷ 2.025 = 16/81 = 0.19753…
    assertEquals(16.0 / 81, day.ratio().getAsDouble(), 1e-12);
    assertFalse(day.aboveThreshold());
    assertFalse(r.thresholdApplied());
    assertEquals(Optional.empty(), r.threshold());
    assertTrue(r.findings().isEmpty());
    assertTrue(r.rulesApplied().isEmpty());
    assertEquals(Optional.of(new DateRange(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 7))), r.period());
  }

  @Test
  void aLeakingDayExceedsTheTestPacksThreshold() {
    NightFlowResult r = withTestPack().assess(METER, hourly("W0", MONDAY, schoolDay(0), schoolDay(1)), TWO_TO_FOUR);
    assertTrue(r.thresholdApplied());
    assertEquals(Optional.of(new BigDecimal("0.3")), r.threshold());
    assertEquals(List.of(PackRef.of("test.night-flow", "1.0.0")), r.packs());
    // Monday: 16/81 = 0.1975 ≤ 0.3, not flagged.
    assertFalse(r.days().get(0).aboveThreshold());
    // Tuesday, 1 m³ more every hour: night (1.4 + 1.4) ÷ 2 = 1.4 m³/h; day 48.6 + 24 = 72.6 m³ ÷ 24 = 3.025 m³/h;
    // ratio 1.4 ÷ 3.025 = 56/121 = 0.46281 > 0.3: flagged.
    NightFlowDay tuesday = r.days().get(1);
    assertEquals(1.4, tuesday.nightFlow(), 1e-12);
    assertEquals(3.025, tuesday.meanFlow(), 1e-12);
    assertEquals(56.0 / 121, tuesday.ratio().getAsDouble(), 1e-12);
    assertTrue(tuesday.aboveThreshold());
    assertEquals(List.of(tuesday), r.daysAboveThreshold());
    assertEquals(1, r.findings().size());
    Finding f = r.findings().get(0);
    assertEquals(NightFlows.NIGHT_FLOW_HIGH, f.code());
    assertEquals(Severity.LOW, f.severity());
    assertEquals(Optional.of(new Measure(new BigDecimal("0.3"), "1")), f.required());
    assertEquals(Optional.of(Comparison.AT_MOST), f.comparison());
    assertEquals("leakRatio", f.rules().get(0).parameter());
    assertEquals("2024-05-07，水表 W0：02:00–04:00 时段平均流量 1.400 m³/h，为全天平均流量 3.025 m³/h 的 0.463 倍，超过判定值 0.3，疑似漏损。",
        f.message().zh());
    assertTrue(f.message().en().startsWith("2024-05-07, meter W0: the mean flow over 02:00–04:00 was 1.400 m³/h, 0.463 times"),
        f.message().en());
    assertEquals(List.of("leakRatio"), r.rulesApplied().stream().map(a -> a.parameter()).toList());
  }

  @Test
  void fifteenMinuteReadingsGiveTheSameRatio() {
    // Each hour's volume split into four equal quarters: the window and the day hold the same water.
    double[] hours = schoolDay(0.25);
    LocalDateTime[] t = new LocalDateTime[96];
    double[] v = new double[96];
    for (int i = 0; i < 96; i++) {
      t[i] = MONDAY.plusMinutes(15L * i);
      v[i] = hours[i / 4] / 4;
    }
    IntervalFlow quarters = IntervalFlow.of("W0", "m3", t, v);
    assertEquals(Duration.ofMinutes(15), quarters.interval());
    NightFlowDay q = NightFlows.withoutThreshold().assess(METER, quarters, TWO_TO_FOUR).days().get(0);
    NightFlowDay h = NightFlows.withoutThreshold().assess(METER, hourly("W0", MONDAY, hours), TWO_TO_FOUR).days().get(0);
    // Night (0.65 + 0.65) ÷ 2 = 0.65 m³/h; day 48.6 + 6 = 54.6 ÷ 24 = 2.275 m³/h; 0.65 ÷ 2.275 = 2/7
    assertEquals(2.0 / 7, q.ratio().getAsDouble(), 1e-12);
    assertEquals(h.ratio().getAsDouble(), q.ratio().getAsDouble(), 1e-12);
    // A quarter-hour window 02:15–03:45 lies on the 15-minute grid but not on the hourly one.
    NightWindow quarterWindow = new NightWindow(LocalTime.of(2, 15), LocalTime.of(3, 45));
    assertEquals(1.5, quarterWindow.hours());
    assertEquals(0.65, NightFlows.withoutThreshold().assess(METER, quarters, quarterWindow).days().get(0).nightFlow(), 1e-12);
    assertEquals(Optional.of("window.start"), assertThrows(InvalidValueException.class,
        () -> NightFlows.withoutThreshold().assess(METER, hourly("W0", MONDAY, hours), quarterWindow)).field());
  }

  @Test
  void aDayWithoutFlowHasNoRatio() {
    NightFlowResult r = withTestPack().assess(METER, hourly("W0", MONDAY, new double[24]), TWO_TO_FOUR);
    assertTrue(r.days().get(0).ratio().isEmpty());
    assertFalse(r.days().get(0).aboveThreshold());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void withoutAPackTheThresholdIsNotFound() {
    assertEquals("RULE_NOT_FOUND", assertThrows(RulePackException.class,
        () -> NightFlows.in(RuleContext.standard(WaterFixtures.BEIJING, WaterFixtures.DATE))).errorCode());
    assertTrue(NightFlows.withoutThreshold().requirements().isEmpty());
    assertEquals(List.of(NightFlowRule.KIND), withTestPack().requirements());
  }

  @Test
  void anUnverifiedThresholdIsRefusedByDefaultAndAcceptedWithConsent() {
    RuleContext context = WaterFixtures.context(WaterFixtures.withVerification(pack(NIGHT_FLOW), Verification.UNVERIFIED));
    IntervalFlow flow = hourly("W0", MONDAY, schoolDay(1));
    assertEquals("RULE_UNVERIFIED", assertThrows(RulePackException.class,
        () -> NightFlows.in(context).assess(METER, flow, TWO_TO_FOUR)).errorCode());
    NightFlowResult allowed = NightFlows.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED))
        .assess(METER, flow, TWO_TO_FOUR);
    assertEquals(Verification.UNVERIFIED, allowed.rulesApplied().get(0).verification());
    assertEquals(1, allowed.findings().size());
  }

  @Test
  void badIntervalDataNamesItsField() {
    LocalDateTime a = MONDAY;
    assertEquals(Optional.of("timestamps[2]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1), a.plusHours(1)}, new double[] {1, 1, 1})).field());
    assertEquals(Optional.of("timestamps[2]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1), a}, new double[] {1, 1, 1})).field());
    assertEquals(Optional.of("timestamps[1]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a.plusHours(1), a}, new double[] {1, 1})).field());
    assertEquals(Optional.of("timestamps[2]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1), a.plusHours(3)}, new double[] {1, 1, 1})).field());
    assertEquals(Optional.of("timestamps[1]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusMinutes(7)}, new double[] {1, 1})).field());
    assertEquals(Optional.of("volumes[1]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1)}, new double[] {1, -0.1})).field());
    assertEquals(Optional.of("volumes[0]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1)}, new double[] {Double.NaN, 1})).field());
    assertEquals(Optional.of("volumes[1]"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1)}, new double[] {1, Double.POSITIVE_INFINITY})).field());
    assertEquals(Optional.of("volumes"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, a.plusHours(1)}, new double[] {1})).field());
    assertEquals(Optional.of("timestamps"), assertThrows(InvalidValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a}, new double[] {1})).field());
    assertEquals(Optional.of("timestamps[1]"), assertThrows(MissingValueException.class, () -> IntervalFlow.of("W0", "m3",
        new LocalDateTime[] {a, null}, new double[] {1, 1})).field());
    assertThrows(UnitMismatchException.class, () -> IntervalFlow.of("W0", "kWh", new LocalDateTime[] {a, a.plusHours(1)},
        new double[] {1, 1}));
    assertThrows(UnknownCodeException.class, () -> IntervalFlow.of("W0", "litre", new LocalDateTime[] {a, a.plusHours(1)},
        new double[] {1, 1}));
    assertEquals(Optional.of("end"), assertThrows(InvalidValueException.class,
        () -> new NightWindow(LocalTime.of(23, 0), LocalTime.of(5, 0))).field());
    assertEquals(Optional.of("end"), assertThrows(InvalidValueException.class,
        () -> new NightWindow(LocalTime.of(2, 0), LocalTime.of(2, 0))).field());
  }

  @Test
  void theSeriesMustCoverWholeDays() {
    NightFlows nights = NightFlows.withoutThreshold();
    assertEquals(Optional.of("flow.timestamps[0]"), assertThrows(InvalidValueException.class,
        () -> nights.assess(METER, hourly("W0", MONDAY.plusHours(1), schoolDay(0)), TWO_TO_FOUR)).field());
    double[] partial = new double[30];
    assertEquals(Optional.of("flow.volumes"), assertThrows(InvalidValueException.class,
        () -> nights.assess(METER, hourly("W0", MONDAY, partial), TWO_TO_FOUR)).field());
    assertEquals(Optional.of("window.end"), assertThrows(InvalidValueException.class, () -> nights.assess(METER,
        hourly("W0", MONDAY, schoolDay(0)), new NightWindow(LocalTime.of(2, 0), LocalTime.of(3, 30)))).field());
  }

  @Test
  void theResultBecomesAnAssessmentAndRoundTrips() {
    NightFlowResult r = withTestPack().assess(METER, hourly("W0", MONDAY, schoolDay(0), schoolDay(1)), TWO_TO_FOUR);
    Assessment a = r.toAssessment(Instant.parse("2024-05-08T00:00:00Z"));
    assertEquals("anxiao.energy.night-flow", a.calculator());
    assertEquals(1, a.findings().size());
    assertEquals(List.of(PackRef.of("test.night-flow", "1.0.0")), List.copyOf(a.packs()));
    assertEquals(r, AnxiaoJson.strict().read(AnxiaoJson.strict().write(r), NightFlowResult.class));
    IntervalFlow flow = r.flow();
    assertEquals(flow, AnxiaoJson.strict().read(AnxiaoJson.strict().write(flow), IntervalFlow.class));
    NightFlowResult plain = NightFlows.withoutThreshold().assess(METER, flow, TWO_TO_FOUR);
    assertEquals(plain, AnxiaoJson.strict().read(AnxiaoJson.strict().write(plain), NightFlowResult.class));
    assertEquals("W0", plain.meterId());
  }

  @Test
  void aResultIsReproducedAfterANewerPackIsRegistered() {
    // The newer test pack (2.0.0) doubles the threshold to 0.6: Tuesday's 0.463 would no longer be flagged.
    IntervalFlow flow = hourly("W0", MONDAY, schoolDay(0), schoolDay(1));
    NightFlowResult before = withTestPack().assess(METER, flow, TWO_TO_FOUR);
    RuleContext newer = WaterFixtures.context(pack(NIGHT_FLOW), WaterFixtures.doubled(pack(NIGHT_FLOW)));
    assertTrue(NightFlows.in(newer).assess(METER, flow, TWO_TO_FOUR).findings().isEmpty());
    RuleContext pinned = newer;
    for (PackRef ref : before.packs()) {
      pinned = pinned.pin(ref);
    }
    assertEquals(before, NightFlows.in(pinned).assess(METER, flow, TWO_TO_FOUR));
  }
}
