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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.RuleKind;
import org.junit.jupiter.api.Test;

/** The night-flow records' checks and the threshold's boundary, one case each side. */
class NightFlowBoundariesTest {
  private static final Subject METER = Subject.of(SubjectKind.of("METER"), "W0");
  private static final LocalDateTime MONDAY = LocalDateTime.of(2024, 5, 6, 0, 0);
  private static final LocalDate DAY = MONDAY.toLocalDate();
  private static final NightWindow TWO_TO_FOUR = new NightWindow(LocalTime.of(2, 0), LocalTime.of(4, 0));
  private static final IntervalFlow FLOW = hourly("W0", MONDAY, schoolDay(0));

  private static NightFlowDay day(LocalDate date) {
    // 0.4 m³/h at night against a mean of 2 m³/h: ratio 0.2.
    return new NightFlowDay(date, 0.4, 2, OptionalDouble.of(0.2), false);
  }

  private static NightFlowResult result(List<NightFlowDay> days, Optional<BigDecimal> threshold) {
    return new NightFlowResult(METER, TWO_TO_FOUR, days, threshold, List.of(), List.of(), List.of(), FLOW);
  }

  @Test
  void aRatioExactlyOnTheThresholdIsNotAbove() {
    double[] day = new double[24];
    day[2] = 0.3;
    day[3] = 0.3;
    day[4] = 23.4;
    // Night: (0.3 + 0.3) m³ ÷ 2 h = 0.3 m³/h; day: 0.6 + 23.4 = 24 m³ ÷ 24 h = 1 m³/h; ratio 0.3 = the TEST
    // pack's leakRatio 0.3, which is not exceeded.
    NightFlows nights = NightFlows.in(WaterFixtures.context(pack(NIGHT_FLOW)));
    NightFlowResult r = nights.assess(METER, hourly("W0", MONDAY, day), TWO_TO_FOUR);
    assertEquals(0.3, r.days().get(0).ratio().getAsDouble());
    assertFalse(r.days().get(0).aboveThreshold());
    assertTrue(r.findings().isEmpty());
    // 0.1 m³ more in the window: (0.35 + 0.35) ÷ 2 = 0.35 m³/h against (0.7 + 23.4) ÷ 24 = 1.004… m³/h, ratio
    // 0.3485… > 0.3.
    day[2] = 0.35;
    day[3] = 0.35;
    assertTrue(nights.assess(METER, hourly("W0", MONDAY, day), TWO_TO_FOUR).days().get(0).aboveThreshold());
  }

  @Test
  void theCalculatorsTextSaysWhetherAThresholdApplies() {
    assertEquals("anxiao.energy.night-flow without threshold", NightFlows.withoutThreshold().toString());
    String withPack = NightFlows.in(WaterFixtures.context(pack(NIGHT_FLOW))).toString();
    assertTrue(withPack.startsWith("anxiao.energy.night-flow " + WaterFixtures.BEIJING + " " + WaterFixtures.DATE + " "),
        withPack);
    assertTrue(withPack.contains("test.night-flow"), withPack);
    assertEquals(List.<RuleKind<?>>of(), NightFlows.withoutThreshold().requirements());
  }

  @Test
  void aDayNeedsARatioExactlyWhenWaterFlowed() {
    assertEquals(Optional.of("ratio"), assertThrows(InvalidValueException.class,
        () -> new NightFlowDay(DAY, 0.4, 2, OptionalDouble.empty(), false)).field());
    assertEquals(Optional.of("ratio"), assertThrows(InvalidValueException.class,
        () -> new NightFlowDay(DAY, 0, 0, OptionalDouble.of(0), false)).field());
    assertEquals(Optional.of("aboveThreshold"), assertThrows(InvalidValueException.class,
        () -> new NightFlowDay(DAY, 0, 0, OptionalDouble.empty(), true)).field());
    assertTrue(new NightFlowDay(DAY, 0.4, 2, OptionalDouble.of(0.2), true).aboveThreshold());
  }

  @Test
  void aResultHoldsConsecutiveDaysAndAPositiveThreshold() {
    assertEquals(2, result(List.of(day(DAY), day(DAY.plusDays(1))), Optional.empty()).days().size());
    assertEquals(Optional.of("days"), assertThrows(InvalidValueException.class,
        () -> result(List.of(), Optional.empty())).field());
    assertEquals(Optional.of("days[1].date"), assertThrows(InvalidValueException.class,
        () -> result(List.of(day(DAY), day(DAY.plusDays(2))), Optional.empty())).field());
    assertEquals(Optional.of("threshold"), assertThrows(InvalidValueException.class,
        () -> result(List.of(day(DAY)), Optional.of(BigDecimal.ZERO))).field());
    NightFlowDay above = new NightFlowDay(DAY, 0.4, 2, OptionalDouble.of(0.2), true);
    assertEquals(Optional.of("days"), assertThrows(InvalidValueException.class,
        () -> result(List.of(above), Optional.empty())).field());
    assertEquals(1, result(List.of(above), Optional.of(new BigDecimal("0.1"))).daysAboveThreshold().size());
  }
}
