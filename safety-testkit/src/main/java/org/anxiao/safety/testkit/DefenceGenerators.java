package org.anxiao.safety.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.testkit.gen.Boundaries;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.safety.defence.AlarmCoverage;
import org.anxiao.safety.defence.DefenceFacts;
import org.anxiao.safety.defence.DefenceMeasures;
import org.quicktheories.core.Gen;

/**
 * Generators of defence measures (技防措施) facts: video retention in days (0–400, and at and ± 1 day
 * around the minimum of the pack in force, e.g. 30 days in Minhang, read through
 * {@link DefenceMeasures#rules()}), alarm coverages (working points 0 to the required 1–500), and
 * invalid facts labelled {@code INVALID_VALUE} naming their field (negative retention days,
 * neither fact given, no required point).
 */
public final class DefenceGenerators {
  private DefenceGenerators() {}

  /**
   * {@return the minimum video retention in days of the pack {@code measures} reads}
   *
   * @param measures a bound calculator
   */
  public static int minimumRetentionDays(DefenceMeasures measures) {
    return Math.toIntExact(measures.rules().value().minimumRetentionDays().value());
  }

  /**
   * {@return retention days 0–400, mixed with the minimum and one day either side}
   *
   * @param measures a bound calculator
   */
  public static Gen<Integer> retentionDays(DefenceMeasures measures) {
    return integers().between(0, 400).mix(Boundaries.aroundInts(List.of(minimumRetentionDays(measures)), 0));
  }

  /** {@return alarm coverages: 1–500 points required, 0 to all of them working} */
  public static Gen<AlarmCoverage> coverages() {
    return integers().between(1, 500).zip(integers().between(0, 500), (req, w) -> new AlarmCoverage(Math.min(w, req), req));
  }

  /**
   * {@return facts with retention, coverage or both}
   *
   * @param measures a bound calculator (for the retention edges)
   */
  public static Gen<DefenceFacts> facts(DefenceMeasures measures) {
    return integers().between(0, 2).zip(retentionDays(measures), coverages(), (k, d, c) -> new DefenceFacts(
        k == 1 ? Optional.empty() : Optional.of(d), k == 0 ? Optional.empty() : Optional.of(c)));
  }

  /** {@return invalid facts labelled {@code INVALID_VALUE} naming {@code videoRetentionDays} or {@code required}} */
  public static Gen<InvalidInput<Object>> invalidFacts() {
    return integers().between(0, 2).zip(integers().between(-10_000, -1), (k, n) -> switch (k) {
      case 0 -> InvalidInput.<Object>of(n + " retention days", "INVALID_VALUE", "videoRetentionDays",
          () -> new DefenceFacts(Optional.of(n), Optional.empty()));
      case 1 -> InvalidInput.<Object>of("neither retention nor coverage", "INVALID_VALUE", "videoRetentionDays",
          () -> new DefenceFacts(Optional.empty(), Optional.empty()));
      default -> InvalidInput.<Object>of(n + " required alarm points", "INVALID_VALUE", "required",
          () -> new AlarmCoverage(0, n));
    });
  }
}
