package org.anxiao.energy.dualcontrol;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;

/**
 * A subject's own baseline (基准年强度): its intensities in the targets' baseline year, on a stated
 * electricity basis and population basis — the caller's input, never a programme's aggregate (the
 * national 18.48 kgce/m² of 2020 is the nation's, not a school's). The cuts of a
 * {@link DualControlTargetRule} apply to these values.
 *
 * <p>Invariants: {@code year} 1900–2200; at least one intensity, each greater than zero, in the
 * unit of {@link IntensityMetric#kind()}. Immutable and thread-safe.
 *
 * @param year             the baseline year
 * @param electricityBasis the electricity basis of the energy intensities
 * @param populationBasis  who counted as a person
 * @param intensities      the baseline intensities, by indicator
 */
public record Baseline(int year, ElectricityBasis electricityBasis, PopulationBasis populationBasis,
    Map<IntensityMetric, BigDecimal> intensities) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param year             the baseline year, 1900–2200
   * @param electricityBasis the electricity basis
   * @param populationBasis  who counted as a person
   * @param intensities      at least one intensity, each greater than zero
   */
  public Baseline {
    Require.that(year >= 1900 && year <= 2200, "year", year, "must be 1900 to 2200");
    Require.nonNull("electricityBasis", electricityBasis);
    Require.nonNull("populationBasis", populationBasis);
    Require.nonNull("intensities", intensities);
    Bounds.size("intensities", intensities);
    Map<IntensityMetric, BigDecimal> copy = new EnumMap<>(IntensityMetric.class);
    intensities.forEach((k, v) -> {
      Require.nonNull("intensities key", k);
      copy.put(k, Bounds.positive("intensities[" + k + "]", Require.nonNull("intensities[" + k + "]", v)));
    });
    Require.that(!copy.isEmpty(), "intensities", "{}", "must hold at least one intensity");
    intensities = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return a baseline from measures, each in its indicator's unit (e.g. {@code 20 kgce/m2})}
   *
   * @param year             the baseline year
   * @param electricityBasis the electricity basis
   * @param populationBasis  who counted as a person
   * @param intensities      the intensities as measures
   * @throws UnitMismatchException when a measure is not in its indicator's unit
   */
  public static Baseline of(int year, ElectricityBasis electricityBasis, PopulationBasis populationBasis,
      Map<IntensityMetric, Measure> intensities) {
    Require.nonNull("intensities", intensities);
    Bounds.size("intensities", intensities);
    Map<IntensityMetric, BigDecimal> values = new EnumMap<>(IntensityMetric.class);
    intensities.forEach((k, v) -> {
      Require.nonNull("intensities key", k);
      Require.nonNull("intensities[" + k + "]", v);
      if (!v.unit().equals(k.kind().unit())) {
        throw new UnitMismatchException("intensities[" + k + "]", v.unit(), k.kind().unit());
      }
      values.put(k, v.value());
    });
    return new Baseline(year, electricityBasis, populationBasis, values);
  }

  /**
   * {@return the baseline of a baseline-year intensity result: each indicator it has}
   *
   * @param baselineYear the subject's intensities over the baseline year (a calendar year), energy included
   */
  public static Baseline of(IntensityResult baselineYear) {
    Require.nonNull("baselineYear", baselineYear);
    if (!(baselineYear.reportingPeriod() instanceof CalendarYear year)) {
      throw new InvalidValueException("baselineYear.reportingPeriod", baselineYear.reportingPeriod().code(),
          "must be a calendar year");
    }
    ElectricityBasis basis = baselineYear.electricityBasis().orElseThrow(() -> new MissingValueException(
        "a baseline needs the energy total and its electricity basis", "baselineYear.electricityBasis"));
    Map<IntensityMetric, BigDecimal> values = new EnumMap<>(IntensityMetric.class);
    for (IntensityMetric m : IntensityMetric.values()) {
      baselineYear.intensity(m.kind()).filter(i -> i.value() > 0)
          .ifPresent(i -> values.put(m, BigDecimal.valueOf(i.value())));
    }
    return new Baseline(year.year(), basis, baselineYear.populationBasis(), values);
  }

  /**
   * {@return the baseline value of {@code metric}, if given}
   *
   * @param metric the indicator
   */
  public java.util.Optional<BigDecimal> value(IntensityMetric metric) {
    return java.util.Optional.ofNullable(intensities.get(Require.nonNull("metric", metric)));
  }
}
