package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.water.BalanceStatus;
import org.anxiao.energy.water.MeteredVolume;
import org.anxiao.energy.water.NightWindow;
import org.quicktheories.core.Gen;

/**
 * Generators of water meters for balances ({@link MeteredVolume}: a metered water volume in m³
 * with the meter's tolerance, a fraction below 1), of balances at the edges of their band, and of
 * night windows for night-flow checks.
 */
public final class WaterGenerators {
  private WaterGenerators() {}

  /**
   * {@return a metered water volume of {@code period}}
   *
   * @param id        the meter id
   * @param period    the period
   * @param m3        the volume in m³, as decimal text, zero or more
   * @param tolerance the meter's tolerance as decimal text, e.g. {@code 0.02} for ±2 %
   */
  public static MeteredVolume meter(String id, Period period, String m3, String tolerance) {
    return new MeteredVolume(new Consumption(Carrier.WATER, period, Measure.of(m3, "m3"), Optional.of(id), Optional.empty(),
        EndUse.WHOLE, false, Optional.empty()), new BigDecimal(tolerance));
  }

  /** {@return volumes 0 to 10⁷ m³ with up to three decimals, as text} */
  public static Gen<String> volumes() {
    return longs().between(0, 10_000_000_000L).map(milli -> BigDecimal.valueOf(milli, 3).toPlainString());
  }

  /** {@return tolerances 0 to 0.1 (±10 %) in steps of 0.0001, as text} */
  public static Gen<String> tolerances() {
    return integers().between(0, 1000).map(t -> BigDecimal.valueOf(t, 4).toPlainString());
  }

  /**
   * {@return a supply meter {@code W0} (volume above zero) followed by 1 to 12 sub-meters {@code W1…}, all of {@code period}}
   *
   * @param period the period of every meter
   */
  public static Gen<List<MeteredVolume>> balances(Period period) {
    Gen<String[]> one = volumes().zip(tolerances(), (v, t) -> new String[] {v, t});
    Gen<String> positive = longs().between(1, 10_000_000_000L).map(milli -> BigDecimal.valueOf(milli, 3).toPlainString());
    return positive.zip(tolerances(), lists().of(one).ofSizeBetween(1, 12), (s, t, subs) -> {
      List<MeteredVolume> all = new ArrayList<>();
      all.add(meter("W0", period, s, t));
      for (int i = 0; i < subs.size(); i++) {
        all.add(meter("W" + (i + 1), period, subs.get(i)[0], subs.get(i)[1]));
      }
      return all;
    });
  }

  /**
   * A balance at an edge of its band: a supply meter (tolerance 0) and one sub-meter of 1024·k m³
   * at tolerance 1/32, so the band B = 32·k m³ exactly in binary; the supply puts the
   * unaccounted-for volume U exactly on +B or −B (within tolerance: a U on the band is within it)
   * or one litre beyond (a loss or an excess).
   *
   * @param supply   the supply meter W0
   * @param subMeter the sub-meter W1
   * @param expected the status the balance must show
   */
  public record BandEdge(MeteredVolume supply, MeteredVolume subMeter, BalanceStatus expected) {}

  /**
   * {@return balances on and just beyond both edges of their band}
   *
   * @param period the period of every meter
   */
  public static Gen<BandEdge> bandEdges(Period period) {
    return integers().between(1, 1000).zip(integers().between(0, 3), (k, where) -> {
      BigDecimal sub = BigDecimal.valueOf(1024L * k);
      BigDecimal band = BigDecimal.valueOf(32L * k);
      BigDecimal litre = new BigDecimal("0.001");
      BigDecimal supply;
      BalanceStatus expected;
      switch (where) {
        case 0 -> {
          supply = sub.add(band);
          expected = BalanceStatus.WITHIN_TOLERANCE;
        }
        case 1 -> {
          supply = sub.add(band).add(litre);
          expected = BalanceStatus.LOSS;
        }
        case 2 -> {
          supply = sub.subtract(band);
          expected = BalanceStatus.WITHIN_TOLERANCE;
        }
        default -> {
          supply = sub.subtract(band).subtract(litre);
          expected = BalanceStatus.EXCESS;
        }
      }
      return new BandEdge(meter("W0", period, supply.toPlainString(), "0"), meter("W1", period, sub.toPlainString(), "0.03125"),
          expected);
    });
  }

  /** {@return night windows: whole hours, starting 00:00 to 22:00, ending after the start and by 23:00} */
  public static Gen<NightWindow> nightWindows() {
    return integers().between(0, 22).zip(integers().between(1, 23), (s, len) -> new NightWindow(LocalTime.of(s, 0),
        LocalTime.of(Math.min(23, s + len), 0)));
  }
}
