package org.anxiao.energy.water;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.junit.jupiter.api.Test;

/** The accessors, limits and identity of {@link IntervalFlow}, at and just past each boundary. */
class IntervalFlowBoundariesTest {
  private static final LocalDateTime MONDAY = LocalDateTime.of(2024, 5, 6, 0, 0);

  /** Hourly readings from Monday 00:00, one per volume. */
  private static IntervalFlow hourly(double... volumes) {
    LocalDateTime[] t = new LocalDateTime[volumes.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = MONDAY.plusHours(i);
    }
    return IntervalFlow.of("W0", "m3", t, volumes);
  }

  @Test
  void eachReadingIsReachedByItsIndex() {
    IntervalFlow flow = hourly(0.4, 0.5, 0.7);
    assertEquals(3, flow.size());
    assertEquals(Duration.ofHours(1), flow.interval());
    assertEquals(MONDAY, flow.timestamp(0));
    // Index 2 begins two intervals after the start: 00:00 + 2 × 3600 s = 02:00.
    assertEquals(LocalDateTime.of(2024, 5, 6, 2, 0), flow.timestamp(2));
    assertEquals(0.4, flow.volume(0));
    assertEquals(0.5, flow.volume(1));
    assertEquals(0.7, flow.volume(2));
    assertArrayEquals(new double[] {0.4, 0.5, 0.7}, flow.volumes());
    assertArrayEquals(new double[] {0.4, 0.5, 0.7}, flow.cubicMetres());
  }

  @Test
  void anIndexOutsideTheSeriesIsRefused() {
    IntervalFlow flow = hourly(0.4, 0.5, 0.7);
    for (int bad : new int[] {-1, 3}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> flow.volume(bad));
      assertEquals(Optional.of("index"), e.field());
      assertEquals(Optional.of(String.valueOf(bad)), e.value());
      // Three readings: indices 0 to 3 − 1 = 2.
      assertTrue(e.rule().contains("between 0 and 2"), e.rule());
      assertEquals(Optional.of("index"), assertThrows(InvalidValueException.class, () -> flow.timestamp(bad)).field());
    }
  }

  @Test
  void aZeroVolumeIsAcceptedAndANegativeZeroIsTakenAsZero() {
    IntervalFlow flow = hourly(0, -0.0);
    assertEquals(0.0, flow.volume(0));
    // −0.0 + 0.0 = +0.0: a negative zero is stored as zero, so the series equals one written with 0.
    assertEquals(0.0, flow.volume(1));
    assertEquals(hourly(0, 0), flow);
  }

  @Test
  void aVolumeOfSixtyFiveIntegerDigitsIsRefused() {
    assertEquals(Optional.of("volumes[0]"),
        assertThrows(InvalidValueException.class, () -> hourly(1e64, 1)).field());
    double largest = Math.nextDown(1e64);
    assertEquals(largest, hourly(largest, 1).volume(0));
  }

  @Test
  void theSeriesHoldsAtMostTheElementLimit() {
    int n = Bounds.MAX_ELEMENTS;
    LocalDateTime[] t = new LocalDateTime[n + 1];
    for (int i = 0; i < t.length; i++) {
      t[i] = MONDAY.plusMinutes(15L * i);
    }
    LocalDateTime[] atLimit = Arrays.copyOf(t, n);
    assertEquals(n, IntervalFlow.of("W0", "m3", atLimit, new double[n]).size());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> IntervalFlow.of("W0", "m3", t, new double[n + 1]));
    assertEquals(Optional.of("timestamps"), e.field());
  }

  @Test
  void equalSeriesAreEqualAndAnyDifferenceTells() {
    IntervalFlow flow = hourly(0.4, 0.5);
    IntervalFlow same = hourly(0.4, 0.5);
    assertEquals(flow, same);
    assertEquals(flow.hashCode(), same.hashCode());
    IntervalFlow otherVolume = hourly(0.4, 0.6);
    assertNotEquals(flow, otherVolume);
    assertNotEquals(flow.hashCode(), otherVolume.hashCode());
    assertNotEquals(flow, IntervalFlow.of("W1", "m3", new LocalDateTime[] {MONDAY, MONDAY.plusHours(1)},
        new double[] {0.4, 0.5}));
    assertNotEquals(flow, IntervalFlow.of("W0", "m3", new LocalDateTime[] {MONDAY.plusDays(1),
        MONDAY.plusDays(1).plusHours(1)}, new double[] {0.4, 0.5}));
    assertNotEquals(flow, IntervalFlow.of("W0", "m3", new LocalDateTime[] {MONDAY, MONDAY.plusMinutes(30)},
        new double[] {0.4, 0.5}));
    assertNotEquals(flow, (Object) "W0");
  }

  @Test
  void theTextNamesMeterUnitStartSizeAndInterval() {
    assertEquals("IntervalFlow[W0, m3, 2024-05-06T00:00 + 3 × PT1H]", hourly(1, 2, 3).toString());
  }
}
